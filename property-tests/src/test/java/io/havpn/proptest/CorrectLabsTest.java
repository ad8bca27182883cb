package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpTable;
import org.junit.jupiter.api.Test;

/**
 * Valid labs under random sequences: every property must hold. The counts come from system properties so that
 * longer runs go behind the Maven profile {@code long} (see the README); the defaults keep
 * {@code ./mvnw verify} within seconds.
 */
class CorrectLabsTest {

  static final int SEED_LAB_SEQUENCES = Integer.getInteger("havpn.proptest.seedLabSequences", 10_000);
  static final int RANDOM_LAB_SEQUENCES = Integer.getInteger("havpn.proptest.randomLabSequences", 1_000);
  static final int DEFAULT_RUN_SEQUENCES = Integer.getInteger("havpn.proptest.defaultRunSequences", 1_000);
  static final long SEED = Long.getLong("havpn.proptest.seed", 20_250_101);

  @Test
  void theSeedLabPassesTenThousandSequencesOfFifty() {
    assertEveryPropertyHolds(PropertyCheck.of(LabVariant.named(LabVariant.SEED), SEED_LAB_SEQUENCES, SEED));
  }

  @Test
  void randomValidLabsPassEveryProperty() {
    assertEveryPropertyHolds(PropertyCheck.of(LabVariant.named(LabVariant.RANDOM), RANDOM_LAB_SEQUENCES, SEED));
  }

  /** The coverage gate: the default run applies every non-empty cell of the RFC 2281 table (IOS variant). */
  @Test
  void theDefaultRunExercisesEveryRfcTableCell() {
    PropertyCheck.Result result = assertEveryPropertyHolds(
        PropertyCheck.of(LabVariant.named(LabVariant.VALID), DEFAULT_RUN_SEQUENCES, SEED));
    RunStatistics.Coverage coverage = result.statistics().coverage(HsrpTable.ios());
    assertThat(coverage.missing()).as(String.join("\n", result.statistics().summary(HsrpTable.ios()))).isEmpty();
    assertThat(coverage.exercised()).isEqualTo(HsrpTable.ios().entries().size());
  }

  private static PropertyCheck.Result assertEveryPropertyHolds(PropertyCheck check) {
    PropertyCheck.Result result = check.run();
    assertThat(result.counterexample())
        .as(() -> String.join("\n", CounterexampleReport.lines(result.counterexample())))
        .isNull();
    assertThat(result.sequencesRun()).isEqualTo(check.sequences());
    return result;
  }
}
