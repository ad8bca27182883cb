package io.havpn.bridge.tlc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlcSpecTest {

  @Test
  void directorySpecTakesEveryModuleAndOnlyItsOwnCfg(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MC.tla"), "---- MODULE MC ----\nEXTENDS Base\n====\n");
    Files.writeString(dir.resolve("Base.tla"), "---- MODULE Base ----\n====\n");
    Files.writeString(dir.resolve("MC.cfg"), "INIT Init\n");
    Files.writeString(dir.resolve("Other.cfg"), "INIT Other\n");

    TlcSpec spec = TlcSpec.fromDirectory(dir, "MC");

    assertThat(spec.files().keySet()).containsExactlyInAnyOrder("MC.tla", "Base.tla", "MC.cfg");
    assertThat(spec.config()).isEqualTo("MC.cfg");
  }

  @Test
  void anotherCfgIsAddedBesideTheSpec() {
    TlcSpec ci = TlcSpec.fromClasspath("tlc-samples", "Grid").withConfig("GridCi.cfg", "CONSTANT N = 2\n");

    assertThat(ci.config()).isEqualTo("GridCi.cfg");
    assertThat(ci.files()).containsKeys("Grid.tla", "Grid.cfg", "GridCi.cfg");
  }

  @Test
  void specWithoutItsModuleOrCfgIsRejected() {
    assertThatThrownBy(() -> new TlcSpec("MC", "MC.cfg", Map.of("MC.tla", "")))
        .hasMessageContaining("has no file MC.cfg");
    assertThatThrownBy(() -> TlcSpec.fromClasspath("tlc-samples", "Missing"))
        .hasMessageContaining("no resource tlc-samples/Missing.tla");
  }

  @Test
  void fileNamesCannotLeaveTheWorkDirectory() {
    assertThatThrownBy(() -> TlcSpec.of("MC", "", "").withFile("../evil.tla", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../evil.tla");
    assertThatThrownBy(() -> TlcSpec.of("MC", "", "").withFile("sub/MC.tla", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TlcSpec.of("not a module", "", "")).hasMessageContaining("not a TLA+ module name");
  }
}
