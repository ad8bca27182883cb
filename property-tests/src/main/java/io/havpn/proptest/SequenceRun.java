package io.havpn.proptest;

import static io.havpn.model.RouterState.STOPPED;

import io.havpn.model.Action;
import io.havpn.model.FailoverClock;
import io.havpn.model.Observation;
import io.havpn.model.Property;
import io.havpn.model.RouterState;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpMessage;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One sequence of stimuli played on the model from power-on. After each stimulus the model's urgent actions (timer
 * expiries, deliveries, keepalives) are taken in an order drawn from the schedule seed until time may pass, as the
 * scenario runner does. The safety properties and {@link Failure#DISPLACED_ACTIVE_RESIGNS} are checked after every
 * model step. {@link #finish()} then lets the faults stop (the quiescent suffix) and judges the eventual properties.
 *
 * <p>Generation and replay use the same class: a generator asks for {@link #state()} and {@link #enabled()} before each
 * stimulus; a replay just applies a list. The run is deterministic given the model, the stimuli and the schedule seed.
 */
public final class SequenceRun {

  /** Stimulus index of steps taken before the first stimulus (timers due at power-on). */
  public static final int BOOT = -1;
  /** Stimulus index of steps taken in the quiescent suffix. */
  public static final int QUIESCENT = -2;

  /** More steps than this within one second means the model never lets time pass: a model bug. */
  static final int MAX_STEPS_PER_SECOND = 100_000;

  private static final Property[] SAFETY = ofKind(Property.Kind.SAFETY);
  private static final Property[] CONVERGENCE = {Property.SINGLE_ACTIVE, Property.HIGHEST_PRIORITY_ACTIVE};
  private static final Action TICK = new Action.Tick();
  private static final Action TRAFFIC = new Action.Traffic();

  /** What a run reports as it goes: statistics and readable reports listen; checking does not need a listener. */
  public interface Listener {
    Listener NONE = new Listener() {};

    /** Stimulus {@code index} is about to be applied at second {@code time}. */
    default void stimulusStarted(int index, int time) {}

    /** Every model step, with the index of the stimulus being applied (or BOOT, QUIESCENT) and the second. */
    default void stepTaken(int stimulus, int time, Action action, Step step) {}

    /** TunnelRestored was false from {@code start} (inclusive) to {@code end} (exclusive), whole seconds. */
    default void outageEnded(int start, int end) {}
  }

  public enum Status { PASSED, FAILED, NOT_ENABLED }

  /**
   * How a sequence ended.
   *
   * @param failure the first check that failed, or null
   * @param applied stimuli applied; for NOT_ENABLED the index of the stimulus that was not enabled
   * @param quiescentFrom the second the faults stopped (-1 when the run did not get there)
   * @param judgedFrom the first second at which the eventual properties were judged (-1 likewise)
   * @param repairs what the quiescent suffix repaired before letting time run
   * @param state the state the run ended in (at the failure, when there is one)
   */
  public record Outcome(Status status, Failure failure, int applied, int quiescentFrom, int judgedFrom,
      List<Action> repairs, SystemState state) {

    public Outcome {
      repairs = List.copyOf(repairs);
    }

    public boolean failed() {
      return status == Status.FAILED;
    }
  }

  private final VpnHaModel model;
  private final Lab lab;
  private final SplittableRandom schedule;
  private final Listener listener;
  private final List<Action> armedLosses = new ArrayList<>();
  private SystemState state;
  private int time;
  private int stimulus = BOOT;
  private int applied;
  private Failure failure;
  private boolean finished;
  // outages of TunnelRestored, counted once the tunnel was up or traffic was sent (as the scenario runner does)
  private boolean restoredOnce;
  private boolean trafficSeen;
  private int outageStart = -1;
  // the quiescent suffix
  private int quiescentFrom = -1;
  private int judgedFrom = -1;
  private List<Action> repairs = List.of();
  // FailoverBound and when the eventual properties are due: the model's one rule
  private FailoverClock clock;
  private int overranAt = -1;

  private SequenceRun(VpnHaModel model, long scheduleSeed, Listener listener) {
    this.model = model;
    this.lab = model.lab();
    this.schedule = new SplittableRandom(scheduleSeed);
    this.listener = listener;
    this.state = model.initial();
    this.clock = FailoverClock.initial(lab, state);
  }

  /** Powers the lab on and settles what is due at once. */
  public static SequenceRun start(VpnHaModel model, long scheduleSeed, Listener listener) {
    SequenceRun run = new SequenceRun(model, scheduleSeed, listener);
    run.settle();
    return run;
  }

  /** Plays {@code stimuli}, stopping at the first failure, then the quiescent suffix. */
  public static Outcome replay(VpnHaModel model, List<Stimulus> stimuli, long scheduleSeed, Listener listener) {
    SequenceRun run = start(model, scheduleSeed, listener);
    for (Stimulus next : stimuli) {
      if (run.failed()) {
        break;
      }
      if (!run.apply(next)) {
        return new Outcome(Status.NOT_ENABLED, null, run.applied, -1, -1, List.of(), run.state);
      }
    }
    return run.finish();
  }

  public SystemState state() {
    return state;
  }

  public int time() {
    return time;
  }

  public boolean failed() {
    return failure != null;
  }

  /** What may happen now: the generator draws environment actions from this. */
  public List<Action> enabled() {
    return model.enabled(state);
  }

  /**
   * Applies one stimulus: an injected action when it is enabled (a loss is armed instead), or a wait.
   *
   * @return false, leaving the run unchanged, when the stimulus is not enabled in the current state
   */
  public boolean apply(Stimulus next) {
    if (failure != null || finished) {
      throw new IllegalStateException("the run is over");
    }
    stimulus = applied;
    listener.stimulusStarted(applied, time);
    if (next instanceof Stimulus.Wait wait) {
      for (int second = 0; second < wait.seconds() && failure == null; second++) {
        passOneSecond();
      }
    } else {
      Stimulus.Inject inject = (Stimulus.Inject) next;
      if (inject.armsLoss()) {
        if (!armable(inject.action())) {
          return false;
        }
        armedLosses.add(inject.action());
      } else {
        if (!model.enabled(state).contains(inject.action())) {
          return false;
        }
        take(inject.action());
        settle();
      }
    }
    applied++;
    return true;
  }

  /**
   * The quiescent suffix: armed losses are dropped, the segment is healed, and when the faults left no router that
   * could carry the tunnel every interface is repaired (no design survives that). Then the remote sends traffic every
   * second. The {@link FailoverClock} judges: it restarts as the faults stop, FailoverBound is violated if it passes
   * the bound, and once the bound has passed since the faults took effect (no reload, interface delay or preempt delay
   * pending; with an election's allowance when no router was left Active or Standby) SingleActive and
   * HighestPriorityActive must hold at every second. After a second bound TunnelRestored must hold, and the clock must
   * not have passed the bound (a tunnel that never comes back violates TunnelRestored rather than FailoverBound).
   */
  public Outcome finish() {
    if (!finished && failure == null) {
      finished = true;
      runQuiescentSuffix();
    }
    finished = true;
    return new Outcome(failure == null ? Status.PASSED : Status.FAILED, failure, applied, quiescentFrom, judgedFrom,
        repairs, state);
  }

  private void runQuiescentSuffix() {
    armedLosses.clear();
    stimulus = QUIESCENT;
    quiescentFrom = time;
    clock = FailoverClock.initial(lab, state); // the faults stop here: the bound counts from now
    repairs = Quiescence.repairs(lab, state);
    for (Action repair : repairs) {
      if (failure == null) {
        take(repair);
        settle();
      }
    }
    int bound = FailoverClock.bound(lab);
    // the lab always settles once repaired; a clock that never says so is a model bug worth a loud failure
    int giveUp = quiescentFrom + 10 * bound;
    while (failure == null) {
      take(TRAFFIC);
      settle();
      if (failure != null) {
        return;
      }
      if (judgedFrom < 0 && clock.converged(lab)) {
        judgedFrom = time;
      }
      boolean restored = judgeSecond(judgedFrom >= 0);
      if (failure != null) {
        return;
      }
      if (judgedFrom >= 0 && time >= judgedFrom + bound) {
        if (!restored) {
          fail(Property.TUNNEL_RESTORED.id(), "does not hold at " + time + " s, " + (time - quiescentFrom)
              + " s after the faults stopped (" + roles() + ")", time);
        } else if (overranAt >= 0) {
          fail(Property.FAILOVER_BOUND.id(), "TunnelRestored did not hold for " + bound + " s of settled time with "
              + "traffic, to " + overranAt + " s (bound " + bound + " s, " + (overranAt - quiescentFrom)
              + " s after the faults stopped)", overranAt);
        }
        return;
      }
      if (time >= giveUp) {
        fail(Failure.MODEL_ERROR, "the lab did not settle within " + (giveUp - quiescentFrom)
            + " s of the faults stopping (" + roles() + ")", time);
        return;
      }
      take(TICK);
      time++;
      settle();
    }
  }

  // ---- seconds, settling and steps ----

  private void passOneSecond() {
    judgeSecond(false);
    take(TICK);
    time++;
    settle();
  }

  /** Once per second, after settling: outages, and once stable the convergence properties. Returns TunnelRestored. */
  private boolean judgeSecond(boolean stable) {
    boolean restored = Property.TUNNEL_RESTORED.holds(model, state);
    if (restored) {
      restoredOnce = true;
      if (outageStart >= 0) {
        listener.outageEnded(outageStart, time);
        outageStart = -1;
      }
    } else if (outageStart < 0 && (restoredOnce || trafficSeen)) {
      outageStart = time;
    }
    if (stable) {
      for (Property property : CONVERGENCE) {
        if (!property.holds(model, state)) {
          fail(property.id(), "does not hold at " + time + " s, " + (time - quiescentFrom)
              + " s after the faults stopped (" + roles() + ")", time);
          return restored;
        }
      }
    }
    return restored;
  }


  /** Takes what the model makes due (and the armed losses) until time may pass. */
  private void settle() {
    for (int count = 0; failure == null; count++) {
      if (count > MAX_STEPS_PER_SECOND) {
        fail(Failure.MODEL_ERROR, "more than " + MAX_STEPS_PER_SECOND + " steps at " + time
            + " s without letting time pass", time);
        return;
      }
      List<Action> enabled = model.enabled(state);
      Action loss = armedLoss(enabled);
      if (loss != null) {
        armedLosses.remove(loss);
        take(loss);
        continue;
      }
      Action due = null;
      int dueCount = 0;
      for (Action action : enabled) {
        if (action.kind() == Action.Kind.TIMER || action.kind() == Action.Kind.DELIVERY) {
          dueCount++;
          due = due == null ? action : due;
        }
      }
      if (dueCount == 0) {
        return;
      }
      take(dueCount == 1 ? due : nthDue(enabled, schedule.nextInt(dueCount)));
    }
  }

  private static Action nthDue(List<Action> enabled, int n) {
    int seen = 0;
    for (Action action : enabled) {
      if (action.kind() == Action.Kind.TIMER || action.kind() == Action.Kind.DELIVERY) {
        if (seen++ == n) {
          return action;
        }
      }
    }
    throw new IllegalStateException("fewer than " + (n + 1) + " actions due");
  }

  /** The first armed loss (in arming order) that is enabled now, or null. */
  private Action armedLoss(List<Action> enabled) {
    if (armedLosses.isEmpty()) {
      return null;
    }
    Action first = null;
    int firstIndex = Integer.MAX_VALUE;
    for (Action action : enabled) {
      int armedAt = action.kind() == Action.Kind.LOSS ? armedLosses.indexOf(action) : -1;
      if (armedAt >= 0 && armedAt < firstIndex) {
        first = action;
        firstIndex = armedAt;
      }
    }
    return first;
  }

  private boolean armable(Action loss) {
    if (loss instanceof Action.HelloLost hello) {
      int n = lab.routerCount();
      return hello.sender() != hello.receiver() && hello.sender() >= 0 && hello.sender() < n
          && hello.receiver() >= 0 && hello.receiver() < n;
    }
    return lab.remote().keepalive() != null;
  }

  private void take(Action action) {
    Step step;
    try {
      step = model.stepEnabled(state, action);
    } catch (RuntimeException e) {
      fail(Failure.MODEL_ERROR, action.describe(lab) + " threw " + e, time);
      return;
    }
    clock = clock.next(model, state, action, step.next());
    state = step.next();
    trafficSeen |= action instanceof Action.Traffic;
    listener.stepTaken(stimulus, time, action, step);
    if (stimulus == QUIESCENT && overranAt < 0 && clock.overrun(lab)) {
      overranAt = time;
    }
    for (Property property : SAFETY) {
      if (!property.holds(model, state)) {
        fail(property.id(), "violated after " + action.describe(lab) + " (" + roles() + ")", time);
        return;
      }
    }
    String unresigned = unresignedDisplacement(step);
    if (unresigned != null) {
      fail(Failure.DISPLACED_ACTIVE_RESIGNS, unresigned, time);
    }
  }

  /** Why an Active router displaced by event g in this step did not Resign to a router that hears it, or null. */
  private String unresignedDisplacement(Step step) {
    for (Observation observation : step.observations()) {
      if (observation instanceof Observation.HsrpStateChanged change && change.from() == HsrpState.ACTIVE
          && change.event() == HsrpEvent.G_HELLO_HIGHER_PRI_ACTIVE) {
        int displaced = lab.routerIndex(change.device());
        for (int q = 0; q < lab.routerCount(); q++) {
          if (q != displaced && hears(q, displaced) && !resignInFlight(displaced, q)) {
            return change.device() + " left Active on g without sending Resign to " + lab.router(q).name()
                + " (the document's log shows 'Active: i/Resign rcvd')";
          }
        }
      }
    }
    return null;
  }

  private boolean hears(int receiver, int sender) {
    return !state.partitioned() && state.router(receiver).hsrpInterfaceUp() && state.router(sender).hsrpInterfaceUp();
  }

  private boolean resignInFlight(int sender, int receiver) {
    for (HsrpMessage message : state.channel(sender, receiver)) {
      if (message.kind() == HsrpMessage.Kind.RESIGN && message.senderState() == HsrpState.ACTIVE) {
        return true;
      }
    }
    return false;
  }

  private void fail(String check, String detail, int at) {
    if (failure == null) {
      failure = new Failure(check, detail, at, stimulus);
    }
  }

  /** {@code 7204VXR-1 Active, 7204VXR-2 Standby}: the HSRP roles, for failure details. */
  private String roles() {
    StringBuilder roles = new StringBuilder();
    for (int r = 0; r < lab.routerCount(); r++) {
      RouterState router = state.router(r);
      roles.append(r == 0 ? "" : ", ").append(lab.router(r).name()).append(' ').append(router.hsrp().iosName());
      if (router.interfaceDelay() != STOPPED) {
        roles.append(" (starting)");
      } else if (router.hsrp() == HsrpState.STANDBY && router.activeTimer() == STOPPED) {
        roles.append(" (no active timer)"); // it will never take over: worth saying
      }
    }
    return roles.toString();
  }

  private static Property[] ofKind(Property.Kind kind) {
    return Arrays.stream(Property.values()).filter(p -> p.kind() == kind).toArray(Property[]::new);
  }
}
