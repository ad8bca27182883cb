package io.havpn.proptest;

import static io.havpn.proptest.Sequences.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.VpnHaModel;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.hsrp.HsrpTable;
import org.junit.jupiter.api.Test;

class RunStatisticsTest {

  private static RunStatistics record(String... lines) {
    RunStatistics statistics = new RunStatistics();
    RunStatistics.Recorder recorder = statistics.recorder(SEED);
    SequenceRun.replay(new VpnHaModel(SEED), Sequences.of(SEED, lines), Sequences.SCHEDULE, recorder);
    recorder.finish();
    return statistics;
  }

  @Test
  void cellsCountOnlyWhatTheModelApplied() {
    RunStatistics failover = record(SequenceRunTest.DOCUMENT_FAILOVER);
    assertThat(failover.cellApplications(HsrpState.STANDBY, HsrpEvent.C_ACTIVE_TIMER_EXPIRED)).isPositive();
    assertThat(failover.cellApplications(HsrpState.ACTIVE, HsrpEvent.B_HSRP_DISABLED)).isEqualTo(1);
    assertThat(failover.cellApplications(HsrpState.LEARN, HsrpEvent.G_HELLO_HIGHER_PRI_ACTIVE)).isZero();
    RunStatistics.Coverage coverage = failover.coverage(HsrpTable.ios());
    assertThat(coverage.exercised() + coverage.missing().size()).isEqualTo(coverage.total());
    assertThat(coverage.complete()).isFalse();
  }

  @Test
  void aPartitionOfTheConvergedLabIsOneDualActiveEpisode() {
    RunStatistics partition = record("Wait " + SequenceRunTest.CONVERGED, "Partition", "Wait 20");
    assertThat(partition.dualActiveEpisodes()).isEqualTo(1);
    assertThat(partition.longestDualActive()).isPositive().isLessThan(20);
    assertThat(record(SequenceRunTest.DOCUMENT_FAILOVER).dualActiveEpisodes()).isZero();
  }

  @Test
  void theDocumentsFailoverIsOneOutageWithinTheBound() {
    RunStatistics failover = record(SequenceRunTest.DOCUMENT_FAILOVER);
    assertThat(failover.failoverDurations()).singleElement()
        .satisfies(seconds -> assertThat(seconds).isBetween(1, io.havpn.model.Property.failoverBound(SEED)));
    assertThat(failover.summary(HsrpTable.ios())).anyMatch(line -> line.startsWith("failovers") && line.contains("1 outages"));
  }

  @Test
  void simulatedSecondsRunToTheEndOfTheSuffix() {
    SequenceRun.Outcome outcome = Sequences.play(SEED, SequenceRunTest.DOCUMENT_FAILOVER);
    assertThat(record(SequenceRunTest.DOCUMENT_FAILOVER).simulatedSeconds())
        .isEqualTo(outcome.judgedFrom() + io.havpn.model.Property.failoverBound(SEED));
  }

  @Test
  void statesEnteredAndRoleCombinationsAreCounted() {
    RunStatistics failover = record(SequenceRunTest.DOCUMENT_FAILOVER);
    assertThat(failover.statesEntered(HsrpState.ACTIVE)).isEqualTo(2); // VXR-1 at boot, VXR-2 on failover
    assertThat(failover.statesEntered(HsrpState.LEARN)).isZero();
    assertThat(failover.roleCombinations()).isGreaterThan(3);
  }
}
