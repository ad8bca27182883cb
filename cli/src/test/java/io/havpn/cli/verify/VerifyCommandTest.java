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
        .containsPattern("TunnelRestored +not run +not run +holds +not checked +holds")
        .containsPattern("SasOnlyOnActive +not run +not run +holds +holds +holds")
        .containsPattern("log-replay +done .* replayed: a behaviour of the model produces the 6 logs")
        .containsPattern("validate +done .* 2 trace\\(s\\), each a behaviour of the spec");
    JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
    assertThat(results.get("outcome").asText()).isEqualTo("ALL_HOLD");
    assertThat(results.get("checks")).hasSize(9);
    for (JsonNode check : results.get("checks")) {
      JsonNode verdicts = check.get("verdicts");
      assertThat(verdicts.get("alloy").get("status").asText()).isEqualTo("NOT_RUN");
      assertThat(verdicts.get("tlc").get("status").asText()).isEqualTo("NOT_RUN");
      // the lab's own logs replay: the safety properties are judged on the behaviour that produces them
      String id = check.get("id").asText();
      boolean safety = Checks.kind(id).equals("safety");
      assertThat(verdicts.get("log-replay").get("status").asText()).as(id)
          .isEqualTo(safety ? "HOLDS" : "NOT_CHECKED");
      assertThat(verdicts.get("property-tests").get("status").asText()).isEqualTo("HOLDS");
      String simulation = verdicts.get("simulation").get("status").asText();
      assertThat(simulation).isEqualTo(check.get("id").asText().equals("DisplacedActiveResigns") ? "NOT_CHECKED"
          : "HOLDS");
    }
    // CI lists each property x technique as a test: none that did not run counts as passed
    String junit = Files.readString(dir.resolve("junit.xml"));
    assertThat(count(junit, "<testcase ")).isEqualTo(45);
    assertThat(junit).contains("<testsuites name=\"havpn verify seed-lab\" tests=\"45\" failures=\"0\" errors=\"0\" "
        + "skipped=\"24\">");
    assertThat(JSON.readTree(dir.resolve("lint.sarif").toFile()).get("runs")).isEmpty();
    assertThat(Files.readString(dir.resolve("summary.md"))).contains("✅ every property holds")
        .contains("| `TunnelRestored` | not run | not run | ✅ holds | – not checked | ✅ holds |");
    // the document's story is drawn even when nothing fails
    String report = Files.readString(dir.resolve("report.html"));
    assertThat(report).contains("id=\"cx-simulation-story\"").contains("class=\"timeline\"");
    // the log replay alignment: a log line beside the model step that produces it
    assertThat(report.substring(report.indexOf("<section id=\"log-replay\">")))
        .contains("alignment: each log line beside the model step that produces it")
        .containsPattern("InterfaceDown\\(7204VXR-1, FastEthernet0/0\\) \\| examples/seed-lab/logs/"
            + "failover-7204VXR-1.log:3 \\[7204VXR-1\\] HSRP: Fa0/0 Interface down");
    // every behaviour the Java stages wrote is a behaviour of the spec, said beside its evidence
    assertThat(dir.resolve("log-replay/document-logs.itf.json")).exists();
    assertThat(dir.resolve("simulation/document.itf.json")).exists();
    assertThat(report).contains("Cross-check: validated by TLC: a behaviour of the spec");
  }

  @Test
  void aMistakeTheJavaTechniquesFindExitsOneWithTheirShrunkAndReplayableCounterexamples() throws IOException {
    Outcome run = havpn("verify", "--skip", "tlc", "--mistake", "peer-real-address", "--runs", "300",
        "--no-progress", "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains("verdict: a property is violated")
        .containsPattern("RemotePeersWithVip +not run +not run +VIOLATED +not judged +VIOLATED")
        .containsPattern("validate +done .* 3 trace\\(s\\), each a behaviour of the spec");
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
    // the shrunk counterexample's behaviour is one of the spec too: TLC validated its ITF trace
    assertThat(results.get("counterexamples").get(ids.indexOf("property-tests-RemotePeersWithVip")).get("crossCheck")
        .asText()).startsWith("validated by TLC: a behaviour of the spec");
    assertThat(dir.resolve("property-tests/RemotePeersWithVip.itf.json")).exists();
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
        .containsPattern("SasOnlyOnActive +not run +not judged +not run +holds +holds");
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
