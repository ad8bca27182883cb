package io.havpn.traces.replay;

import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.SystemState;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a replay.
 *
 * @param verdict REPLAYED: a model behaviour produces every device's log; CONTRADICTED: none does (the search covered
 *     every behaviour within its bounds); UNDECIDED: the search hit its node budget first
 * @param matched observation and show entries matched, of {@code entries}
 * @param behaviour the matched behaviour, state by state (empty when the replay failed or was asked not to keep it)
 * @param firstUnmatched where the furthest attempt stopped, when the replay failed
 * @param explored search nodes expanded
 */
public record ReplayResult(Verdict verdict, int matched, int entries, List<TraceStep> behaviour,
    Optional<Unmatched> firstUnmatched, long explored, String detail) {

  public enum Verdict { REPLAYED, CONTRADICTED, UNDECIDED }

  /** One state of the matched behaviour and the action that led to it (null for the initial state). */
  public record TraceStep(Action action, SystemState state, int time, List<Observation> observations) {}

  /**
   * The first entry the model cannot produce: its device and lines, and what the model could log there instead (each
   * alternative is the observations one enabled action would have logged for that device).
   */
  public record Unmatched(String device, DeviceLog.Entry entry, List<List<Observation>> couldLog, String reason) {}

  public boolean replayed() {
    return verdict == Verdict.REPLAYED;
  }
}
