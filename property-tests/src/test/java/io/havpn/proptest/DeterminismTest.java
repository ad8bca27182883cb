package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpTable;
import org.junit.jupiter.api.Test;

/** Every random choice comes from the printed seed: the same seed gives the same sequences and counterexample. */
class DeterminismTest {

  static final LabVariant PREEMPT_MISSING = LabVariant.named("preempt-missing");

  @Test
  void rerunningWithThePrintedSeedGivesTheIdenticalFailingSequence() {
    Counterexample first = PropertyCheck.of(PREEMPT_MISSING, 500, 77).run().counterexample();
    Counterexample again = PropertyCheck.of(PREEMPT_MISSING, 500, 77).run().counterexample();
    assertThat(first).isNotNull().isEqualTo(again);
  }

  @Test
  void theReproductionLinesSeedRegeneratesTheCounterexampleAlone() {
    Counterexample found = PropertyCheck.of(PREEMPT_MISSING, 500, 77).run().counterexample();
    assertThat(found.reproduce()).isEqualTo("havpn fuzz --lab preempt-missing --seed " + found.seed() + " --runs 1");
    Counterexample alone = PropertyCheck.of(PREEMPT_MISSING, 1, found.seed()).run().counterexample();
    assertThat(alone).isEqualTo(found);
  }

  @Test
  void theSameSeedGivesTheSameStatistics() {
    LabVariant valid = LabVariant.named(LabVariant.VALID);
    RunStatistics first = PropertyCheck.of(valid, 100, 5).keepingGoing().run().statistics();
    RunStatistics again = PropertyCheck.of(valid, 100, 5).keepingGoing().run().statistics();
    assertThat(first.summary(HsrpTable.ios())).isEqualTo(again.summary(HsrpTable.ios()));
    assertThat(first.steps()).isPositive();
  }

  @Test
  void differentSeedsGiveDifferentSequences() {
    LabVariant seed = LabVariant.named(LabVariant.SEED);
    PropertyCheck check = PropertyCheck.of(seed, 1, 0);
    assertThat(check.generate(1, new RunStatistics()).stimuli())
        .isNotEqualTo(check.generate(2, new RunStatistics()).stimuli());
  }

  @Test
  void sequenceZeroHasTheRunsSeedAndSeedsAreNonNegative() {
    assertThat(PropertyCheck.sequenceSeed(123, 0)).isEqualTo(123);
    for (int i = 0; i < 100; i++) {
      assertThat(PropertyCheck.sequenceSeed(-5, i)).isNotNegative();
    }
  }
}
