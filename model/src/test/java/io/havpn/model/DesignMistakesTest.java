package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.RunResult;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each design mistake of PRIMER section 5 makes its property fail in a scripted scenario, while the correct lab passes
 * the same scenario. (The model mistake "no Resign on g" shows against the document's log instead: see the CLI's
 * DocumentStoryTest, since in a two-router group the Resign changes nothing but that log line.)
 */
class DesignMistakesTest {

  /** The scenario that shows each mistake: the fault its design gets wrong. */
  private static final Map<DesignMistake, String> SCENARIOS = Map.of(
      DesignMistake.TRACK_DECREMENT_TOO_SMALL, Labs.PRIMARY_INSIDE_FAILS,
      DesignMistake.PREEMPT_MISSING, Labs.PRIMARY_INSIDE_FAILS,
      DesignMistake.REDUNDANCY_NAME_MISMATCH, Labs.PRIMARY_FAILS,
      DesignMistake.PEER_REAL_ADDRESS, Labs.PRIMARY_FAILS,
      DesignMistake.NO_KEEPALIVE, Labs.PRIMARY_FAILS,
      DesignMistake.RRI_MISSING, Labs.PRIMARY_FAILS,
      DesignMistake.STATIC_NOT_REDISTRIBUTED, Labs.PRIMARY_FAILS,
      DesignMistake.SPEAK_C_BEFORE_D, Labs.PRIMARY_BOOTS_ALONE);

  record Mistake(DesignMistake mistake, String scenario) {
    @Override
    public String toString() {
      return mistake.description();
    }
  }

  static Stream<Mistake> mistakes() {
    return SCENARIOS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new Mistake(e.getKey(), e.getValue()));
  }

  @Test
  void everyMistakeRevealedByAPropertyHasAScenario() {
    assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(DesignMistake.values()).filter(m -> m.property() != null).toList());
  }

  @Test
  void withoutKeepaliveNoOutageIsEverBounded() {
    RunResult run = Labs.run(DesignMistake.NO_KEEPALIVE.apply(Labs.seed()), Labs.PRIMARY_FAILS);
    assertThat(run.verdicts().get(Property.FAILOVER_BOUND).holds()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void designMistakeViolatesItsProperty(Mistake mistake) {
    RunResult wrong = Labs.run(mistake.mistake().apply(Labs.seed()), mistake.scenario());
    RunResult.Verdict verdict = wrong.verdicts().get(mistake.mistake().property());
    assertThat(verdict.holds()).as(verdict.detail()).isFalse();
    assertThat(verdict.time()).isGreaterThanOrEqualTo(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void correctLabPassesTheSameScenario(Mistake mistake) {
    RunResult correct = Labs.run(Labs.seed(), mistake.scenario());
    assertThat(correct.verdicts().values()).allSatisfy(v -> assertThat(v.holds()).as(v.toString()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lateDetections")
  void mistakesThatOnlyShowAfterAFailoverHoldBeforeIt(Mistake mistake) {
    Lab wrong = mistake.mistake().apply(Labs.seed());
    RunResult run = Labs.run(wrong, mistake.scenario());
    VpnHaModel model = new VpnHaModel(wrong);
    SystemState beforeFailover = run.steps().stream().filter(s -> s.time() == 59).reduce((a, b) -> b).orElseThrow()
        .state();
    assertThat(mistake.mistake().property().holds(model, beforeFailover)).isTrue();
  }

  static Stream<Arguments> lateDetections() {
    return mistakes().filter(m -> Set.of(DesignMistake.RRI_MISSING, DesignMistake.STATIC_NOT_REDISTRIBUTED,
        DesignMistake.PREEMPT_MISSING, DesignMistake.TRACK_DECREMENT_TOO_SMALL).contains(m.mistake()))
        .map(Arguments::of);
  }

}
