package io.havpn.bridge.tlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.havpn.bridge.Resources;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Distributed TLC inside a loopback-only network namespace (needs root; skipped, saying why, without it). */
@Timeout(90)
class TlcDistributedRunnerTest {

  private static final TlcOptions OPTIONS = TlcOptions.defaults().withTimeout(Duration.ofSeconds(60));

  /** Grid with N = 20 (8,421 states): big enough to share out, small enough for a unit test. */
  private static TlcSpec grid() {
    return TlcSpec.fromClasspath("tlc-samples", "Grid")
        .withConfig("GridCi.cfg", "CONSTANT N = 20\nSPECIFICATION Spec\nINVARIANT TypeOK\nCHECK_DEADLOCK FALSE\n");
  }

  @Test
  void twoWorkersInALoopbackNamespaceFindTheSameStatesAsALocalRun(@TempDir Path dir) throws Exception {
    assumeNamespaces(dir);

    TlcDistributedRunner.Run distributed = new TlcDistributedRunner().run(grid(), OPTIONS.withWorkers(2));
    TlcResult local = new TlcRunner().run(grid(), OPTIONS.withWorkers(2));

    TlcResult server = distributed.result();
    assertThat(server.passed()).as(server.summary() + "\nworkers: " + distributed.workerOutput()).isTrue();
    assertThat(local.passed()).as(local.summary()).isTrue();
    assertThat(server.output().statistics().distinctStates())
        .isEqualTo(local.output().statistics().distinctStates())
        .isEqualTo(8_421);
    assertThat(server.output().skipped()).extracting(SkippedMessage::code).contains(7000, 7001);
    assertThat(distributed.workerOutput()).hasSize(2);
  }

  @Test
  void theNamespaceHasOnlyTheLoopbackInterface(@TempDir Path dir) throws Exception {
    assumeNamespaces(dir);
    List<String> links = new ArrayList<>();

    try (LoopbackNamespace namespace = LoopbackNamespace.create(Duration.ofSeconds(10), dir)) {
      List<String> command = new ArrayList<>(namespace.prefix());
      command.addAll(List.of("ip", "-o", "link"));
      try (ForkedProcess ip = ForkedProcess.start(command, dir, links::add)) {
        assertThat(ip.awaitExit(Instant.now().plusSeconds(10))).isEqualTo(OptionalInt.of(0));
      }
    }

    assertThat(links).singleElement().asString().contains(": lo:", "UP");
  }

  @Test
  void serverOutputWithoutSuccessIsAFailureWithoutItsTruncatedTrace() {
    TlcOutput violation = TlcOutput.parse(Resources.text("tlc-samples/dist-server-violation.out"));
    TlcResult exitedZero = TlcResult.exited(0, violation, Duration.ofSeconds(6), List.of("TLCServer"));

    TlcResult judged = TlcDistributedRunner.trustOnlySuccess(exitedZero);

    assertThat(judged.passed()).isFalse();
    assertThat(judged.counterexample()).isEmpty();
    assertThat(judged.problem()).get().asString().contains("without reporting success (2193)", "re-run with TlcRunner");
  }

  @Test
  void serverSuccessIsTrusted() {
    TlcOutput ok = TlcOutput.parse(Resources.text("tlc-samples/dist-server-ok.out"));

    TlcResult judged = TlcDistributedRunner.trustOnlySuccess(TlcResult.exited(0, ok, Duration.ofSeconds(5),
        List.of("TLCServer")));

    assertThat(judged.passed()).isTrue();
    assertThat(judged.output().statistics().distinctStates()).isEqualTo(65_641);
  }

  private static void assumeNamespaces(Path dir) throws InterruptedException {
    try (LoopbackNamespace namespace = LoopbackNamespace.create(Duration.ofSeconds(5), dir)) {
      assertThat(namespace.prefix()).isNotEmpty();
    } catch (IOException e) {
      assumeTrue(false, e.getMessage());
    }
  }
}
