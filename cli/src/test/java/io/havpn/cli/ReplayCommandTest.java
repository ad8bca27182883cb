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

/** {@code havpn replay}: the report, the trace for havpn validate, and the exit codes. */
class ReplayCommandTest {

  private static final Path DOCUMENT = Path.of("..", "traces", "src", "test", "resources", "document", "en");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String device(String name, String file) {
    return name + "=" + DOCUMENT.resolve(file);
  }

  @Test
  void theDocumentsLogsReplayWithATraceForValidate() throws IOException {
    Path trace = dir.resolve("replay.itf.json");
    int code = run("replay", "--device", device("7204VXR-1", "steady-7204VXR-1.log"),
        "--device", device("vpn7200", "failover-vpn7200.log"), "--device", device("7204VXR-1", "failover-7204VXR-1.log"),
        "--device", device("7204VXR-2", "failover-7204VXR-2.log"),
        "--device", device("7204VXR-1", "recovery-7204VXR-1.log"),
        "--device", device("7204VXR-2", "recovery-7204VXR-2.log"), "--trace", trace.toString(), "--json");
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("verdict").asText()).isEqualTo("REPLAYED");
    assertThat(report.get("lines").get("unknown").asInt()).isZero();
    JsonNode itf = new ObjectMapper().readTree(Files.readString(trace));
    assertThat(itf.get("vars")).hasSize(8);
    JsonNode states = itf.get("states");
    assertThat(states.size()).isEqualTo(report.get("steps").asInt() + 1);
    assertThat(states.get(0).get("#meta").has("action")).isFalse(); // the initial state: no action led there
    assertThat(states.get(1).get("#meta").get("action").asText()).isNotBlank();
    // the progress bars: the bytes read, then every entry matched
    assertThat(err.toString()).contains("read 100%").contains("replay 100%");
  }

  @Test
  void noProgressLeavesStderrEmpty() {
    int code = run("replay", "--no-progress", "--device", device("7204VXR-1", "steady-7204VXR-1.log"));
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aContradictedLogExitsOneAndNamesTheLine() throws IOException {
    String log = Files.readString(Path.of("..", "traces", "src", "test", "resources", "simulate-document.log"))
        .replace("00:00:11.000: HSRP: Fa0/0 Grp 1 Listen -> Speak\n[7204VXR-1]",
            "00:00:11.000: HSRP: Fa0/0 Grp 1 Listen -> Standby\n[7204VXR-1]");
    Path edited = dir.resolve("edited.log");
    Files.writeString(edited, log);
    int code = run("replay", edited.toString(), "--max-losses", "4");
    assertThat(code).isEqualTo(ExitCode.VIOLATED);
    assertThat(out.toString()).contains("first line the model cannot produce").contains("Listen -> Standby")
        .contains("verdict: contradicted").contains("HSRP: Fa0/0 Grp 1 Listen -> Speak");
  }

  /**
   * The search follows a long timed log without widening every interleaving of the unlogged steps between two lines:
   * an hour of the benchmark's flapping scenario (a ping every second, the Active router's interface down and up every
   * 120 s) replays with at most 8 search nodes per entry (about 5 now; the search that tried the fewest steps first
   * needed 19). A count, not a time: it does not depend on the machine.
   */
  @Test
  void aLongSimulatedLogReplaysWithFewNodesPerEntry() throws IOException {
    Path scenario = dir.resolve("flapping.scenario");
    Files.writeString(scenario, String.join("\n", "duration 3600", "every 1 from 30 Traffic",
        "every 120 from 60 InterfaceDown 7204VXR-1 FastEthernet0/0",
        "every 120 from 120 InterfaceUp 7204VXR-1 FastEthernet0/0", ""));
    // exit 1: the flapping breaks properties on the way (as in LogParseBenchmark); the log is what counts here
    assertThat(run("simulate", "--scenario", scenario.toString(), "--log-only")).as(err.toString())
        .isLessThanOrEqualTo(ExitCode.VIOLATED);
    Path log = dir.resolve("flapping.log");
    Files.writeString(log, out.toString());
    out.getBuffer().setLength(0);
    int code = run("replay", log.toString(), "--json");
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("verdict").asText()).isEqualTo("REPLAYED");
    int entries = report.get("entries").asInt();
    assertThat(entries).isGreaterThan(3_000);
    assertThat(report.get("explored").asLong()).isLessThanOrEqualTo(8L * entries);
  }

  @Test
  void aMissingFileOrNoLogIsBadInput() {
    assertThat(run("replay", dir.resolve("missing.log").toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("no such log file");
    assertThat(run("replay")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run("replay", "--device", "nodevice")).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aBinaryFileGetsAReportAndExitsTwo() throws IOException {
    Path binary = dir.resolve("binary.log");
    byte[] bytes = new byte[2048];
    new java.util.Random(6).nextBytes(bytes);
    Files.write(binary, bytes);
    assertThat(run("replay", "--device", "7204VXR-1=" + binary)).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(out.toString()).contains("unknown");
    assertThat(err.toString()).contains("no line to replay");
  }
}
