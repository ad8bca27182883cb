package io.havpn.traces.replay;

import io.havpn.traces.Printer;
import java.util.Set;

/**
 * One device's replayable log as the search sees it: entries by position, cut into segments. Either held whole in
 * memory ({@link DeviceLog}) or read lazily from its files as the search reaches them ({@link StreamedLogs}).
 */
public interface ReplayLog {

  String device();

  /** Entries in the whole log. */
  int size();

  /** The entry at position i (read on demand when streamed; a position below {@link #discardBefore} is gone). */
  DeviceLog.Entry entry(int i);

  /** The printers segment {@code segment}'s lines show: the ones the device is held to there. */
  Set<Printer> printers(int segment);

  int segments();

  /** Some entry carries a timestamp. */
  boolean timed();

  /** The search will not ask for entries before {@code position} again: a streamed log may forget them. */
  default void discardBefore(int position) {}

  /** The entry at {@code pos} lies inside a segment the replay has already entered (its window is open). */
  default boolean inWindow(int pos) {
    return pos > 0 && pos < size() && entry(pos - 1).segment() == entry(pos).segment();
  }
}
