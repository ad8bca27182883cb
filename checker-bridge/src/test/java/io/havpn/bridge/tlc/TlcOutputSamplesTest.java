package io.havpn.bridge.tlc;

import static io.havpn.bridge.tla.TlaValue.integer;
import static io.havpn.bridge.tla.TlaValue.modelValue;
import static io.havpn.bridge.tla.TlaValue.record;
import static io.havpn.bridge.tla.TlaValue.seq;
import static io.havpn.bridge.tla.TlaValue.set;
import static io.havpn.bridge.tla.TlaValue.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.Resources;
import io.havpn.bridge.tla.TlaSeq;
import io.havpn.bridge.tla.TlaValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The parser on each output TLC 2.18 printed (tlc-samples/ shared, tlc-more/ captured for this module). */
class TlcOutputSamplesTest {

  private static TlcOutput sample(String name) {
    return TlcOutput.parse(Resources.text(name));
  }

  @Test
  void successReportsNoErrorWithStatisticsAndTime() {
    TlcOutput ok = sample("tlc-samples/out-ok.txt");

    assertThat(ok.verdict()).isEqualTo(Verdict.NO_ERROR);
    assertThat(ok.version()).contains("TLC2 Version 2.18 of 20 March 2023");
    assertThat(ok.mode()).contains(new TlcMode(TlcMode.Kind.BREADTH_FIRST, 9055650387383888889L, 1));
    assertThat(ok.statistics()).isEqualTo(new TlcStatistics(1, 8, 6, 0, 4, Optional.of(Duration.ofMillis(541)),
        OptionalDouble.of(6.5E-19)));
    assertThat(ok.counterexample()).isEmpty();
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.finished()).isTrue();
  }

  @Test
  void invariantViolationGivesThePropertyAndTheTraceWithActionsAndLocations() {
    TlcOutput inv = sample("tlc-samples/out-inv.txt");

    assertThat(inv.verdict()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(inv.violatedProperty()).contains("Small");
    Counterexample trace = inv.counterexample().orElseThrow();
    assertThat(trace.end()).isEqualTo(new TraceEnd.Finite());
    assertThat(trace.states()).extracting(TraceState::index).containsExactly(1, 2, 3, 4);
    assertThat(trace.states().get(0).action()).isEqualTo(TraceAction.INITIAL);
    TraceState last = trace.last();
    assertThat(last.action().name()).isEqualTo("Inc");
    assertThat(last.action().location()).contains(new SourceLocation("Counter", 7, 8, 7, 57));
    assertThat(last.variables()).containsExactly(Map.entry("x", integer(3)),
        Map.entry("log", seq(string("inc"), string("inc"), string("inc"))));
    assertThat(inv.mode().orElseThrow().workers()).isEqualTo(2);
    assertThat(inv.statistics().distinctStates()).isEqualTo(4);
    assertThat(inv.errors()).extracting(TlcError::code).containsExactly(MessageCode.INVARIANT_VIOLATED_BEHAVIOR);
  }

  @Test
  void invariantFalseInAnInitialStateCarriesTheStateInItsOwnMessage() {
    TlcOutput initInv = sample("tlc-samples/out-initinv.txt");

    assertThat(initInv.verdict()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(initInv.violatedProperty()).contains("Small");
    Counterexample trace = initInv.counterexample().orElseThrow();
    assertThat(trace.states()).hasSize(1);
    assertThat(trace.states().get(0).action().isInitial()).isTrue();
    assertThat(trace.states().get(0).variables()).containsEntry("x", integer(0)).containsEntry("log", seq());
  }

  @Test
  void livenessLassoEndsBackAtAnEarlierState() {
    TlcOutput live = sample("tlc-samples/out-live.txt");

    assertThat(live.verdict()).isEqualTo(Verdict.TEMPORAL_PROPERTY_VIOLATED);
    assertThat(live.violatedProperty()).isEmpty();
    Counterexample lasso = live.counterexample().orElseThrow();
    assertThat(lasso.states()).hasSize(3);
    assertThat(lasso.isLasso()).isTrue();
    assertThat(lasso.end()).isEqualTo(new TraceEnd.BackToState(1,
        new TraceAction("A", Optional.of(new SourceLocation("Live", 5, 6, 5, 36)))));
    assertThat(live.warnings()).singleElement().asString().contains("UseParallelGC");
  }

  @Test
  void stutteringCounterexampleOfAOneVariableSpecKeepsPrintOutput() {
    TlcOutput stut = sample("tlc-samples/out-stut.txt");

    assertThat(stut.verdict()).isEqualTo(Verdict.TEMPORAL_PROPERTY_VIOLATED);
    Counterexample trace = stut.counterexample().orElseThrow();
    assertThat(trace.end()).isEqualTo(new TraceEnd.Stuttering(4));
    assertThat(trace.states()).extracting(s -> s.get("x")).containsExactly(integer(0), integer(1), integer(2));
    assertThat(trace.states().get(1).action().name()).isEqualTo("Next");
    assertThat(stut.printed()).containsExactly("<<\"step\", 0>>", "<<\"step\", 1>>", "<<\"step\", 0>>",
        "<<\"step\", 1>>");
  }

  @Test
  void everyValueFormOfAStateIsRead() {
    TlcOutput vals = sample("tlc-samples/out-vals.txt");

    TraceState second = vals.counterexample().orElseThrow().last();
    assertThat(second.variables().keySet()).containsExactly("fn", "sq", "st", "mv", "rec", "b", "s");
    assertThat(second.get("fn")).isEqualTo(TlaValue.function(Map.of(modelValue("p1"), integer(1),
        modelValue("p2"), integer(0))));
    assertThat(second.get("sq")).isEqualTo(seq(record("x", integer(0))));
    assertThat(second.get("st")).isEqualTo(set(integer(0)));
    assertThat(second.get("mv")).isEqualTo(modelValue("p1"));
    assertThat(second.get("rec")).isEqualTo(record("n", integer(1), "pc", string("run")));
    assertThat(second.get("b")).isEqualTo(TlaValue.bool(true));
    assertThat(second.get("s")).isEqualTo(string("a\"b"));
    assertThat(vals.violatedProperty()).contains("Inv");
  }

  @Test
  void parseErrorKeepsSanyTextAndLocatesTheError() {
    TlcOutput bad = sample("tlc-samples/out-bad.txt");

    assertThat(bad.verdict()).isEqualTo(Verdict.PARSE_ERROR);
    assertThat(bad.firstError().orElseThrow().message()).startsWith("Encountered \"====\" at line 6, column 1");
    assertThat(bad.firstError().orElseThrow().locations()).containsExactly(SourceLocation.point("Bad", 6, 1));
    assertThat(bad.errors()).extracting(TlcError::message)
        .contains("In module Bad: Could not parse module Bad from file Bad.tla",
            "Parsing or semantic analysis failed.");
    assertThat(bad.sanyOutput()).contains("***Parse Error***", "Residual stack trace follows:");
    assertThat(bad.printed()).isEmpty();
  }

  @Test
  void semanticErrorsAreEachLocated() {
    TlcOutput bad2 = sample("tlc-samples/out-bad2.txt");

    assertThat(bad2.verdict()).isEqualTo(Verdict.PARSE_ERROR);
    assertThat(bad2.errors()).filteredOn(e -> !e.locations().isEmpty())
        .extracting(TlcError::toString)
        .containsExactly("Bad2.tla:4:13: Unknown operator: `y'.", "Bad2.tla:5:14: Unknown operator: `Foo'.");
  }

  @Test
  void simulationViolationReadsLikeModelChecking() {
    TlcOutput sim = sample("tlc-samples/out-sim.txt");

    assertThat(sim.mode()).contains(new TlcMode(TlcMode.Kind.SIMULATION, 42, 1));
    assertThat(sim.verdict()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(sim.counterexample().orElseThrow().states()).hasSize(4);
    assertThat(sim.statistics().statesGenerated()).isEqualTo(16);
    assertThat(sim.statistics().distinctStates()).isEqualTo(-1);
  }

  @Test
  void simulationWithoutErrorIsNotAProofOfSuccess() {
    TlcOutput sim = sample("tlc-more/out-sim-ok.txt");

    assertThat(sim.verdict()).isEqualTo(Verdict.SIMULATION_NO_ERROR);
    assertThat(sim.verdict()).isNotEqualTo(Verdict.NO_ERROR);
  }

  @Test
  void deadlockTraceOfAOneVariableSpec() {
    TlcOutput dead = sample("tlc-more/out-deadlock.txt");

    assertThat(dead.verdict()).isEqualTo(Verdict.DEADLOCK);
    assertThat(dead.counterexample().orElseThrow().states()).extracting(s -> s.get("x"))
        .containsExactly(integer(0), integer(1), integer(2));
  }

  @Test
  void assertionFailureKeepsItsMessageAndTheLocationTlcAddsAfterTheTrace() {
    TlcOutput asrt = sample("tlc-more/out-assert.txt");

    assertThat(asrt.verdict()).isEqualTo(Verdict.ASSERTION_FAILED);
    assertThat(asrt.firstError().orElseThrow().message()).contains("\"x got too big\"");
    assertThat(asrt.errors().get(1).locations()).contains(new SourceLocation("Asrt", 5, 12, 5, 41));
    assertThat(asrt.counterexample().orElseThrow().states()).hasSize(3);
  }

  @Test
  void evaluationErrorComesFromAnExceptionExplainedByTheNestedExpressionMessage() {
    TlcOutput eval = sample("tlc-more/out-eval.txt");

    assertThat(eval.verdict()).isEqualTo(Verdict.EVALUATION_ERROR);
    assertThat(eval.firstError().orElseThrow().message()).contains("to integer 4 which is out of domain");
    assertThat(eval.errors().get(1).locations()).hasSize(4).first()
        .isEqualTo(new SourceLocation("Eval", 5, 9, 5, 35));
    assertThat(eval.counterexample().orElseThrow().states()).hasSize(2);
  }

  @Test
  void messagesNestedInsideAnotherAreReadAsPartOfIt() {
    TlcOutput overflow = sample("tlc-more/out-overflow.txt");

    assertThat(overflow.verdict()).isEqualTo(Verdict.EVALUATION_ERROR);
    assertThat(overflow.firstError().orElseThrow().message()).isEqualTo("Overflow when computing 2^62");
  }

  @Test
  void falseAssumptionIsLocated() {
    TlcOutput assume = sample("tlc-more/out-assume.txt");

    assertThat(assume.verdict()).isEqualTo(Verdict.ASSUMPTION_FALSE);
    assertThat(assume.firstError().orElseThrow().locations())
        .containsExactly(new SourceLocation("Assume", 4, 8, 4, 12));
  }

  @Test
  void actionPropertyViolationNamesTheProperty() {
    TlcOutput prop = sample("tlc-more/out-actionprop.txt");

    assertThat(prop.verdict()).isEqualTo(Verdict.ACTION_PROPERTY_VIOLATED);
    assertThat(prop.violatedProperty()).contains("Mono");
    assertThat(prop.counterexample().orElseThrow().states()).hasSize(4);
  }

  @Test
  void cfgErrorsAreConfigErrorsWhetherFramedAloneOrInsideAnException() {
    assertThat(sample("tlc-more/out-cfg-undefined.txt").verdict()).isEqualTo(Verdict.CONFIG_ERROR);
    assertThat(sample("tlc-more/out-cfg-missing.txt").verdict()).isEqualTo(Verdict.CONFIG_ERROR);
    TlcOutput syntax = sample("tlc-more/out-cfg-syntax.txt");
    assertThat(syntax.verdict()).isEqualTo(Verdict.CONFIG_ERROR);
    assertThat(syntax.firstError().orElseThrow().message())
        .contains("ConfigFileException", "at line 4", "It was expecting a keyword");
  }

  @Test
  void cfgErrorWithALineIsLocatedInTheCfgWhenItsNameIsKnown() {
    TlcOutputParser parser = new TlcOutputParser(Optional.of("MC.cfg"), message -> { });
    Resources.text("tlc-more/out-cfg-syntax.txt").lines().forEach(parser::accept);

    assertThat(parser.finish().errors()).anySatisfy(e ->
        assertThat(e.locations()).containsExactly(SourceLocation.point("MC.cfg", 4, 1)));
  }

  @Test
  void missingModuleIsAParseError() {
    TlcOutput missing = sample("tlc-more/out-nofile.txt");

    assertThat(missing.verdict()).isEqualTo(Verdict.PARSE_ERROR);
    assertThat(missing.errors()).extracting(TlcError::message)
        .contains("Unknown location: Cannot find source file for module NoSuch.");
  }

  @Test
  void shapesTlcNormalisesAreReadAsTheSameValues() {
    TraceState state = sample("tlc-more/out-shapes.txt").counterexample().orElseThrow().last();

    assertThat(state.get("iv")).isEqualTo(set(integer(1), integer(2), integer(3)));
    assertThat(state.get("efn")).isEqualTo(seq());
    assertThat(state.get("nfn")).isEqualTo(seq(integer(10), integer(20)));
    assertThat(state.get("sfn")).isEqualTo(record("a", integer(1), "b", integer(1)));
    assertThat(state.get("str")).isEqualTo(string("back\\slash\nnl\ttab"));
    assertThat(state.get("mvset")).isEqualTo(set(modelValue("p_1"), modelValue("q2")));
    assertThat(state.get("neg")).isEqualTo(integer(-7));
    assertThat(state.get("big")).isEqualTo(integer(Integer.MAX_VALUE));
  }

  @Test
  void valuesWrappedOverManyLinesAreRead() {
    TraceState wide = sample("tlc-more/out-wide.txt").counterexample().orElseThrow().last();
    TraceState one = sample("tlc-more/out-onevar.txt").counterexample().orElseThrow().last();

    assertThat(((TlaSeq) wide.get("w")).elements()).hasSize(30)
        .element(7).isEqualTo(record("name", string("router"), "prio", integer(8), "state", string("Standby"),
            "timers", seq(integer(8), integer(9), integer(10))));
    assertThat(((TlaSeq) wide.get("v")).elements()).hasSize(40);
    assertThat(one.variables().keySet()).containsExactly("w");
    assertThat(((TlaSeq) one.get("w")).elements()).hasSize(30);
  }

  @Test
  void distributedViolationHasNoVerdictOnlyATrace() {
    TlcOutput dist = sample("tlc-samples/dist-server-violation.out");

    assertThat(dist.verdict()).isEqualTo(Verdict.NO_VERDICT);
    assertThat(dist.counterexample()).isPresent();
    assertThat(dist.printed()).containsExactly("TLC2 TLC Server Version 2.18 of 20 March 2023");
  }

  @Test
  void distributedSuccessCountsTheSameStatesAsALocalRun() {
    TlcOutput dist = sample("tlc-samples/dist-server-ok.out");

    assertThat(dist.verdict()).isEqualTo(Verdict.NO_ERROR);
    assertThat(dist.statistics().distinctStates()).isEqualTo(65_641);
    assertThat(dist.statistics().elapsed()).contains(Duration.ofSeconds(5));
    assertThat(dist.skipped()).extracting(SkippedMessage::code).contains(7000, 7001, 7003);
  }

  @Test
  void everyMessageIsEitherUsedOrKeptWithItsCode() {
    for (String name : List.of("tlc-samples/out-ok.txt", "tlc-samples/out-live.txt", "tlc-samples/out-stut.txt",
        "tlc-more/out-cfg-syntax.txt")) {
      TlcOutput output = sample(name);
      assertThat(output.skipped()).as(name)
          .allSatisfy(s -> assertThat(s.reason()).isEqualTo(SkippedMessage.INFORMATIONAL));
    }
    assertThat(sample("tlc-samples/out-live.txt").skipped()).extracting(SkippedMessage::code)
        .containsExactly(2185, 2212, 2189, 2192, 2267);
  }
}
