package io.havpn.traces.replay;

import io.havpn.traces.Classification;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import io.havpn.traces.Printer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The devices' logs read lazily, for a replay in bounded memory: the entries of a log of any size are read from its
 * files as the search reaches them, and forgotten once the search is past them.
 *
 * <p>It is the second pass over the inputs. The first ({@link ReplayInput#counting()}) counted every message, and for
 * each device its entries, segments and their printers, and where each input's entries start. Here each input is
 * opened with its own {@link LogReader.Pump}, so a device's file is read as far as that device's search has got,
 * whatever the other files hold; the same reading gives the same entries, numbered the same way.
 *
 * <p>An entry is handed out only once it is final: the next line could still merge into the last one read (IOS prints
 * one event several ways), so the last entry of an input waits for the next entry, a break, or the input's end.
 */
public final class StreamedLogs implements Closeable {

  /**
   * One input, opened again for the second pass: its name and device as in the first (the device every line belongs to,
   * {@code --device NAME=FILE}, or null), and how to open its bytes.
   */
  public record Source(String name, String device, Opener opener) {
    public InputStream open() throws IOException {
      return opener.open();
    }
  }

  /** Opens an input's bytes, each time from the start. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final List<Source> sources;
  private final LogReader reader;
  private final int bufferChars;
  private final List<Input> inputs = new ArrayList<>();
  private final List<Log> logs = new ArrayList<>();
  private final Map<String, Log> byName = new HashMap<>();

  /**
   * @param counted the first pass over the same sources, in the same order, with {@link ReplayInput#nextFile} after
   *     each
   */
  public StreamedLogs(ReplayInput counted, List<Source> sources, LogReader reader) {
    this(counted, sources, reader, LogReader.BUFFER);
  }

  /** @param bufferChars bytes each input reads at a time (its read-ahead) */
  public StreamedLogs(ReplayInput counted, List<Source> sources, LogReader reader, int bufferChars) {
    this.sources = List.copyOf(sources);
    this.reader = reader;
    this.bufferChars = bufferChars;
    for (int i = 0; i < sources.size(); i++) {
      inputs.add(new Input(i));
    }
    for (DeviceLog counted1 : counted.devices()) {
      Log log = new Log(counted1);
      logs.add(log);
      byName.put(counted1.device().toLowerCase(Locale.ROOT), log);
    }
  }

  /** The logs, in the order of the first pass's devices. */
  public List<ReplayLog> logs() {
    return List.copyOf(logs);
  }

  /** Entries held in memory now, all devices together (what the search has not yet let go of, and read-ahead). */
  public int retained() {
    int n = 0;
    for (Log log : logs) {
      for (Part part : log.parts) {
        n += part.buffer.size();
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    for (Input input : inputs) {
      input.close();
    }
  }

  /** One device's log: its parts (its entries of each input), each read from that input's pump. */
  private final class Log implements ReplayLog {
    private final String device;
    private final int size;
    private final int segments;
    private final List<Set<Printer>> printers;
    private final boolean timed;
    private final Part[] parts;

    Log(DeviceLog counted) {
      this.device = counted.device();
      this.size = counted.size();
      this.segments = counted.segments();
      this.printers = counted.segmentPrinters();
      this.timed = counted.timed();
      List<DeviceLog.Part> counts = counted.parts();
      this.parts = new Part[counts.size()];
      for (int k = 0; k < parts.length; k++) {
        DeviceLog.Part c = counts.get(k);
        int end = k + 1 < parts.length ? counts.get(k + 1).first() : size;
        parts[k] = new Part(inputs.get(c.input()), c.first(), end - c.first(), c.segmentsBefore());
        inputs.get(c.input()).parts.put(device.toLowerCase(Locale.ROOT), parts[k]);
      }
    }

    @Override
    public String device() {
      return device;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public DeviceLog.Entry entry(int i) {
      Part part = partOf(i);
      int local = i - part.first;
      if (local < part.base) {
        throw new IllegalStateException(device + ": entry " + i + " was already let go of by the replay");
      }
      while (local >= part.base + part.available()) {
        if (!part.input.pump()) {
          throw new IllegalStateException(part.input.source().name() + " changed while it was replayed: "
              + device + " has fewer entries than the first reading counted");
        }
      }
      return part.buffer.get(local - part.base);
    }

    private Part partOf(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException(device + ": entry " + i + " of " + size);
      }
      int lo = 0;
      int hi = parts.length - 1;
      while (lo < hi) { // the last part that starts at or before i
        int mid = (lo + hi + 1) >>> 1;
        if (parts[mid].first <= i) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return parts[lo];
    }

    @Override
    public Set<Printer> printers(int segment) {
      return printers.get(segment);
    }

    @Override
    public int segments() {
      return segments;
    }

    @Override
    public boolean timed() {
      return timed;
    }

    @Override
    public void discardBefore(int position) {
      for (Part part : parts) {
        int local = Math.min(position - part.first, part.count);
        int drop = Math.min(local - part.base, part.available());
        if (drop > 0) {
          part.buffer.subList(0, drop).clear();
          part.base += drop;
        }
      }
    }
  }

  /** One device's entries of one input, as far as they have been read and not yet let go of. */
  private static final class Part {
    final Input input;
    final int first;
    final int count;
    /** Entries [base, base + buffer.size()) of this part are held. */
    final List<DeviceLog.Entry> buffer = new ArrayList<>();
    int base;
    int nextSegment;
    boolean newSegment = true;
    DeviceLog.Entry last;

    Part(Input input, int first, int count, int firstSegment) {
      this.input = input;
      this.first = first;
      this.count = count;
      this.nextSegment = firstSegment;
    }

    /** Held entries that are final (no later line can merge into them). */
    int available() {
      return input.ended || newSegment ? buffer.size() : buffer.size() - 1;
    }

    void addObservation(ParsedLine line, Printer printer, io.havpn.model.Observation o) {
      DeviceLog.Entry merged = newSegment ? null : DeviceLog.merge(last, line, o);
      if (merged != null) {
        last = merged;
        buffer.set(buffer.size() - 1, merged);
        return;
      }
      add(new DeviceLog.Entry(o, null, 0, line.line().millis(), List.of(line)));
    }

    void add(DeviceLog.Entry entry) {
      if (newSegment) {
        nextSegment++;
        newSegment = false;
      }
      last = new DeviceLog.Entry(entry.observation(), entry.shown(), nextSegment - 1, entry.millis(), entry.lines());
      buffer.add(last);
    }
  }

  /** One input read lazily: its pump hands each device's entries to that device's part. */
  private final class Input implements LogReader.Sink {
    private final int index;
    private final Map<String, Part> parts = new HashMap<>();
    private LogReader.Pump pump;
    private boolean ended;
    private String lastDevice;
    private Part lastPart;

    Input(int index) {
      this.index = index;
    }

    Source source() {
      return sources.get(index);
    }

    /** Reads one more buffer of the input; false at its end. */
    boolean pump() {
      if (ended) {
        return false;
      }
      try {
        if (pump == null) {
          Source source = source();
          pump = reader.open(source.open(), source.name(), source.device(), this, bufferChars);
        }
        if (!pump.pump()) {
          ended = true;
          pump.close();
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(source().name() + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void accept(ParsedLine line) {
      Classification c = line.classification();
      if (c instanceof Classification.Observed o) {
        part(line.line().device()).addObservation(line, o.printer(), o.observation());
      } else if (c instanceof Classification.Shown s) {
        part(s.standby().device()).add(new DeviceLog.Entry(null, s.standby(), 0, line.line().millis(), List.of(line)));
      }
    }

    private Part part(String device) {
      if (device == lastDevice) { // most lines name the same few devices, as the same strings
        return lastPart;
      }
      Part part = parts.get(device.toLowerCase(Locale.ROOT));
      if (part == null) {
        throw new IllegalStateException(source().name() + " changed while it was replayed: " + device
            + " has entries the first reading did not count");
      }
      lastDevice = device;
      lastPart = part;
      return part;
    }

    @Override
    public void logBreak() {
      parts.values().forEach(p -> p.newSegment = true);
    }

    void close() throws IOException {
      if (pump != null) {
        pump.close();
      }
    }
  }
}
