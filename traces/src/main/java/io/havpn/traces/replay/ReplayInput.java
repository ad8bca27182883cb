package io.havpn.traces.replay;

import io.havpn.traces.Classification;
import io.havpn.traces.Family;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the logs: the per-device replayable logs, and the account of every message (how many were
 * observations, shown states, noise, skipped or unknown, by family) with the first unknown and skipped ones kept for
 * the report. Feed it every input with {@link #sink}, then call {@link #nextFile} between files.
 *
 * <p>{@link #counting()} makes one that keeps no entry, only the counts, sizes and segments: the first pass of a
 * replay in bounded memory, whose search then reads the entries again lazily ({@link StreamedLogs}).
 */
public final class ReplayInput {

  /** How many unknown and skipped lines the report lists; the counts cover them all. */
  public static final int LISTED = 50;

  public enum Kind { OBSERVED, SHOWN, NOISE, SKIPPED, UNKNOWN }

  private final Map<String, DeviceLog> devices = new LinkedHashMap<>();
  private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
  private final Map<Family, Integer> unknownByFamily = new EnumMap<>(Family.class);
  private final List<ParsedLine> unknown = new ArrayList<>();
  private final List<ParsedLine> skipped = new ArrayList<>();
  private boolean timed;
  private final boolean keep;
  private int input;

  public ReplayInput() {
    this(true);
  }

  private ReplayInput(boolean keep) {
    this.keep = keep;
    for (Kind k : Kind.values()) {
      counts.put(k, 0);
    }
  }

  /** An input that counts every message and entry but keeps no entry (see {@link StreamedLogs}). */
  public static ReplayInput counting() {
    return new ReplayInput(false);
  }

  /** The sink to give {@link LogReader#read}. */
  public LogReader.Sink sink() {
    return new LogReader.Sink() {
      @Override
      public void accept(ParsedLine line) {
        add(line);
      }

      @Override
      public void logBreak() {
        devices.values().forEach(DeviceLog::breakSegment);
      }
    };
  }

  /** A new input starts: its lines never continue another input's segment. */
  public void nextFile() {
    devices.values().forEach(DeviceLog::breakSegment);
    input++;
  }

  void add(ParsedLine line) {
    Classification c = line.classification();
    if (c instanceof Classification.Observed o) {
      count(Kind.OBSERVED);
      device(line.line().device()).addObservation(line, o.printer(), o.observation(), input);
      timed |= line.line().timed();
    } else if (c instanceof Classification.Shown s) {
      count(Kind.SHOWN);
      device(s.standby().device()).addShown(line, s.standby(), input);
    } else if (c instanceof Classification.Noise) {
      count(Kind.NOISE);
    } else if (c instanceof Classification.Skipped) {
      count(Kind.SKIPPED);
      if (skipped.size() < LISTED) {
        skipped.add(line);
      }
    } else {
      count(Kind.UNKNOWN);
      unknownByFamily.merge(c.family(), 1, Integer::sum);
      if (unknown.size() < LISTED) {
        unknown.add(line);
      }
    }
  }

  private DeviceLog device(String name) {
    for (Map.Entry<String, DeviceLog> e : devices.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return devices.computeIfAbsent(name, keep ? DeviceLog::new : DeviceLog::counting);
  }

  private void count(Kind kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** The devices' logs (a {@link #counting()} input's keep no entries: replay them through {@link StreamedLogs}). */
  public List<DeviceLog> devices() {
    return List.copyOf(devices.values());
  }

  public int count(Kind kind, boolean unused) {
    return counts.get(kind);
  }

  /** In the order of {@link Kind} (Map.copyOf would iterate in an order that changes from run to run). */
  public Map<Kind, Integer> counts() {
    return Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<Family, Integer> unknownByFamily() {
    return Map.copyOf(unknownByFamily);
  }

  public List<ParsedLine> unknownLines() {
    return List.copyOf(unknown);
  }

  public List<ParsedLine> skippedLines() {
    return List.copyOf(skipped);
  }

  /** Some observation carries a timestamp: devices are merged on one clock. */
  public boolean timed() {
    return timed;
  }
}
