package io.havpn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class SimulateCommandTest {

  @TempDir
  Path dir;

  public record Outcome(int exit, String out, String err) {}

  /** Runs the havpn command in this JVM; the other command tests use it too. */
  public static Outcome havpn(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  private Path scenario(String text) throws IOException {
    Path file = dir.resolve("test.scenario");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void simulateRunsTheDocumentsStoryAndExitsZeroWhenEveryPropertyHolds() {
    Outcome run = havpn("simulate");
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .containsPattern("\\[7204VXR-2] \\*Mar  1 00:01:\\d\\d\\.000: HSRP: Fa0/0 Grp 1 Standby: c/Active timer expired "
            + "\\(172\\.16\\.172\\.52\\)")
        .contains("== At 55 s: before failover ==", "== At 110 s: after failover ==", "== At 200 s: after recovery ==")
        .contains("7204VXR-1#show standby", "7206-1#show ip route", "vpn7200#show crypto isakmp sa")
        .contains("verdict: all 8 properties hold");
    for (String property : new String[] {"SasOnlyOnActive", "RouteOnlyOnActive", "RemotePeersWithVip",
        "PriorityMatchesTracking", "SingleActive", "HighestPriorityActive", "TunnelRestored", "FailoverBound"}) {
      assertThat(run.out()).containsPattern(property + " +\\w+ +holds");
    }
  }

  @Test
  void jsonCarriesTheSameResult() throws IOException {
    Outcome run = havpn("simulate", "--json");
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("allHold").asBoolean()).isTrue();
    assertThat(json.get("properties")).hasSize(8);
    assertThat(json.get("log").get(0).get("device").asText()).isNotEmpty();
    assertThat(json.get("snapshots")).hasSize(3);
    assertThat(json.get("outages")).hasSize(2);
    assertThat(json.get("snapshots").get(0).get("show").get("7206-1#show ip route").toString())
        .contains("via 10.1.1.1");
  }

  @Test
  void deviceFilterKeepsOneRoutersLog() {
    Outcome run = havpn("simulate", "--device", "vpn7200");
    assertThat(run.out().lines().filter(l -> l.startsWith("["))).allMatch(l -> l.startsWith("[vpn7200]"));
  }

  @Test
  void aViolatedPropertyExitsOne() throws IOException {
    Path lone = scenario("duration 90\nat 0 InterfaceDown 7204VXR-2 FastEthernet0/0\nevery 1 from 30 Traffic\n");
    Outcome run = havpn("simulate", "--scenario", lone.toString(), "--expiry-order", "ACTIVE_FIRST");
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).containsPattern("SingleActive +eventual +VIOLATED");
    assertThat(havpn("simulate", "--scenario", lone.toString()).exit()).isEqualTo(ExitCode.OK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown action    | at 5 Explode 7204VXR-1                   | :2: unknown action 'Explode'
      negative time     | at -5 Reload 7204VXR-1                   | :2: negative time -5
      unknown router    | at 5 InterfaceDown 7204VXR-7 Fa0/0       | :2: unknown router '7204VXR-7'
      unknown interface | at 5 InterfaceDown 7204VXR-1 Serial9/9   | :2: unknown interface 'Serial9/9' on 7204VXR-1
      """)
  void aBadScenarioLineExitsTwoNamingTheFileAndLine(String label, String line, String message) throws IOException {
    Path bad = scenario("duration 100\n" + line + "\n");
    Outcome run = havpn("simulate", "--scenario", bad.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(bad + message);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingScenarioFileExitsTwo() {
    Outcome run = havpn("simulate", "--scenario", dir.resolve("nope.scenario").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("nope.scenario: no such scenario file");
  }

  @Test
  void badCommandLinesExitTwo() {
    assertThat(havpn("simulate", "--duration", "-5").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("simulate", "--seed", "many").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("simulate", "--expiry-order", "RANDOM").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("simulate", "--device", "router9").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("frobnicate").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn().exit()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void theSeedIsPrintedAndReproducesTheRun() {
    Outcome first = havpn("simulate", "--seed", "42");
    assertThat(first.out()).contains("seed 42");
    assertThat(havpn("simulate", "--seed", "42").out()).isEqualTo(first.out());
  }

  @Test
  void logOnlyPrintsTheLogSectionAsTheRunGoes() {
    Outcome whole = havpn("simulate", "--device", "7204VXR-1");
    Outcome log = havpn("simulate", "--device", "7204VXR-1", "--log-only");
    assertThat(log.exit()).isEqualTo(ExitCode.OK);
    String section = whole.out().substring(whole.out().indexOf("== Log ==\n") + "== Log ==\n".length());
    section = section.substring(0, section.indexOf("\n\n") + 1);
    assertThat(section).contains("[7204VXR-1] *Mar  1 00:01:00.000: HSRP: Fa0/0 Interface down");
    assertThat(log.out()).isEqualTo(section);
    assertThat(havpn("simulate", "--log-only", "--json").exit()).isEqualTo(ExitCode.BAD_INPUT);
  }
}
