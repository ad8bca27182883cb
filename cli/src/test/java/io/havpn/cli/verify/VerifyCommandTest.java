package io.havpn.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.cli.ExitCode;
import io.havpn.cli.Main;
import io.havpn.proptest.Counterexample;
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

/** havpn verify without TLC (the browser test runs it whole): exit codes, outputs, honesty about what did not run. */
class VerifyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  record Outcome(int exit, String out, String err) {}

  static Outcome havpn(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void configFilesAreRefusedWhileThisBuildCannotImportThem() {
    Outcome run = havpn("verify", "examples/seed-lab/configs/7204VXR-1.cfg", "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("config import is not available in this build")
        .contains("examples/seed-lab/configs/7204VXR-1.cfg");
  }

  @Test
  void badOptionsExitTwo() {
    assertThat(havpn("verify", "--skip", "lint", "--out", dir.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("verify", "--mistake", "no-such-mistake", "--out", dir.toString()).exit())
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("verify", "--runs", "0", "--out", dir.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("verify", "--tlc-properties", "some", "--out", dir.toString()).exit())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void theSeedLabHoldsAndWhatDidNotRunIsSaidNeverPassed() throws IOException {
    Outcome run = havpn("verify", "--skip", "tlc", "--runs", "300", "--no-progress", "--out", dir.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("verdict: every property holds")
        .containsPattern("lint +not run +0\\.0s +not run: not available in this build")
        .containsPattern("TunnelRestored +not run +not run +holds +not run +holds");
    JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
    assertThat(results.get("outcome").asText()).isEqualTo("ALL_HOLD");
    assertThat(results.get("checks")).hasSize(9);
    for (JsonNode check : results.get("checks")) {
      JsonNode verdicts = check.get("verdicts");
      assertThat(verdicts.get("alloy").get("status").asText()).isEqualTo("NOT_RUN");
      assertThat(verdicts.get("tlc").get("status").asText()).isEqualTo("NOT_RUN");
      assertThat(verdicts.get("log-replay").get("status").asText()).isEqualTo("NOT_RUN");
      assertThat(verdicts.get("property-tests").get("status").asText()).isEqualTo("HOLDS");
      String simulation = verdicts.get("simulation").get("status").asText();
      assertThat(simulation).isEqualTo(check.get("id").asText().equals("DisplacedActiveResigns") ? "NOT_CHECKED"
          : "HOLDS");
    }
    // CI lists each property x technique as a test: none that did not run counts as passed
    String junit = Files.readString(dir.resolve("junit.xml"));
    assertThat(count(junit, "<testcase ")).isEqualTo(45);
    assertThat(junit).contains("<testsuites name=\"havpn verify seed-lab\" tests=\"45\" failures=\"0\" errors=\"0\" "
        + "skipped=\"28\">");
    assertThat(JSON.readTree(dir.resolve("lint.sarif").toFile()).get("runs")).isEmpty();
    assertThat(Files.readString(dir.resolve("summary.md"))).contains("✅ every property holds")
        .contains("| `TunnelRestored` | not run | not run | ✅ holds | not run | ✅ holds |");
    // the document's story is drawn even when nothing fails
    assertThat(Files.readString(dir.resolve("report.html"))).contains("id=\"cx-simulation-story\"")
        .contains("class=\"timeline\"");
  }

  @Test
  void aMistakeTheJavaTechniquesFindExitsOneWithTheirShrunkAndReplayableCounterexamples() throws IOException {
    Outcome run = havpn("verify", "--skip", "tlc", "--mistake", "peer-real-address", "--runs", "300",
        "--no-progress", "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains("verdict: a property is violated")
        .containsPattern("RemotePeersWithVip +not run +not run +VIOLATED +not run +VIOLATED");
    Path saved = dir.resolve("property-tests/RemotePeersWithVip.json");
    Counterexample counterexample = Counterexample.load(saved);
    assertThat(counterexample.violated()).isEqualTo("RemotePeersWithVip");
    assertThat(counterexample.replay(io.havpn.proptest.SequenceRun.Listener.NONE).failure().check())
        .isEqualTo("RemotePeersWithVip");
    JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
    assertThat(results.get("outcome").asText()).isEqualTo("VIOLATED");
    assertThat(results.get("exitCode").asInt()).isEqualTo(1);
    List<String> ids = new ArrayList<>();
    results.get("counterexamples").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).contains("property-tests-RemotePeersWithVip", "simulation-story");
    JsonNode timeline = results.get("counterexamples").get(ids.indexOf("property-tests-RemotePeersWithVip"))
        .get("timeline");
    JsonNode last = timeline.get("points").get(timeline.get("points").size() - 1);
    // the violation itself: the remote holds SAs with a router, through its real address
    assertThat(last.get("remote").get("saWith").asText()).isEqualTo("7204VXR-1");
    assertThat(Files.readString(dir.resolve("junit.xml")))
        .containsPattern("classname=\"havpn.property-tests\" name=\"RemotePeersWithVip\"[^>]*><failure");
  }

  @Test
  void aTlcRunThatTimesOutFailsItsStageExitsTwoAndTheReportSaysSo() throws IOException {
    Outcome run = havpn("verify", "--time-limit", "1", "--skip", "property-tests", "--no-progress", "--out",
        dir.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).containsPattern("tlc +FAILED").contains("stage tlc failed: ")
        .contains("verdict: a stage failed: the verdicts are incomplete")
        .containsPattern("SasOnlyOnActive +not run +not judged +not run +not run +holds");
    JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
    assertThat(results.get("outcome").asText()).isEqualTo("STAGE_FAILED");
    assertThat(results.get("exitCode").asInt()).isEqualTo(2);
    // a check TLC could not judge is an error for CI, not a pass and not a skip
    assertThat(Files.readString(dir.resolve("junit.xml")))
        .containsPattern("classname=\"havpn.tlc\" name=\"SasOnlyOnActive\"[^>]*><error");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("class=\"banner failed\"");
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
