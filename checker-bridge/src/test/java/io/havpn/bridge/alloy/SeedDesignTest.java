package io.havpn.bridge.alloy;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.config.ConfigException;
import io.havpn.config.ConfigFiles;
import io.havpn.config.ConfigParser;
import io.havpn.config.RouterConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source document's configurations satisfy every assertion of VpnHa.als. */
class SeedDesignTest {

  static final Path CONFIGS = Path.of("..", "examples", "seed-lab", "configs");

  static List<RouterConfig> seedConfigs() throws ConfigException {
    return ConfigFiles.configs(ConfigFiles.read(List.of(CONFIGS)));
  }

  @Test
  void theFourSeedConfigsLintClean() throws ConfigException {
    assertThat(DesignChecker.check(seedConfigs())).isEmpty();
  }

  @Test
  void theGeneratedInstanceNamesEveryConfiguredElement() throws ConfigException {
    AlloyInstance instance = AlloyInstance.of(seedConfigs());
    assertThat(instance.text()).contains("one sig R0 extends Router {}", "one sig R0_I0_G1 extends Group {}",
        "priority = R0_I0_G1->L200 + R1_I0_G1->L100", "minus = L200->L150->L50 + L100->L10->L90");
    assertThat(instance.element("R0_I0_G1$0")).isInstanceOf(RouterConfig.StandbyGroup.class);
  }
}
