package io.havpn.model;

import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.ScenarioParser;
import io.havpn.model.scenario.ScenarioRunner;

/** Test fixtures: the seed lab's scenarios and a one-line way to run one. */
final class Labs {

  /** The HSRP primary's HSRP interface fails at 60 s and stays down. */
  static final String PRIMARY_FAILS = """
      duration 160
      every 1 from 30 Traffic
      at 60 InterfaceDown 7204VXR-1 FastEthernet0/0
      """;

  /** The HSRP primary's inside (tracked) interface fails at 60 s and stays down. */
  static final String PRIMARY_INSIDE_FAILS = """
      duration 160
      every 1 from 30 Traffic
      at 60 InterfaceDown 7204VXR-1 FastEthernet0/1
      """;

  /** VXR-1 boots alone: VXR-2's HSRP interface is down from the start. */
  static final String PRIMARY_BOOTS_ALONE = """
      duration 90
      at 0 InterfaceDown 7204VXR-2 FastEthernet0/0
      every 1 from 30 Traffic
      """;

  private Labs() {}

  /** The source document's story, as shipped in examples/seed-lab. */
  static String document() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "seed-lab", "document.scenario"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Lab seed() {
    return SeedLab.lab();
  }

  static RunResult run(Lab lab, String scenario) {
    return run(lab, scenario, 1);
  }

  static RunResult run(Lab lab, String scenario, long seed) {
    return new ScenarioRunner(new VpnHaModel(lab)).run(ScenarioParser.parse(lab, "test.scenario", scenario), seed);
  }
}
