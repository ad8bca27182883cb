package io.havpn.model.scenario;

import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.Property;
import io.havpn.model.SystemState;
import java.util.List;
import java.util.Map;

/**
 * What a scenario run produced: every step, what the devices logged, the snapshots, outages and a verdict per property.
 *
 * @param end the last second simulated (the scenario's duration, or later when the runner extended it)
 * @param stableFrom the second from which the eventual properties were judged: once the failover bound had passed
 *     since the last disruption took effect ({@link io.havpn.model.FailoverClock#converged})
 */
public record RunResult(
    long seed,
    int end,
    int stableFrom,
    List<TimedStep> steps,
    List<Snapshot> snapshots,
    List<Outage> outages,
    Map<Property, Verdict> verdicts,
    List<String> warnings) {

  /** One action taken at second {@code time}, the state it led to and what it logged. */
  public record TimedStep(int time, Action action, SystemState state, List<Observation> observations) {}

  public record Snapshot(int time, String label, SystemState state) {}

  /** An interval in which TunnelRestored did not hold; {@code end} is -1 when it was still open when the run stopped. */
  public record Outage(int start, int end) {
    public int duration(int runEnd) {
      return (end < 0 ? runEnd : end) - start;
    }
  }

  /**
   * @param holds whether the property held
   * @param time the second of the first violation (safety) or of the failing judgement; -1 when it holds
   * @param detail what was seen
   */
  public record Verdict(Property property, boolean holds, int time, String detail) {}

  public boolean allHold() {
    return verdicts.values().stream().allMatch(Verdict::holds);
  }

  public RunResult {
    steps = List.copyOf(steps);
    snapshots = List.copyOf(snapshots);
    outages = List.copyOf(outages);
    verdicts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(verdicts));
    warnings = List.copyOf(warnings);
  }
}
