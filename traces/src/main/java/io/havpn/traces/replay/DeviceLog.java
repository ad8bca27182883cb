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
 */
public final class DeviceLog {

  /** One observation (several lines merged when IOS printed one event several ways) or one shown state. */
  public record Entry(Observation observation, ShowStandby shown, int segment, long millis, List<ParsedLine> lines) {

    public LogLine first() {
      return lines.get(0).line();
    }
  }

  private final String device;
  private final List<Entry> entries = new ArrayList<>();
  private final List<Set<Printer>> segmentPrinters = new ArrayList<>();
  private boolean newSegment = true;

  public DeviceLog(String device) {
    this.device = device;
  }

  public String device() {
    return device;
  }

  public List<Entry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public Entry entry(int i) {
    return entries.get(i);
  }

  /** The printers the segment's lines show: the ones the device is held to there. */
  public Set<Printer> printers(int segment) {
    return segmentPrinters.get(segment);
  }

  public int segments() {
    return segmentPrinters.size();
  }

  /** The log's continuity ends here: the next entry starts a new segment. */
  public void breakSegment() {
    newSegment = true;
  }

  void addObservation(ParsedLine line, Printer printer, Observation o) {
    if (!newSegment && !entries.isEmpty()) {
      Entry last = entries.get(entries.size() - 1);
      // the same text twice is two events (ESP with a bad SPI every second), except a repeated deletion of every SA
      // with a peer: the second deletes nothing (the document's vpn7200 prints it twice)
      boolean sameText = last.lines().get(last.lines().size() - 1).line().text().equals(line.line().text());
      boolean mayMerge = last.observation() != null && (!sameText || o instanceof Observation.IpsecSasDeleted);
      Observation merged = mayMerge ? ObservationMatch.merge(last.observation(), o) : null;
      if (merged != null) {
        List<ParsedLine> lines = new ArrayList<>(last.lines());
        lines.add(line);
        entries.set(entries.size() - 1, new Entry(merged, null, last.segment(), last.millis(), List.copyOf(lines)));
        segmentPrinters.get(last.segment()).add(printer);
        return;
      }
    }
    add(new Entry(o, null, 0, line.line().millis(), List.of(line)), printer);
  }

  void addShown(ParsedLine line, ShowStandby shown) {
    add(new Entry(null, shown, 0, line.line().millis(), List.of(line)), Printer.SHOW_STANDBY);
  }

  private void add(Entry entry, Printer printer) {
    if (newSegment || segmentPrinters.isEmpty()) {
      segmentPrinters.add(EnumSet.noneOf(Printer.class));
      newSegment = false;
    }
    int segment = segmentPrinters.size() - 1;
    segmentPrinters.get(segment).add(printer);
    entries.add(new Entry(entry.observation(), entry.shown(), segment, entry.millis(), entry.lines()));
  }

  /** The entry at {@code pos} lies inside a segment the replay has already entered (its window is open). */
  public boolean inWindow(int pos) {
    return pos > 0 && pos < entries.size() && entries.get(pos - 1).segment() == entries.get(pos).segment();
  }
}
