package io.havpn.bridge.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.TlcToItf;
import io.havpn.bridge.spec.LabCheck;
import io.havpn.bridge.spec.LabModule;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options.RriMode;
import io.havpn.model.lab.SeedLab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLC's counterexamples replay step by step on the Java model of the same lab, and a model or trace that differs in
 * one rule or value is caught at the step where it first shows, naming the variable.
 */
class CounterexampleReplayTest {

  /** One TLC run per safety mistake, shared by the tests (each takes seconds). */
  private static final Map<DesignMistake, ItfTrace> SAFETY_TRACES = new EnumMap<>(DesignMistake.class);

  @BeforeAll
  static void runTlcOnTheSafetyMistakes() {
    DesignMistake.revealedBySafety(true).forEach(m -> SAFETY_TRACES.put(m, counterexample(m, LabModule.SAFETY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.havpn.bridge.spec.DesignMistakesTlcTest#safetyMistakes")
  void everySafetyCounterexampleOfTlcReplaysOnTheJavaModel(DesignMistake mistake) {
    ItfTrace trace = SAFETY_TRACES.get(mistake);
    ReplayResult result = replay(lab(mistake), trace);

    assertThat(result.divergence()).isEmpty();
    assertThat(result.steps()).hasSize(trace.states().size()).allMatch(StepVerdict::matched);
    assertThat(result.loop()).isEqualTo(ReplayResult.Loop.NONE);
  }

  @Tag("long")
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.havpn.bridge.spec.DesignMistakesTlcTest#eventualMistakes")
  void everyLassoOfTlcReplaysAndLoopsBack(DesignMistake mistake) {
    ItfTrace trace = counterexample(mistake, LabModule.CHECKED);
    ReplayResult result = replay(lab(mistake), trace);

    assertThat(trace.loop()).isPresent();
    assertThat(result.divergence()).isEmpty();
    assertThat(result.steps()).hasSize(trace.states().size()).allMatch(StepVerdict::matched);
    assertThat(result.loop()).isEqualTo(ReplayResult.Loop.VERIFIED);
  }

  @Test
  void aModelWithDynamicRriDivergesAtTheTickThatInjectsTheMismatchedRoute() {
    // With a redundancy name not matching the group, the static crypto map's route appears at the first Tick; a
    // dynamic crypto map injects it only with SAs, which nobody holds yet, so OSPF has no next hop either.
    ItfTrace trace = SAFETY_TRACES.get(DesignMistake.REDUNDANCY_NAME_MISMATCH);
    Lab mistaken = lab(DesignMistake.REDUNDANCY_NAME_MISMATCH);
    Lab dynamic = mistaken.withOptions(mistaken.options().withRriMode(RriMode.DYNAMIC));

    Divergence divergence = replay(dynamic, trace).divergence().orElseThrow();

    assertThat(divergence.step()).isEqualTo(1);
    assertThat(divergence.tlaAction()).contains("Tick");
    assertThat(divergence.closestCandidate()).contains("Tick");
    assertThat(divergence.variables()).containsExactly("routers", "ospfNextHops");
    VariableDifference route = divergence.differences().get(0);
    assertThat(route.path()).matches("routers\\[\\d]\\.rriRoute");
    assertThat(route.traceValue()).isEqualTo(TlaValue.bool(true));
    assertThat(route.javaValue()).isEqualTo(TlaValue.bool(false));
    VpnHaModel model = new VpnHaModel(dynamic);
    assertThat(divergence.enabled()).contains("Tick", "Partition")
        .isEqualTo(model.enabled(model.initial()).stream().map(a -> a.describe(dynamic)).toList());
    assertThat(divergence.matchingActions()).isEmpty();
  }

  @Test
  void aHandEditedValueDivergesAtItsStateNamingTheVariable() {
    ItfTrace trace = SAFETY_TRACES.get(DesignMistake.PEER_REAL_ADDRESS);
    int edited = trace.states().size() / 2;
    ItfTrace tampered = withValue(trace, edited, "losses", TlaValue.integer(1));

    ReplayResult result = replay(lab(DesignMistake.PEER_REAL_ADDRESS), tampered);

    Divergence divergence = result.divergence().orElseThrow();
    assertThat(divergence.step()).isEqualTo(edited);
    assertThat(divergence.differences())
        .containsExactly(new VariableDifference("losses", TlaValue.integer(1), TlaValue.integer(0)));
    assertThat(result.steps()).hasSize(edited + 1);
    assertThat(result.steps().subList(0, edited)).allMatch(StepVerdict::matched);
    assertThat(result.steps().get(edited).matched()).isFalse();
  }

  @Test
  void aFailoverBoundTraceReplaysOnVpnHasVariablesBesideTheClocks() {
    ItfTrace trace = SAFETY_TRACES.get(DesignMistake.PEER_REAL_ADDRESS);
    List<String> vars = new ArrayList<>(trace.vars());
    vars.addAll(List.of("outage", "pinged"));
    List<ItfState> states = new ArrayList<>();
    for (ItfState state : trace.states()) {
      Map<String, TlaValue> values = new LinkedHashMap<>(state.values());
      values.put("outage", TlaValue.integer(0));
      values.put("pinged", TlaValue.bool(false));
      states.add(new ItfState(state.meta(), values));
    }
    ItfTrace clocked = new ItfTrace(trace.meta(), trace.params(), vars, states, trace.loop());

    ReplayResult result = replay(lab(DesignMistake.PEER_REAL_ADDRESS), clocked);

    assertThat(result.replayed()).isTrue();
    assertThat(result.steps()).hasSize(trace.states().size()).allMatch(StepVerdict::matched);
  }

  @Test
  void aTraceStartingInAnotherStateIsRejectedAtStepZero() {
    ItfTrace trace = withValue(SAFETY_TRACES.get(DesignMistake.PEER_REAL_ADDRESS), 0, "faults", TlaValue.integer(1));

    ReplayResult result = replay(lab(DesignMistake.PEER_REAL_ADDRESS), trace);

    Divergence divergence = result.divergence().orElseThrow();
    assertThat(divergence.step()).isZero();
    assertThat(divergence.variables()).containsExactly("faults");
    assertThat(result.steps()).containsExactly(new StepVerdict(0, "initial state", false));
  }

  @Test
  void aLoopBackNoJavaActionTakesIsADivergenceAfterTheLastState() {
    ItfTrace trace = SAFETY_TRACES.get(DesignMistake.PEER_REAL_ADDRESS);
    ItfTrace lasso = new ItfTrace(trace.meta(), trace.params(), trace.vars(), trace.states(), OptionalInt.of(0));

    ReplayResult result = replay(lab(DesignMistake.PEER_REAL_ADDRESS), lasso);

    assertThat(result.steps()).hasSize(trace.states().size()).allMatch(StepVerdict::matched);
    assertThat(result.divergence().orElseThrow().step()).isEqualTo(trace.states().size());
    assertThat(result.loop()).isEqualTo(ReplayResult.Loop.NOT_VERIFIED);
  }

  @Test
  void aLoopOnTheLastStateIsVerified() {
    ItfTrace trace = SAFETY_TRACES.get(DesignMistake.PEER_REAL_ADDRESS);
    ItfTrace stuttering = new ItfTrace(trace.meta(), trace.params(), trace.vars(), trace.states(),
        OptionalInt.of(trace.states().size() - 1));

    assertThat(replay(lab(DesignMistake.PEER_REAL_ADDRESS), stuttering).loop())
        .isEqualTo(ReplayResult.Loop.VERIFIED);
  }

  @Test
  void theActionNameIsTheFirstWordOfTlcsActionText() {
    ItfState state = new ItfState(Map.of("action", "InterfaceDown line 345, col 9 to line 349, col 70 of module VpnHa"),
        Map.of());
    assertThat(CounterexampleReplay.tlaAction(state)).contains("InterfaceDown");
    assertThat(CounterexampleReplay.tlaAction(new ItfState(Map.of(), Map.of()))).isEmpty();
  }

  private static Lab lab(DesignMistake mistake) {
    return LabModule.bounded(mistake.apply(SeedLab.lab()), 1, 0);
  }

  private static ReplayResult replay(Lab lab, ItfTrace trace) {
    return new CounterexampleReplay(new VpnHaModel(lab)).replay(trace);
  }

  private static ItfTrace counterexample(DesignMistake mistake, List<Property> checks) {
    TlcResult result = new TlcRunner().run(LabCheck.spec(lab(mistake), checks),
        TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(5)));
    return TlcToItf.convert(result.counterexample().orElseThrow(() -> new AssertionError(result.summary())),
        mistake.id());
  }

  private static ItfTrace withValue(ItfTrace trace, int index, String variable, TlaValue value) {
    List<ItfState> states = new ArrayList<>(trace.states());
    Map<String, TlaValue> values = new LinkedHashMap<>(states.get(index).values());
    values.put(variable, value);
    states.set(index, new ItfState(states.get(index).meta(), values));
    return new ItfTrace(trace.meta(), trace.params(), trace.vars(), states, trace.loop());
  }
}
