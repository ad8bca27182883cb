package io.havpn.traces.replay;

import io.havpn.model.Observation;
import io.havpn.traces.LogLine;
import io.havpn.traces.ParsedLine;
import io.havpn.traces.Printer;
import io.havpn.traces.ShowStandby;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One device's replayable log: its observations and shown states in order, cut into segments. A segment is a stretch
 * the log covers without a gap (a file, or the lines between two pieces of prose in a document). Inside a segment
 * the log is complete for the printers it shows: every observation the model makes that one of them prints must be
 * there. Before a segment's first line and after its last, the device may do anything unlogged.
 *
 * <p>A log made with {@link #counting} keeps no entries: it counts them, its segments and their printers, and where
 * each input's entries start ({@link #parts}), for a replay that reads the entries again lazily ({@link StreamedLogs}).
 */
public final class DeviceLog implements ReplayLog {

  /** One observation (several lines merged when IOS printed one event several ways) or one shown state. */
  public record Entry(Observation observation, ShowStandby shown, int segment, long millis, List<ParsedLine> lines) {

    public LogLine first() {
      return lines.get(0).line();
    }
  }

  /** Where one input's entries of this device start: the input's index, the first entry, the segments before it. */
  record Part(int input, int first, int segmentsBefore) {}

  private final String device;
  private final boolean keep;
  private final List<Entry> entries = new ArrayList<>();
  private final List<Set<Printer>> segmentPrinters = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  private boolean newSegment = true;
  private Entry last;
  private int size;
  private boolean timed;

  public DeviceLog(String device) {
    this(device, true);
  }

  private DeviceLog(String device, boolean keep) {
    this.device = device;
    this.keep = keep;
  }

  /** A log that counts its entries without keeping them (the first pass of a streamed replay). */
  static DeviceLog counting(String device) {
    return new DeviceLog(device, false);
  }

  @Override
  public String device() {
    return device;
  }

  /** Every entry (a counting log keeps none). */
  public List<Entry> entries() {
    if (!keep) {
      throw new IllegalStateException("a counting log keeps no entries");
    }
    return entries;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Entry entry(int i) {
    if (!keep) {
      throw new IllegalStateException("a counting log keeps no entries; replay it through StreamedLogs");
    }
    return entries.get(i);
  }

  @Override
  public Set<Printer> printers(int segment) {
    return segmentPrinters.get(segment);
  }

  @Override
  public int segments() {
    return segmentPrinters.size();
  }

  @Override
  public boolean timed() {
    return timed;
  }

  List<Part> parts() {
    return parts;
  }

  List<Set<Printer>> segmentPrinters() {
    return segmentPrinters;
  }

  /** The log's continuity ends here: the next entry starts a new segment. */
  public void breakSegment() {
    newSegment = true;
  }

  void addObservation(ParsedLine line, Printer printer, Observation o) {
    addObservation(line, printer, o, 0);
  }

  /** @param input the index of the input the line comes from (for {@link #parts}) */
  void addObservation(ParsedLine line, Printer printer, Observation o, int input) {
    Entry merged = newSegment ? null : merge(last, line, o);
    if (merged != null) {
      last = merged;
      if (keep) {
        entries.set(entries.size() - 1, merged);
      }
      segmentPrinters.get(merged.segment()).add(printer);
      return;
    }
    add(new Entry(o, null, 0, line.line().millis(), List.of(line)), printer, input);
  }

  void addShown(ParsedLine line, ShowStandby shown, int input) {
    add(new Entry(null, shown, 0, line.line().millis(), List.of(line)), Printer.SHOW_STANDBY, input);
  }

  void addShown(ParsedLine line, ShowStandby shown) {
    addShown(line, shown, 0);
  }

  /**
   * The last entry with the line's observation merged in, or null when the line is an entry of its own. The same
   * text twice is two events (ESP with a bad SPI every second), except a repeated deletion of every SA with a peer:
   * the second deletes nothing (the document's vpn7200 prints it twice).
   */
  static Entry merge(Entry last, ParsedLine line, Observation o) {
    if (last == null || last.observation() == null) {
      return null;
    }
    boolean sameText = last.lines().get(last.lines().size() - 1).line().text().equals(line.line().text());
    if (sameText && !(o instanceof Observation.IpsecSasDeleted)) {
      return null;
    }
    Observation merged = ObservationMatch.merge(last.observation(), o);
    if (merged == null) {
      return null;
    }
    List<ParsedLine> lines = new ArrayList<>(last.lines());
    lines.add(line);
    return new Entry(merged, null, last.segment(), last.millis(), List.copyOf(lines));
  }

  private void add(Entry entry, Printer printer, int input) {
    if (newSegment || segmentPrinters.isEmpty()) {
      segmentPrinters.add(EnumSet.noneOf(Printer.class));
      newSegment = false;
    }
    if (parts.isEmpty() || parts.get(parts.size() - 1).input() != input) {
      parts.add(new Part(input, size, segmentPrinters.size() - 1));
    }
    int segment = segmentPrinters.size() - 1;
    segmentPrinters.get(segment).add(printer);
    last = new Entry(entry.observation(), entry.shown(), segment, entry.millis(), entry.lines());
    timed |= entry.millis() != LogLine.NO_TIME;
    size++;
    if (keep) {
      entries.add(last);
    }
  }
}
