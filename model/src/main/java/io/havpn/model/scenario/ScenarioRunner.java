package io.havpn.model.scenario;

import io.havpn.model.Action;
import io.havpn.model.FailoverClock;
import io.havpn.model.Property;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a scenario on the model, second by second: first the actions the scenario injects at that second, then
 * whatever the model makes due (timer expiries, packet deliveries, keepalives), in an order drawn from the seed when
 * several are due together, with the scenario's loss windows taking their losses; then one Tick. Safety properties are
 * checked after every step. The {@link FailoverClock} runs along: FailoverBound is violated when it passes the bound,
 * and the eventual properties are judged on every second once the bound has passed since the last disruption took
 * effect (after the scenario's last disruption; the run goes on until then, and one hold time more). A loss
 * window loses the packet instead of carrying it: HelloLost instead of a Hello's delivery, KeepaliveLost instead of a
 * due probe, EspLost instead of the scenario's Traffic.
 */
public final class ScenarioRunner {

  /** A cap on steps within one second: more means the model never lets time pass, a bug worth a loud failure. */
  private static final int MAX_STEPS_PER_SECOND = 100_000;

  private final VpnHaModel model;

  public ScenarioRunner(VpnHaModel model) {
    this.model = model;
  }

  public RunResult run(Scenario scenario, long seed) {
    return run(scenario, seed, step -> {}, true);
  }

  /**
   * The same, handing each step to {@code listener} as it is taken; without {@code keepSteps} the result holds no
   * step, so that a run of any length fits in memory (its verdicts and outages are kept as the run goes).
   */
  public RunResult run(Scenario scenario, long seed, Consumer<RunResult.TimedStep> listener, boolean keepSteps) {
    SplittableRandom random = new SplittableRandom(seed);
    int bound = Property.failoverBound(model.lab());
    int lastDisruption = Math.max(0, scenario.lastDisruption());
    int hold = model.lab().group().holdTime();
    // a lab that never settles (a partition left open, no router able to carry the tunnel) is judged from here on
    int unsettledFrom = Math.max(scenario.duration(), lastDisruption + FailoverClock.bound(model.lab()) + 10 * hold);

    Run run = new Run(model, random, listener, keepSteps);
    int stableFrom = -1;
    int end = scenario.duration();
    Iterator<Scenario.Injection> schedule = scenario.schedule(); // generated as the run goes: no expanded list
    Scenario.Injection next = schedule.hasNext() ? schedule.next() : null;
    for (int time = 0; ; time++) {
      run.time = time;
      while (next != null && next.time() == time) {
        Scenario.Injection injection = next;
        next = schedule.hasNext() ? schedule.next() : null;
        List<Action> enabled = model.enabled(run.state);
        if (injection.action() instanceof Action.Traffic && run.lost(new Action.EspLost(), enabled, scenario)) {
          run.take(new Action.EspLost()); // the window loses this packet
        } else if (enabled.contains(injection.action())) {
          run.take(injection.action());
        } else {
          run.warnings.add(scenario.source() + ":" + injection.line() + ": at " + time + " s "
              + injection.action().describe(model.lab()) + " is not enabled, skipped");
        }
      }
      run.settle(scenario.lossWindows());
      for (Scenario.SnapshotPoint point : scenario.snapshots()) {
        if (point.time() == time) {
          run.snapshots.add(new RunResult.Snapshot(time, point.label(), run.state));
        }
      }
      if (stableFrom < 0 && time > lastDisruption
          && (run.clock.converged(model.lab()) || time >= unsettledFrom)) {
        stableFrom = time;
        end = Math.max(end, time + hold);
        if (!run.clock.converged(model.lab())) {
          run.warnings.add(scenario.source() + ": the lab had not settled by " + time + " s (a partition left open, "
              + "or no router able to carry the tunnel): the eventual properties are judged from then on");
        }
      }
      run.judgeSecond(stableFrom >= 0);
      if (time >= end && stableFrom >= 0) {
        break;
      }
      run.take(new Action.Tick());
    }
    return new RunResult(seed, end, stableFrom, run.steps, run.snapshots, run.closeOutages(),
        run.verdicts(bound), run.warnings);
  }

  /** The mutable side of one run. */
  private static final class Run {
    final VpnHaModel model;
    final SplittableRandom random;
    final Consumer<RunResult.TimedStep> listener;
    final boolean keepSteps;
    SystemState state;
    int time;
    final List<RunResult.TimedStep> steps = new ArrayList<>();
    final List<RunResult.Snapshot> snapshots = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Map<Property, RunResult.Verdict> violations = new EnumMap<>(Property.class);
    final List<RunResult.Outage> outages = new ArrayList<>();
    boolean restoredOnce;
    boolean trafficSeen;
    int outageStart = -1;
    FailoverClock clock;
    RunResult.Verdict overrun;

    Run(VpnHaModel model, SplittableRandom random, Consumer<RunResult.TimedStep> listener, boolean keepSteps) {
      this.model = model;
      this.random = random;
      this.listener = listener;
      this.keepSteps = keepSteps;
      this.state = model.initial();
      this.clock = FailoverClock.initial(model.lab(), state);
    }

    void take(Action action) {
      Step step = model.step(state, action);
      clock = clock.next(model, state, action, step.next());
      if (overrun == null && clock.overrun(model.lab())) {
        int bound = FailoverClock.bound(model.lab());
        overrun = new RunResult.Verdict(Property.FAILOVER_BOUND, false, time, "TunnelRestored did not hold for "
            + bound + " s of settled time with traffic, from " + (time - bound) + " s to " + time + " s (bound "
            + bound + " s)");
      }
      state = step.next();
      trafficSeen |= action instanceof Action.Traffic;
      RunResult.TimedStep taken = new RunResult.TimedStep(time, action, state, step.observations());
      if (keepSteps) {
        steps.add(taken);
      }
      listener.accept(taken);
      for (Property property : Property.values()) {
        if (property.kind() == Property.Kind.SAFETY && !violations.containsKey(property)
            && !property.holds(model, state)) {
          violations.put(property, new RunResult.Verdict(property, false, time,
              "violated at " + time + " s after " + action.describe(model.lab())));
        }
      }
    }

    /** Takes what the model makes due until time may pass. */
    void settle(List<Scenario.LossWindow> windows) {
      for (int count = 0; ; count++) {
        if (count > MAX_STEPS_PER_SECOND) {
          throw new IllegalStateException("the model takes more than " + MAX_STEPS_PER_SECOND + " steps at " + time
              + " s without letting time pass");
        }
        List<Action> enabled = model.enabled(state);
        Action loss = windowLoss(enabled, windows);
        if (loss != null) {
          take(loss);
          continue;
        }
        List<Action> due = new ArrayList<>();
        for (Action action : enabled) {
          if (action.kind() == Action.Kind.TIMER || action.kind() == Action.Kind.DELIVERY) {
            due.add(action);
          }
        }
        if (due.isEmpty()) {
          return;
        }
        take(due.get(due.size() == 1 ? 0 : random.nextInt(due.size())));
      }
    }

    /** A Hello or keepalive loss due now: it is taken instead of the delivery or probe it loses. */
    private Action windowLoss(List<Action> enabled, List<Scenario.LossWindow> windows) {
      for (Scenario.LossWindow window : windows) {
        if (!(window.action() instanceof Action.EspLost) && window.covers(time)
            && enabled.contains(window.action())) {
          return window.action();
        }
      }
      return null;
    }

    /** Whether a window covering now loses {@code loss}, and it is enabled. */
    boolean lost(Action loss, List<Action> enabled, Scenario scenario) {
      return enabled.contains(loss)
          && scenario.lossWindows().stream().anyMatch(w -> w.action().equals(loss) && w.covers(time));
    }

    /** Once per second, after the model has settled: outages, and the eventual properties once stable. */
    void judgeSecond(boolean stable) {
      boolean restored = Property.TUNNEL_RESTORED.holds(model, state);
      if (restored) {
        restoredOnce = true;
        if (outageStart >= 0) {
          outages.add(new RunResult.Outage(outageStart, time));
          outageStart = -1;
        }
      } else if (outageStart < 0 && (restoredOnce || trafficSeen)) {
        outageStart = time;
      }
      if (stable) {
        for (Property property : Property.values()) {
          if (property.kind() == Property.Kind.EVENTUAL && !violations.containsKey(property)
              && !property.holds(model, state)) {
            violations.put(property, new RunResult.Verdict(property, false, time,
                "does not hold at " + time + " s, after faults stopped"));
          }
        }
      }
    }

    List<RunResult.Outage> closeOutages() {
      if (outageStart >= 0) {
        outages.add(new RunResult.Outage(outageStart, -1));
        outageStart = -1;
      }
      return outages;
    }

    Map<Property, RunResult.Verdict> verdicts(int bound) {
      Map<Property, RunResult.Verdict> verdicts = new EnumMap<>(Property.class);
      for (Property property : Property.values()) {
        verdicts.put(property, violations.getOrDefault(property,
            new RunResult.Verdict(property, true, -1, "holds")));
      }
      verdicts.put(Property.FAILOVER_BOUND, failoverVerdict(bound));
      return verdicts;
    }

    private RunResult.Verdict failoverVerdict(int bound) {
      if (bound == Integer.MAX_VALUE) {
        return new RunResult.Verdict(Property.FAILOVER_BOUND, false, 0,
            "no bound: the remote has no keepalive, so it never notices that its peer lost the SAs");
      }
      if (overrun != null) {
        return overrun;
      }
      return new RunResult.Verdict(Property.FAILOVER_BOUND, true, -1,
          "every outage within " + bound + " s of settled time with traffic");
    }
  }
}
