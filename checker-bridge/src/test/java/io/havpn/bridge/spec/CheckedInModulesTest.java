package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.SeedLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * specs/tla/MCVpnHa.tla and its cfgs, and each protocol module's MC module and cfg, are what havpn generates for the
 * built-in lab: a change to the lab or the
 * generator that is not carried into the checked-in files fails here. To refresh them, run
 * {@code ./havpn check --write-modules specs/tla}.
 */
class CheckedInModulesTest {

  private static final Path SPECS = Path.of("..", "specs", "tla");

  @Test
  void theCheckedInModelCheckingModuleIsTheBuiltInLabs() throws IOException {
    assertThat(Files.readString(SPECS.resolve("MCVpnHa.tla"))).isEqualTo(LabModule.module(SeedLab.lab()));
  }

  @Test
  void theCheckedInConfigurationsAreTheCiAndLargeSizes() throws IOException {
    for (LabModule.Size size : LabModule.SIZES) {
      String file = size.configFile();
      assertThat(Files.readString(SPECS.resolve(file))).as(file)
          .isEqualTo(LabModule.config(LabModule.CHECKED, size.maxFaults(), size.maxLosses()));
    }
  }

  @Test
  void theCheckedInFailoverClockModuleAndConfigurationsAreTheBuiltInLabs() throws IOException {
    assertThat(Files.readString(SPECS.resolve(LabModule.CLOCK_MODULE + ".tla")))
        .isEqualTo(LabModule.clockModule(SeedLab.lab()));
    for (LabModule.Size size : LabModule.SIZES) {
      assertThat(Files.readString(SPECS.resolve(size.clockConfigFile()))).as(size.clockConfigFile())
          .isEqualTo(LabModule.clockConfig(size.maxFaults(), size.maxLosses()));
    }
  }

  @Test
  void theCheckedInProtocolModulesAreTheBuiltInLabs() throws IOException {
    for (ProtocolModule protocol : ProtocolModule.ALL) {
      assertThat(Files.readString(SPECS.resolve(protocol.moduleName() + ".tla"))).as(protocol.moduleName())
          .isEqualTo(protocol.module(SeedLab.lab()));
      assertThat(Files.readString(SPECS.resolve(protocol.moduleName() + ".cfg"))).as(protocol.moduleName() + ".cfg")
          .isEqualTo(protocol.config());
    }
  }
}
