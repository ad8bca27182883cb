package io.havpn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.cli.SimulateCommandTest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code havpn lint}, {@code havpn timing} and {@code --lab}: exit codes, outputs, SARIF. */
class LintCommandTest {

  static final Path CONFIGS = Path.of("..", "examples", "seed-lab", "configs");

  @TempDir
  Path dir;

  /** The seed configs in {@code dir}, with {@code from} replaced by {@code to} in one of them. */
  private Path configsWith(String router, String from, String to) throws IOException {
    Path copy = dir.resolve("configs");
    Files.createDirectories(copy);
    try (var files = Files.list(CONFIGS)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        if (file.getFileName().toString().equals(router + ".cfg")) {
          text = text.replace(from, to);
        }
        Files.writeString(copy.resolve(file.getFileName()), text);
      }
    }
    return copy;
  }

  @Test
  void theBuiltInLabLintsCleanAndExitsZero() {
    Outcome run = SimulateCommandTest.havpn("lint");
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("7204VXR-1", "vpn7200", "verdict: 0 error(s), 0 warning(s)");
  }

  @Test
  void anErrorFindingNamesFileAndLineAndExitsOne() throws IOException {
    Path configs = configsWith("7204VXR-2", " crypto map vpn redundancy VPNHA", " crypto map vpn redundancy VPN-HA");
    Outcome run = SimulateCommandTest.havpn("lint", configs.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains(configs.resolve("7204VXR-2.cfg") + ":52: error RedundancyMatchesGroup: 7204VXR-2:")
        .contains("    see " + configs.resolve("7204VXR-2.cfg") + ":50")
        .contains("verdict: 1 error(s), 0 warning(s)");
  }

  @Test
  void sarifAndJsonCarryTheSameFinding() throws IOException {
    Path configs = configsWith("vpn7200", "crypto isakmp keepalive 10\n", "");
    Path sarif = dir.resolve("out/lint.sarif");
    Outcome run = SimulateCommandTest.havpn("lint", configs.toString(), "--json", "--sarif", sarif.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode json = mapper.readTree(run.out());
    assertThat(json.path("errors").asInt()).isEqualTo(1);
    assertThat(json.path("findings").get(0).path("rule").asText()).isEqualTo("RemoteHasKeepalive");
    JsonNode log = mapper.readTree(sarif.toFile());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode result = log.path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("RemoteHasKeepalive");
    assertThat(result.path("level").asText()).isEqualTo("error");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).endsWith("vpn7200.cfg");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(31);
    assertThat(log.path("runs").get(0).path("tool").path("driver").path("rules")).hasSizeGreaterThan(12);
  }

  @Test
  void aMalformedConfigIsBadInputWithFileAndLine() throws IOException {
    Path configs = configsWith("7204VXR-1", " standby 1 priority 200", " standby 1 priority 2000");
    Outcome run = SimulateCommandTest.havpn("lint", configs.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(configs.resolve("7204VXR-1.cfg") + ":57: 'standby 1 priority 2000': the priority "
        + "2000 is out of range (expected 0-255)");
  }

  @Test
  void aMissingFileIsBadInput() {
    Outcome run = SimulateCommandTest.havpn("lint", dir.resolve("nope.cfg").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("nope.cfg:0: no such file or directory");
  }

  @Test
  void timingPutsTheBoundBesideTheMeasuredOutages() {
    Outcome run = SimulateCommandTest.havpn("timing", CONFIGS.toString(), "--seeds", "2");
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("failover bound  31 s = hold 10 + keepalive 10 + retry 2 x limit 5 + 1")
        .containsPattern("7204VXR-1 FastEthernet0/0 down \\(HSRP interface\\) +\\d+(-\\d+)? +yes")
        .contains("verdict: every outage within the bound");
  }

  @Test
  void timingWithoutKeepaliveHasNoBoundAndExitsOne() throws IOException {
    Path configs = configsWith("vpn7200", "crypto isakmp keepalive 10\n", "");
    Outcome run = SimulateCommandTest.havpn("timing", configs.toString(), "--seeds", "1");
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains("failover bound  none").contains("(not restored)");
  }

  @Test
  void simulateOnTheConfigsLabMatchesTheBuiltInLab() {
    Outcome builtIn = SimulateCommandTest.havpn("simulate", "--json");
    Outcome fromConfigs = SimulateCommandTest.havpn("simulate", "--json", "--lab", CONFIGS.toString());
    assertThat(fromConfigs.exit()).isEqualTo(ExitCode.OK);
    assertThat(fromConfigs.out()).isEqualTo(builtIn.out());
  }

  @Test
  void checkWritesTheSameModulesForTheConfigsLab() throws IOException {
    Outcome builtIn = SimulateCommandTest.havpn("check", "--write-modules", dir.resolve("a").toString());
    Outcome fromConfigs = SimulateCommandTest.havpn("check", "--lab", CONFIGS.toString(), "--write-modules",
        dir.resolve("b").toString());
    assertThat(builtIn.exit()).isZero();
    assertThat(fromConfigs.exit()).isZero();
    assertThat(Files.readString(dir.resolve("b/MCVpnHa.tla"))).isEqualTo(Files.readString(dir.resolve("a/MCVpnHa.tla")));
  }

  @Test
  void fuzzRunsOnTheConfigsLab() {
    Outcome run = SimulateCommandTest.havpn("fuzz", "--lab", CONFIGS.toString(), "--runs", "20", "--seed", "3",
        "--no-progress");
    assertThat(run.exit()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("on lab " + CONFIGS, "verdict: every property held on 20 sequences");
  }

  @Test
  void aLabThatCannotBeBuiltIsBadInputForEveryCommand() throws IOException {
    Path configs = configsWith("7204VXR-1", " standby 1 track FastEthernet0/1 150", " standby 1 track Serial9/9 150");
    for (String command : new String[] {"simulate", "fuzz", "check"}) {
      Outcome run = SimulateCommandTest.havpn(command, "--lab", configs.toString());
      assertThat(run.exit()).as(command).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err()).as(command).contains("7204VXR-1.cfg:60: tracked interface Serial9/9 is not configured");
    }
  }
}
