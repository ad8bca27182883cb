package io.havpn.model.scenario;

import io.havpn.model.Action;
import java.util.List;

/**
 * Timed faults, repairs, losses and traffic thrown at the lab; the model's own timers and packets do the rest.
 *
 * @param duration seconds to run (the runner extends it until the eventual properties can be judged)
 * @param injections actions at given times ({@code at}, or {@code every} expanded to each time), in file order
 * @param lossWindows loss actions taken whenever they are enabled within a time window
 * @param snapshots moments at which {@code show} output is captured
 */
public record Scenario(
    String source, int duration, List<Injection> injections, List<LossWindow> lossWindows, List<SnapshotPoint> snapshots) {

  public Scenario {
    injections = List.copyOf(injections);
    lossWindows = List.copyOf(lossWindows);
    snapshots = List.copyOf(snapshots);
  }

  /** An action injected at {@code time}; {@code line} is where the scenario file asked for it. */
  public record Injection(int time, Action action, int line) {}

  /**
   * Between {@code from} and {@code until} (inclusive) the runner loses the packets {@code action} names instead of
   * carrying them: Hellos in flight (HelloLost), due keepalives (KeepaliveLost), the scenario's Traffic (EspLost).
   */
  public record LossWindow(int from, int until, Action action, int line) {
    public boolean covers(int time) {
      return time >= from && time <= until;
    }
  }

  public record SnapshotPoint(int time, String label) {}

  /** The last time anything disturbs the lab (a fault, a repair or a loss); -1 when nothing does. */
  public int lastDisruption() {
    int last = -1;
    for (Injection injection : injections) {
      if (injection.action().kind() != Action.Kind.TRAFFIC) {
        last = Math.max(last, injection.time());
      }
    }
    for (LossWindow window : lossWindows) {
      last = Math.max(last, window.until());
    }
    return last;
  }
}
