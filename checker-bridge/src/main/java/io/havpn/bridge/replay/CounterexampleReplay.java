package io.havpn.bridge.replay;

import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.spec.StateCodec;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.validate.TraceSlots;
import io.havpn.model.Action;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replays an ITF trace (a TLC counterexample) on the Java model of a lab: the Java initial state must project to the
 * trace's first state, and each next trace state must be the projection of the Java state one enabled action of the
 * trace's action name leads to. A trace the Java model cannot follow shows where the spec and the model disagree.
 */
public final class CounterexampleReplay {

  /** FailoverClock.tla's observer variables, which a FailoverBound counterexample has beside VpnHa's. */
  static final Set<String> FAILOVER_CLOCK_VARIABLES = Set.of("outage", "pinged");

  /** TLC's action text starts with the action's name: {@code InterfaceDown line 345, col 9 to ...}. */
  private static final Pattern ACTION_NAME = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)");

  /** The names of the Java actions, which the spec's actions share. */
  private static final Set<String> ACTION_NAMES = Arrays.stream(Action.class.getPermittedSubclasses())
      .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

  private final VpnHaModel model;

  public CounterexampleReplay(VpnHaModel model) {
    this.model = model;
  }

  /**
   * @throws IllegalArgumentException when the trace has no states or lacks one of the spec's variables: it is not a
   *     trace of VpnHa.tla
   */
  public ReplayResult replay(ItfTrace trace) {
    requireSpecVariables(trace);
    List<ItfState> states = trace.states();
    List<StepVerdict> steps = new ArrayList<>();
    SystemState current = model.initial();
    List<VariableDifference> initialDifferences = differences(states.get(0), current);
    steps.add(new StepVerdict(0, "initial state", initialDifferences.isEmpty()));
    if (!initialDifferences.isEmpty()) {
      return diverged(steps, new Divergence(0, Optional.empty(), Optional.empty(), initialDifferences, List.of(),
          List.of()));
    }
    for (int i = 1; i < states.size(); i++) {
      Optional<String> tlaAction = tlaAction(states.get(i));
      Optional<String> name = javaName(tlaAction);
      List<Candidate> candidates = candidates(current, states.get(i));
      Optional<Candidate> match = candidates.stream().filter(c -> c.named(name) && c.matches()).findFirst();
      if (match.isEmpty()) {
        steps.add(new StepVerdict(i, tlaAction.orElse("an unnamed action"), false));
        return diverged(steps, divergence(i, tlaAction, current, states.get(i), candidates));
      }
      current = match.get().next();
      steps.add(new StepVerdict(i, match.get().action().describe(model.lab()), true));
    }
    if (trace.loop().isEmpty()) {
      return new ReplayResult(steps, Optional.empty(), ReplayResult.Loop.NONE);
    }
    return loopBack(steps, current, trace);
  }

  /**
   * A lasso's last state is followed by the state at the loop index: either it is that state (TLC's stuttering,
   * Apalache's convention) or one Java action leads back there (TLC's "Back to state").
   */
  private ReplayResult loopBack(List<StepVerdict> steps, SystemState last, ItfTrace trace) {
    ItfState loopState = trace.states().get(trace.loop().getAsInt());
    if (differences(loopState, last).isEmpty()) {
      return new ReplayResult(steps, Optional.empty(), ReplayResult.Loop.VERIFIED);
    }
    List<Candidate> candidates = candidates(last, loopState);
    if (candidates.stream().anyMatch(Candidate::matches)) {
      return new ReplayResult(steps, Optional.empty(), ReplayResult.Loop.VERIFIED);
    }
    return diverged(steps, divergence(trace.states().size(), Optional.empty(), last, loopState, candidates));
  }

  /** The action a trace state's {@code #meta} names: the first word of TLC's action text, if any. */
  public static Optional<String> tlaAction(ItfState state) {
    if (state.meta().get("action") instanceof String text) {
      Matcher m = ACTION_NAME.matcher(text);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The Java action name that must explain a step: the TLA+ action's, when the model has an action of that name. TLC
   * names an action whose body is a single operator application after that operator ({@code Traffic ==
   * Commit(...)} shows as Commit), so such a name says nothing about the action.
   */
  private static Optional<String> javaName(Optional<String> tlaAction) {
    return tlaAction.filter(ACTION_NAMES::contains);
  }

  /** Every enabled action with the trace state's differences from where it leads. */
  private List<Candidate> candidates(SystemState current, ItfState target) {
    List<Candidate> candidates = new ArrayList<>();
    for (Action action : model.enabled(current)) {
      SystemState next = model.stepEnabled(current, action).next();
      candidates.add(new Candidate(action, next, differences(target, next)));
    }
    return candidates;
  }

  private Divergence divergence(int step, Optional<String> tlaAction, SystemState current, ItfState target,
      List<Candidate> candidates) {
    Optional<String> name = javaName(tlaAction);
    List<Candidate> named = candidates.stream().filter(c -> c.named(name)).toList();
    // When no enabled action has the trace's name, the closest of all still shows what the Java model would do.
    Optional<Candidate> closest = (named.isEmpty() ? candidates : named).stream()
        .reduce(BinaryOperator.minBy(Comparator.comparingInt(c -> c.differences().size())));
    List<VariableDifference> differences = closest.map(Candidate::differences)
        .orElseGet(() -> differences(target, current));
    List<String> enabled = candidates.stream().map(c -> c.action().describe(model.lab())).toList();
    List<String> meant = candidates.stream().filter(c -> !c.named(name) && c.matches())
        .map(c -> c.action().describe(model.lab())).toList();
    return new Divergence(step, tlaAction, closest.map(c -> c.action().describe(model.lab())), differences, enabled,
        meant);
  }

  private static ReplayResult diverged(List<StepVerdict> steps, Divergence divergence) {
    return new ReplayResult(steps, Optional.of(divergence), ReplayResult.Loop.NOT_VERIFIED);
  }

  /**
   * The leaves whose value in the trace state differs from the Java state's projection, in the spec's order. The
   * failover clock's variables are left out: FailoverClock.tla's observer watches VpnHa and never constrains it, so
   * a FailoverBound counterexample replays on VpnHa's variables (FailoverClockTlcTest compares the clock's own values
   * with io.havpn.model.FailoverClock).
   */
  private static List<VariableDifference> differences(ItfState trace, SystemState java) {
    TraceSlots slots = new TraceSlots(java.routers().size());
    Map<String, TlaValue> vpnHa = new LinkedHashMap<>(trace.values());
    vpnHa.keySet().removeAll(FAILOVER_CLOCK_VARIABLES);
    Map<Integer, TlaValue> expected = slots.logged(vpnHa);
    Map<Integer, TlaValue> actual = slots.logged(StateCodec.encode(java));
    List<VariableDifference> differences = new ArrayList<>();
    for (TraceSlots.Slot slot : slots.all()) {
      TlaValue traceValue = expected.get(slot.number());
      if (traceValue != null && !traceValue.equals(actual.get(slot.number()))) {
        differences.add(new VariableDifference(slot.path(), traceValue, actual.get(slot.number())));
      }
    }
    return differences;
  }

  private static void requireSpecVariables(ItfTrace trace) {
    if (trace.states().isEmpty()) {
      throw new IllegalArgumentException("the trace has no states");
    }
    for (String variable : StateCodec.VARIABLES) {
      if (!trace.vars().contains(variable)) {
        throw new IllegalArgumentException("the trace has no variable " + variable + ": not a trace of VpnHa.tla");
      }
    }
  }

  /** An enabled action, the state it leads to, and how that state differs from the trace's. */
  private record Candidate(Action action, SystemState next, List<VariableDifference> differences) {

    boolean matches() {
      return differences.isEmpty();
    }

    /** Without an action name in the trace, every action may explain the step. */
    boolean named(Optional<String> name) {
      return name.isEmpty() || action.name().equals(name.get());
    }
  }
}
