package io.havpn.bridge.alloy;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.config.ConfigParser;
import io.havpn.config.RouterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Alloy keeps the wishes that a valid design can honour and chooses the rest by VpnHa.als's rules: with a 5 s hello,
 * HoldAtLeastThreeHellos leaves 15 s as the only hold time on the menu, so a 3 s hold wish is dropped.
 */
class DesignSearchTest {

  @Test
  void aWishTheRulesRejectIsDroppedAndAlloyChoosesAValidValue() throws Exception {
    DesignTemplate.Design skeleton = new DesignTemplate.Design(
        List.of(new DesignTemplate.Member(100, true, 0, 10, true, false),
            new DesignTemplate.Member(100, true, 0, 10, true, false)), 3, 10, 10, 2, false);
    List<RouterConfig> configs = new ArrayList<>();
    for (String[] config : DesignTemplate.configs(skeleton)) {
      configs.add(ConfigParser.parseOne(config[0], config[1]));
    }
    List<String> timers = LabGenerator.MENU.timers().stream().map(v -> "L" + v).toList();
    List<DesignSearch.Parameter> hello = List.of(new DesignSearch.Parameter("hello", "R0_I0_G1", timers),
        new DesignSearch.Parameter("hello", "R1_I0_G1", timers));
    List<DesignSearch.Parameter> hold = List.of(new DesignSearch.Parameter("hold", "R0_I0_G1", timers),
        new DesignSearch.Parameter("hold", "R1_I0_G1", timers));
    List<DesignSearch.Parameter> all = new ArrayList<>(hello);
    all.addAll(hold);
    DesignSearch search = new DesignSearch(AlloyInstance.withMenu(configs, LabGenerator.MENU), all);

    Map<DesignSearch.Parameter, String> values = search.solve(List.of(
        hello.stream().map(p -> new DesignSearch.Wish(p, "L5")).toList(),
        hold.stream().map(p -> new DesignSearch.Wish(p, "L3")).toList())).orElseThrow();

    assertThat(hello).allSatisfy(p -> assertThat(values.get(p)).isEqualTo("L5"));
    assertThat(hold).allSatisfy(p -> assertThat(values.get(p)).isEqualTo("L15"));
  }
}
