package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each design mistake of PRIMER section 5, run as a lab variant: random sequences find it and shrink it small. */
class DesignMistakeVariantsTest {

  static final long SEED = 1;
  static final int AT_MOST_ACTIONS = 10;

  static List<LabVariant> mistakes() {
    return LabVariant.designMistakes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachDesignMistakeIsCaughtAndShrunkToAtMostTenActions(LabVariant mistake) {
    PropertyCheck.Result result = PropertyCheck.of(mistake, 1000, SEED).targeting(mistake.expected()).run();
    Counterexample counterexample = result.counterexample();
    assertThat(counterexample).as(mistake.name() + " not caught in 1000 sequences").isNotNull();
    assertThat(counterexample.violated()).isEqualTo(mistake.expected());
    assertThat(counterexample.actions()).hasSizeLessThanOrEqualTo(AT_MOST_ACTIONS);
    assertThat(counterexample.shrunkFrom()).isBetween(counterexample.actions().size(), PropertyCheck.DEFAULT_LENGTH);
    SequenceRun.Outcome replayed = counterexample.replay(SequenceRun.Listener.NONE);
    assertThat(replayed.failure().check()).as(String.join("\n", CounterexampleReport.lines(counterexample)))
        .isEqualTo(mistake.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeVariantIsTheSeedLabWithOneChange(LabVariant mistake) {
    assertThat(Sequences.variant(mistake.name())).isNotEqualTo(Sequences.SEED);
    assertThat(Sequences.variant(mistake.name()).routerNames()).isEqualTo(Sequences.SEED.routerNames());
  }
}
