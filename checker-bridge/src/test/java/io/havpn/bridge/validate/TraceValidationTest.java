package io.havpn.bridge.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.tla.TlaFunction;
import io.havpn.bridge.tla.TlaRecord;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.model.VpnHaModel;
import io.havpn.model.explore.RandomWalk;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** TLC decides, with TraceVpnHa.tla, whether traces are behaviours of the spec, and where a trace stops being one. */
class TraceValidationTest {

  private static final Lab LAB = SeedLab.lab();
  private static final TraceSlots SLOTS = new TraceSlots(LAB.routerCount());

  @Test
  void aThousandRandomWalksOfTheJavaModelAreBehavioursOfTheSpec() {
    List<LoggedTrace> walks = new ArrayList<>();
    for (long seed = 1; seed <= 1000; seed++) {
      walks.add(logged("walk " + seed, walk(seed, 50)));
    }

    TraceValidation.Outcome outcome = validate(walks, 0);

    assertThat(outcome.completed()).isTrue();
    assertThat(outcome.verdicts()).hasSize(1000).allMatch(TraceVerdict::accepted);
    assertThat(outcome.verdicts()).allMatch(v -> v.entries() == 51 && v.unmatched() == null);
  }

  @Test
  void eachTraceOfARunGetsItsOwnVerdictAndAnEditedStateIsRejectedThere() {
    ItfTrace good = walk(7, 40);
    ItfTrace edited = withRouterField(walk(8, 40), 25, 0, "priority", TlaValue.integer(42));

    List<TraceVerdict> verdicts = validate(List.of(logged("good", good), logged("edited", edited)), 0).verdicts();

    assertThat(verdicts.get(0).accepted()).isTrue();
    TraceVerdict rejected = verdicts.get(1);
    assertThat(rejected.accepted()).isFalse();
    assertThat(rejected.matched()).isEqualTo(25); // states 0 to 24: the longest matched prefix
    assertThat(rejected.unmatched().state()).isEqualTo(25);
    assertThat(rejected.unmatched().logged()).contains("routers[0].priority = 42");
  }

  @Test
  void aTraceOfOneRoutersFieldsOnlyIsAcceptedAndItsEditIsRejected() {
    ItfTrace walk = walk(3, 50);
    ItfTrace oneRouter = keepOnly(walk, 1);

    assertThat(validate(List.of(logged("router 1", oneRouter)), 0).allAccepted()).isTrue();
    ItfTrace wrong = withRouterField(oneRouter, 30, 1, "hsrp", TlaValue.string("LEARN"));
    TraceVerdict verdict = validate(List.of(logged("router 1, edited", wrong)), 0).verdicts().get(0);
    assertThat(verdict.matched()).isEqualTo(30);
  }

  @Test
  void unloggedStepsBetweenLoggedStatesAreLeftToTheSpecWhenAllowed() {
    ItfTrace walk = walk(11, 40);
    List<ItfState> everyOther = IntStream.range(0, walk.states().size()).filter(i -> i % 2 == 0)
        .mapToObj(i -> unnamed(walk.states().get(i))).toList();
    ItfTrace sparse = new ItfTrace(walk.meta(), walk.params(), walk.vars(), everyOther, OptionalInt.empty());

    TraceVerdict strict = validate(List.of(logged("sparse", sparse)), 0).verdicts().get(0);
    assertThat(strict.accepted()).isFalse();
    assertThat(strict.matched()).isEqualTo(1);
    assertThat(validate(List.of(logged("sparse", sparse)), 1).allAccepted()).isTrue();
  }

  @Test
  void anActionNameTheSpecDoesNotHaveIsNotedAndLeftFree() {
    ItfTrace walk = walk(5, 10);
    List<ItfState> states = new ArrayList<>(walk.states());
    Map<String, Object> meta = new LinkedHashMap<>(states.get(4).meta());
    meta.put("action", "Commit line 320, col 3 to line 323, col 48 of module VpnHa");
    states.set(4, new ItfState(meta, states.get(4).values()));

    LoggedTrace trace = logged("renamed", new ItfTrace(walk.meta(), walk.params(), walk.vars(), states,
        OptionalInt.empty()));

    assertThat(trace.notes()).containsExactly("state 4: 'Commit' is not an action of VpnHa; any step may lead there");
    assertThat(trace.entries().get(4).action()).isEmpty();
  }

  @Test
  void somethingThatIsNotPartOfTheStateIsRejectedNamingItsPath() {
    ItfTrace walk = walk(5, 3);
    ItfTrace odd = withRouterField(walk, 2, 1, "weight", TlaValue.integer(1));

    assertThatThrownBy(() -> logged("odd", odd)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("odd: state 2: routers[1][\"weight\"] is not part of VpnHa's state");
  }

  static ItfTrace walk(long seed, int steps) {
    VpnHaModel model = new VpnHaModel(LAB);
    ModelTrace trace = new ModelTrace(LAB, "random walk, seed " + seed, model.initial());
    RandomWalk.walk(model, seed, steps).forEach(t -> trace.step(t.action(), -1, t.next()));
    return trace.toItf();
  }

  private static LoggedTrace logged(String name, ItfTrace trace) {
    return LoggedTrace.fromItf(name, trace, SLOTS);
  }

  private static TraceValidation.Outcome validate(List<LoggedTrace> traces, int maxUnlogged) {
    return new TraceValidation(LAB, new TlcRunner()).validate(traces, maxUnlogged,
        TlcOptions.defaults().withTimeout(Duration.ofMinutes(5)), progress -> { });
  }

  /** The trace with one router field of one state replaced (or added). */
  private static ItfTrace withRouterField(ItfTrace trace, int state, int router, String field, TlaValue value) {
    List<ItfState> states = new ArrayList<>(trace.states());
    Map<String, TlaValue> values = new LinkedHashMap<>(states.get(state).values());
    Map<TlaValue, TlaValue> routers = new LinkedHashMap<>(((TlaFunction) values.get("routers")).mapping());
    Map<String, TlaValue> fields = new LinkedHashMap<>(((TlaRecord) routers.get(TlaValue.integer(router))).fields());
    fields.put(field, value);
    routers.put(TlaValue.integer(router), TlaValue.record(fields));
    values.put("routers", TlaValue.function(routers));
    states.set(state, new ItfState(states.get(state).meta(), values));
    return new ItfTrace(trace.meta(), trace.params(), trace.vars(), states, trace.loop());
  }

  /** Only {@code router}'s fields: a partial trace, as one router's own log would give. */
  private static ItfTrace keepOnly(ItfTrace trace, int router) {
    List<ItfState> states = new ArrayList<>();
    for (ItfState state : trace.states()) {
      TlaValue mine = ((TlaFunction) state.values().get("routers")).apply(TlaValue.integer(router));
      states.add(new ItfState(state.meta(),
          Map.of("routers", TlaValue.function(Map.of(TlaValue.integer(router), mine)))));
    }
    return new ItfTrace(trace.meta(), trace.params(), List.of("routers"), states, OptionalInt.empty());
  }

  private static ItfState unnamed(ItfState state) {
    Map<String, Object> meta = new LinkedHashMap<>(state.meta());
    meta.remove("action");
    return new ItfState(meta, state.values());
  }
}
