package io.havpn.cli;

import static io.havpn.cli.SimulateCommandTest.havpn;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.itf.ItfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir
  Path dir;

  @Test
  void aViolatedInvariantExitsOneAndWritesItsCounterexampleAsItf() throws IOException {
    SimulateCommandTest.Outcome run = havpn("check", "--properties", "safety", "--mistake", "peer-real-address",
        "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).containsPattern("RemotePeersWithVip +VIOLATED").containsPattern("SasOnlyOnActive +HOLDS")
        .contains("verdict: a property is violated");
    Path itf = dir.resolve("RemotePeersWithVip.itf.json");
    assertThat(ItfReader.read(Files.readString(itf)).states()).isNotEmpty();
  }

  @Test
  void aBrokenSpecExitsTwoWithTlcsMessageFileAndLine() throws IOException {
    String spec = Files.readString(Path.of("..", "specs", "tla", "VpnHa.tla"))
        .replace("Tick == ~Urgent", "Tick == ~Urgent /\\ NoSuchOperator");
    Files.writeString(dir.resolve("VpnHa.tla"), spec);
    SimulateCommandTest.Outcome run = havpn("check", "--properties", "safety", "--spec-dir", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).containsPattern("VpnHa\\.tla:\\d+:\\d+: Unknown operator: `NoSuchOperator'");
  }

  @Test
  void badOptionsExitTwo() {
    assertThat(havpn("check", "--size", "huge").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("check", "--mistake", "no-such-mistake").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("check", "--properties", "some").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(havpn("check", "--spec-dir", dir.resolve("missing").toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void writeModulesWritesWhatTheCheckedInSpecsFolderHolds() throws IOException {
    assertThat(havpn("check", "--write-modules", dir.toString()).exit()).isZero();
    for (String file : new String[] {"VpnHa.tla", "LabRouters.tla", "HsrpRules.tla", "IkeKeepaliveRules.tla",
        "RriRules.tla", "Hsrp.tla", "IkeKeepalive.tla", "Rri.tla", "FailoverClock.tla", "MCVpnHa.tla", "MCVpnHa.cfg", "MCVpnHaLarge.cfg", "MCVpnHaFull.cfg", "MCHsrp.tla",
        "MCHsrp.cfg", "MCIkeKeepalive.tla", "MCIkeKeepalive.cfg", "MCRri.tla", "MCRri.cfg", "MCFailoverClock.tla",
        "MCFailoverClock.cfg", "MCFailoverClockLarge.cfg", "MCFailoverClockFull.cfg"}) {
      assertThat(Files.readString(dir.resolve(file))).as(file)
          .isEqualTo(Files.readString(Path.of("..", "specs", "tla", file)));
    }
  }
}
