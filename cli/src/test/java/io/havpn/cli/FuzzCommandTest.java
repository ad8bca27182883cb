package io.havpn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.itf.ItfReader;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.SeedLab;
import io.havpn.proptest.Counterexample;
import io.havpn.proptest.LabVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzCommandTest {

  @TempDir
  Path dir;

  record Outcome(int exit, String out, String err) {
    /** The counterexample's steps, as printed. */
    List<String> steps() {
      return out.lines().filter(l -> l.matches(" +\\d+\\. +\\d+ s  .*")).toList();
    }

    /** The arguments of the printed reproduction line, after "havpn". */
    String[] reproduction() {
      Matcher m = Pattern.compile("(?m)^reproduce: havpn (.*)$").matcher(out);
      assertThat(m.find()).as(out).isTrue();
      return m.group(1).split(" ");
    }
  }

  static Outcome havpn(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  static Outcome fuzz(String... args) {
    List<String> all = new ArrayList<>(List.of("fuzz", "--no-progress"));
    all.addAll(List.of(args));
    return havpn(all.toArray(String[]::new));
  }

  @Test
  void aDesignMistakeIsFoundShrunkAndExitsOne() {
    Outcome run = fuzz("--lab", "rri-missing", "--runs", "200", "--seed", "1");
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains("havpn fuzz: 200 sequences of 50 actions on lab rri-missing", "seed 1",
        "verdict: TunnelRestored violated", "RFC table cells", "failovers", "dual-Active", "sequences/min");
    assertThat(run.steps()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void thePrintedReproductionGivesTheIdenticalCounterexample() {
    Outcome first = fuzz("--lab", "preempt-missing", "--runs", "300", "--seed", "4");
    Outcome again = havpn(withNoProgress(first.reproduction()));
    assertThat(again.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(again.steps()).isNotEmpty().isEqualTo(first.steps());
  }

  @Test
  void modelOptionsGoIntoTheReproductionLine() {
    Outcome run = fuzz("--lab", "seed", "--rfc-displacement", "--min-interface-delay", "1", "--runs", "300",
        "--seed", "1");
    assertThat(run.out()).contains("verdict: DisplacedActiveResigns violated");
    assertThat(String.join(" ", run.reproduction())).endsWith("--runs 1 --rfc-displacement --min-interface-delay 1");
  }

  @Test
  void saveWritesTheCounterexampleAndReplayPlaysItBack() throws IOException {
    Path file = dir.resolve("found.json");
    Outcome found = fuzz("--lab", "no-resign-on-g", "--runs", "300", "--seed", "1", "--save", file.toString());
    assertThat(Counterexample.load(file).violated()).isEqualTo("DisplacedActiveResigns");
    Outcome replayed = fuzz("--replay", file.toString());
    assertThat(replayed.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(replayed.steps()).isEqualTo(found.steps());
  }

  @Test
  void traceWritesEveryModelStepAsAnItfTraceCarryingItsLab() throws IOException {
    Path trace = dir.resolve("found.itf.json");
    fuzz("--lab", "no-resign-on-g", "--runs", "300", "--seed", "1", "--trace", trace.toString());
    ItfTrace itf = ItfReader.read(Files.readString(trace));
    assertThat(itf.meta().get("source").toString()).contains("no-resign-on-g", "DisplacedActiveResigns");
    assertThat(TraceFiles.lab(itf)).contains(DesignMistake.NO_RESIGN_ON_G.apply(SeedLab.lab()));
    assertThat(itf.states()).hasSizeGreaterThan(10);
    assertThat(itf.states().subList(1, itf.states().size())).allMatch(s -> s.meta().containsKey("action"));
  }

  @Test
  void aRunWhereEveryPropertyHoldsExitsZero() {
    Outcome run = fuzz("--lab", "seed", "--runs", "50", "--seed", "1");
    assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("verdict: every property held on 50 sequences");
  }

  @Test
  void huntingOneCheckSkipsSequencesThatFailAnother() {
    Outcome run = fuzz("--lab", "redundancy-name-mismatch", "--runs", "20", "--seed", "1", "--property",
        "SingleActive");
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains("failed            20 of 20 sequences", "no violation of SingleActive");
  }

  @Test
  void keepGoingCountsEveryFailingSequence() {
    Outcome run = fuzz("--lab", "speak-c-before-d", "--runs", "30", "--seed", "1", "--keep-going");
    assertThat(run.out()).containsPattern("failed +\\d+ of 30 sequences").contains("verdict: SingleActive violated");
  }

  @Test
  void theProgressBarGoesToStderr() {
    Outcome run = havpn("fuzz", "--lab", "seed", "--runs", "20", "--seed", "1");
    assertThat(run.err()).contains("fuzz").contains("20/20");
    assertThat(run.out()).doesNotContain("20/20");
  }

  @Test
  void helpListsEveryLab() {
    Outcome help = havpn("fuzz", "--help");
    assertThat(help.exit()).isZero();
    for (LabVariant variant : LabVariant.all()) {
      assertThat(help.out()).containsPattern("(?m)^  " + Pattern.quote(variant.name()) + " ");
    }
    assertThat(havpn("--help").out()).contains("fuzz");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--runs 1 --lab nope | unknown lab 'nope' (expected one of valid, seed, random",
      "--runs 0 | --runs must be at least 1",
      "--runs 1 --property Nope | unknown check 'Nope'",
      "--replay /no/such/file.json | no such counterexample file",
      "--runs 1 --min-interface-delay -1 | --min-interface-delay must not be negative"})
  void badInputSaysWhatAndExitsTwo(String arguments, String message) {
    Outcome run = fuzz(arguments.trim().split(" "));
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(message);
  }

  @Test
  void aFileThatIsNotACounterexampleExitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"something/2\"}");
    Outcome run = fuzz("--replay", file.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("bad.json: line 1", "not a counterexample of format havpn-counterexample/1");
  }

  private static String[] withNoProgress(String[] reproduction) {
    List<String> args = new ArrayList<>(List.of(reproduction));
    args.add("--no-progress");
    return args.toArray(String[]::new);
  }
}
