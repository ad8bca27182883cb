package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.tlc.TlcDistributedRunner;
import io.havpn.bridge.tlc.TlcInstallation;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.model.Property;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LabModelCheckTest {

  private static final TlcOptions OPTIONS = TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(3));
  private static final LabModelCheck.Runner LOCAL = LabModelCheck.local(new TlcRunner(), p -> { });

  private static LabModelCheck.Report check(Lab lab, LabModelCheck.Runner runner) {
    return LabModelCheck.check(LabModule.bounded(lab, 0, 1), LabModule.SAFETY, LabCheck.specText(), OPTIONS, runner);
  }

  /**
   * The CI size of the document's lab: every safety and eventual property holds, and FailoverBound on the lab with its
   * failover clock (two TLC runs, a few minutes).
   */
  @Test
  void everyPropertyOfTheCorrectLabHoldsAtTheCiSize() {
    LabModule.Size ci = LabModule.size("ci");
    LabModelCheck.Report report = LabModelCheck.check(LabModule.bounded(SeedLab.lab(), ci.maxFaults(), ci.maxLosses()),
        LabModule.CHECKED, LabCheck.specModules(),
        TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(20)), LOCAL);
    assertThat(report.failure()).isEmpty();
    assertThat(report.verdicts()).hasSize(LabModule.CHECKED.size())
        .allSatisfy(v -> assertThat(v.status()).as(v.property().id()).isEqualTo(LabModelCheck.Status.HOLDS));
    assertThat(report.runs()).hasSize(2);
    assertThat(report.runs().get(0).output().statistics().distinctStates()).isEqualTo(151_415);
    // the clock observes VpnHa without constraining it: more states, never fewer
    assertThat(report.runs().get(1).output().statistics().distinctStates()).isGreaterThan(151_415);
  }

  /** The issue's own size, two faults and one Hello, keepalive or ESP loss: the safety invariants (see README). */
  @Tag("long")
  @Test
  void everySafetyPropertyOfTheCorrectLabHoldsAtTheFullSize() {
    LabModule.Size full = LabModule.size("full");
    LabModelCheck.Report report = LabModelCheck.check(
        LabModule.bounded(SeedLab.lab(), full.maxFaults(), full.maxLosses()), LabModule.SAFETY,
        LabCheck.specModules(), TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofHours(3)), LOCAL);
    assertThat(report.failure()).isEmpty();
    assertThat(report.verdicts()).hasSize(LabModule.SAFETY.size())
        .allSatisfy(v -> assertThat(v.status()).as(v.property().id()).isEqualTo(LabModelCheck.Status.HOLDS));
  }

  @Test
  void everyPropertyGetsAVerdictEvenAfterOneIsViolated() {
    LabModelCheck.Report report = check(DesignMistake.PEER_REAL_ADDRESS.apply(SeedLab.lab()), LOCAL);
    assertThat(report.verdicts()).hasSize(LabModule.SAFETY.size()).allSatisfy(v -> assertThat(v.status())
        .isEqualTo(v.property() == Property.REMOTE_PEERS_WITH_VIP ? LabModelCheck.Status.VIOLATED
            : LabModelCheck.Status.HOLDS));
    assertThat(report.runs()).hasSize(2);
    assertThat(report.verdicts()).filteredOn(v -> v.status() == LabModelCheck.Status.VIOLATED)
        .singleElement().satisfies(v -> assertThat(v.counterexample()).isPresent());
  }

  @Test
  void aBrokenSpecIsATlcFailureWithItsMessage() {
    String broken = LabCheck.specText().replace("Tick == ~Urgent", "Tick == ~Urgent /\\\\");
    LabModelCheck.Report report = LabModelCheck.check(LabModule.bounded(SeedLab.lab(), 0, 0), LabModule.SAFETY,
        broken, OPTIONS, LOCAL);
    assertThat(report.failure()).isPresent();
    assertThat(report.verdicts()).allSatisfy(v -> assertThat(v.status()).isEqualTo(LabModelCheck.Status.NOT_JUDGED));
  }

  /** TLC's distributed mode on loopback only (a network namespace), two local workers. */
  @Test
  void distributedTlcFindsAsManyStatesAsLocalTlc() {
    Assumptions.assumeTrue(namespacesAvailable(), "unshare -n needs root here");
    TlcDistributedRunner distributed = new TlcDistributedRunner(TlcInstallation.detect(),
        TlcDistributedRunner.Isolation.LOOPBACK_NAMESPACE);
    LabModelCheck.Report remote = check(SeedLab.lab(), LabModelCheck.distributed(distributed, (s, o) -> {
      throw new AssertionError("a clean distributed success needs no local re-check");
    }));
    LabModelCheck.Report local = check(SeedLab.lab(), LOCAL);
    assertThat(remote.allHold()).isTrue();
    assertThat(remote.distinctStates()).isEqualTo(local.distinctStates()).isPositive();
  }

  /** Distributed TLC hides violations; the check still reports one, with the trace of a local re-check. */
  @Test
  void aViolationInDistributedModeIsReportedWithATrace() {
    Assumptions.assumeTrue(namespacesAvailable(), "unshare -n needs root here");
    TlcDistributedRunner distributed = new TlcDistributedRunner(TlcInstallation.detect(),
        TlcDistributedRunner.Isolation.LOOPBACK_NAMESPACE);
    LabModelCheck.Report report =
        check(DesignMistake.REDUNDANCY_NAME_MISMATCH.apply(SeedLab.lab()), LabModelCheck.distributed(distributed, LOCAL));
    assertThat(report.verdicts()).filteredOn(v -> v.property() == Property.ROUTE_ONLY_ON_ACTIVE).singleElement()
        .satisfies(v -> {
          assertThat(v.status()).isEqualTo(LabModelCheck.Status.VIOLATED);
          assertThat(v.counterexample()).isPresent();
        });
  }

  /** Distributed TLC must run in a loopback-only network namespace, which needs root and util-linux here. */
  private static boolean namespacesAvailable() {
    try {
      return new ProcessBuilder("unshare", "-n", "true").start().waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
