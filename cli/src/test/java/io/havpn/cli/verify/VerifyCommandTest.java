package io.havpn.cli.verify;

import static io.havpn.cli.SimulateCommandTest.havpn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.cli.ExitCode;
import io.havpn.cli.SimulateCommandTest.Outcome;
import io.havpn.proptest.Counterexample;
import java.io.IOException;
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

  /**
   * The document's lab under other names: its configs and logs with the HSRP routers renamed hq-a and hq-b. Nothing
   * in verify may depend on the document's names.
   */
  private Path renamedLab() throws IOException {
    Path lab = dir.resolve("hq");
    for (String kind : List.of("configs", "logs")) {
      Files.createDirectories(lab.resolve(kind));
      try (var files = Files.list(Path.of("../examples/seed-lab").resolve(kind))) {
        for (Path file : files.toList()) {
          Files.writeString(lab.resolve(kind).resolve(renamed(file.getFileName().toString())),
              renamed(Files.readString(file)));
        }
      }
    }
    return lab;
  }

  private static String renamed(String text) {
    return text.replace("7204VXR-1", "hq-a").replace("7204VXR-2", "hq-b");
  }

  @Test
  void aLabImportedFromItsConfigsIsLintedAndVerifiedWithItsOwnLogs() throws IOException {
    Path lab = renamedLab();
    Path logs = lab.resolve("logs");
    List<String> args = new ArrayList<>(List.of("verify", lab.resolve("configs").toString(), "--skip", "tlc",
        "--runs", "300", "--no-progress", "--out", dir.resolve("out").toString()));
    for (String log : List.of("steady-hq-a", "failover-vpn7200", "failover-hq-a", "failover-hq-b", "recovery-hq-a",
        "recovery-hq-b")) {
      args.addAll(List.of("--device", log.substring(log.indexOf('-') + 1) + "=" + logs.resolve(log + ".log")));
    }
    Outcome run = havpn(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("havpn verify: lab hq,")
        .containsPattern("lint +done .* no finding: the configurations satisfy every design rule")
        .containsPattern("log-replay +done .* replayed: a behaviour of the model produces the 6 logs \\(51 entries")
        .containsPattern("TunnelRestored +holds +not run +holds +not checked +holds");
    // the document's story, told on this lab: hq-a's HSRP interface fails at 60 s
    assertThat(Files.readString(dir.resolve("out/report.html")))
        .contains("InterfaceDown(hq-a, FastEthernet0/0)");
    assertThat(JSON.readTree(dir.resolve("out/lint.sarif").toFile()).get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void anImportedLabWithoutLogsSaysTheReplayDidNotRun() throws IOException {
    Outcome run = havpn("verify", renamedLab().resolve("configs").toString(), "--skip", "tlc,property-tests,lint",
        "--no-progress", "--out", dir.resolve("out").toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).containsPattern("log-replay +skipped .* no debug logs of this lab")
        .containsPattern("SasOnlyOnActive +not run +not run +not run +not run +holds");
  }

  @Test
  void aBrokenConfigIsBadInputNamingFileAndLine() throws IOException {
    Path configs = renamedLab().resolve("configs");
    Files.writeString(configs.resolve("hq-a.cfg"), Files.readString(configs.resolve("hq-a.cfg"))
        .replace(" standby 1 priority 200", " standby 1 priority lots"));
    Outcome run = havpn("verify", configs.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).containsPattern("hq-a\\.cfg:\\d+: .*priority");
    assertThat(havpn("verify", configs.toString(), "--mistake", "no-keepalive", "--out", dir.toString()).err())
        .contains("--mistake varies the built-in lab");
  }

  @Test
  void badOptionsExitTwo() {
    assertThat(havpn("verify", "--skip", "nothing", "--out", dir.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("verify", "--log", "no-such.log", "--out", dir.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
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
        .containsPattern("lint +done .* no finding: the configurations satisfy every design rule")
        .containsPattern("TunnelRestored +holds +not run +holds +not checked +holds")
        .containsPattern("SasOnlyOnActive +not checked +not run +holds +holds +holds")
        .containsPattern("ConfigurationCoherent +holds +not run +not checked +not checked +not checked")
        .containsPattern("log-replay +done .* replayed: a behaviour of the model produces the 6 logs")
        .containsPattern("validate +done .* 2 trace\\(s\\), each a behaviour of the spec");
    JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
    assertThat(results.get("outcome").asText()).isEqualTo("ALL_HOLD");
    assertThat(results.get("checks")).hasSize(10);
    for (JsonNode check : results.get("checks")) {
      JsonNode verdicts = check.get("verdicts");
      String id = check.get("id").asText();
      // Alloy's rules bear on some properties only, and on the configurations' coherence
      assertThat(verdicts.get("alloy").get("status").asText()).as(id).isEqualTo(List.of("RouteOnlyOnActive",
          "RemotePeersWithVip", "TunnelRestored", "ConfigurationCoherent").contains(id) ? "HOLDS" : "NOT_CHECKED");
      assertThat(verdicts.get("tlc").get("status").asText()).isEqualTo("NOT_RUN");
      if (id.equals(Checks.CONFIGURATION_COHERENT)) {
        continue;
      }
      // the lab's own logs replay: the safety properties are judged on the behaviour that produces them
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
    assertThat(count(junit, "<testcase ")).isEqualTo(50);
    assertThat(junit).contains("<testsuites name=\"havpn verify seed-lab\" tests=\"50\" failures=\"0\" errors=\"0\" "
        + "skipped=\"25\">");
    JsonNode sarif = JSON.readTree(dir.resolve("lint.sarif").toFile()).get("runs");
    assertThat(sarif).hasSize(1);
    assertThat(sarif.get(0).get("results")).isEmpty();
    assertThat(Files.readString(dir.resolve("summary.md"))).contains("✅ every property holds")
        .contains("| `TunnelRestored` | ✅ holds | not run | ✅ holds | – not checked | ✅ holds |");
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
        .containsPattern("RemotePeersWithVip +VIOLATED +not run +VIOLATED +not judged +VIOLATED")
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
        .containsPattern("classname=\"havpn.property-tests\" name=\"RemotePeersWithVip\"[^>]*><failure")
        .containsPattern("classname=\"havpn.alloy\" name=\"RemotePeersWithVip\"[^>]*><failure");
    // lint read the configuration with the mistake made in it, and names the line at fault
    JsonNode finding = JSON.readTree(dir.resolve("lint.sarif").toFile()).get("runs").get(0).get("results").get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("RemotePeerIsVirtualIp");
    assertThat(finding.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("seed-lab/configs/vpn7200.cfg");
  }

  @Test
  void aTlcRunThatTimesOutFailsItsStageExitsTwoAndTheReportSaysSo() throws IOException {
    Outcome run = havpn("verify", "--time-limit", "1", "--skip", "property-tests,lint", "--no-progress", "--out",
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
