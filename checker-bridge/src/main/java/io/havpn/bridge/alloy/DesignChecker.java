package io.havpn.bridge.alloy;

import edu.mit.csail.sdg.ast.Module;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import io.havpn.config.RouterConfig;
import io.havpn.config.RouterConfig.InterfaceConfig;
import io.havpn.config.RouterConfig.StandbyGroup;
import io.havpn.config.RouterConfig.StandbyTrack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks parsed configurations against the assertions of {@code VpnHa.als}: the configurations become an Alloy
 * instance, each assertion is checked on it with SAT4J, and each culprit of a violated assertion becomes a
 * {@link Finding} naming its config lines.
 */
public final class DesignChecker {

  private DesignChecker() {}

  public static List<Finding> check(List<RouterConfig> configs) {
    return check(configs, List.of(DesignCheck.values()));
  }

  /**
   * The facts admit exactly one instance, the configurations; an assertion is violated when its culprit function is
   * not empty in it. So one solve finds the instance and every assertion is judged in it: the same verdicts as one
   * {@code check} command per assertion (a test checks that), at the cost of one solve instead of one per assertion.
   */
  public static List<Finding> check(List<RouterConfig> configs, List<DesignCheck> checks) {
    AlloyInstance instance = AlloyInstance.of(configs);
    Module world = VpnHaAlloy.parse(instance.text() + "run configurations {} " + instance.scope() + "\n");
    A4Solution solution = VpnHaAlloy.execute(world, "configurations", VpnHaAlloy.fixedInstanceOptions());
    if (!solution.satisfiable()) {
      throw new IllegalStateException("the configurations' Alloy instance contradicts VpnHa.als's facts");
    }
    List<Finding> findings = new ArrayList<>();
    for (DesignCheck check : checks) {
      for (String atom : VpnHaAlloy.atoms(world, solution, check.culpritFunction())) {
        findings.add(finding(check, atom, instance, configs));
      }
    }
    findings.sort(Comparator.comparing((Finding f) -> f.lines().isEmpty() ? null : f.lines().get(0),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(f -> f.check().id()));
    return findings;
  }

  /** Checks one assertion with its own {@code check} command: violated when Alloy finds a counterexample. */
  public static boolean violatedByCheckCommand(List<RouterConfig> configs, DesignCheck check) {
    AlloyInstance instance = AlloyInstance.of(configs);
    Module world = VpnHaAlloy.parse(instance.text() + "check " + check.id() + " " + instance.scope() + "\n");
    return VpnHaAlloy.execute(world, check.id(), VpnHaAlloy.fixedInstanceOptions()).satisfiable();
  }

  private static Finding finding(DesignCheck check, String atom, AlloyInstance instance, List<RouterConfig> configs) {
    Object element = instance.element(atom);
    int router = Integer.parseInt(atom.substring(1, atom.indexOf('_') < 0 ? atom.indexOf('$') : atom.indexOf('_')));
    RouterConfig config = configs.get(router);
    StandbyGroup trackGroup = null;
    InterfaceConfig groupInterface = null;
    StandbyGroup group = element instanceof StandbyGroup g ? g : null;
    if (element instanceof StandbyTrack track) {
      for (InterfaceConfig iface : config.interfaces()) {
        for (StandbyGroup g : iface.standby()) {
          if (g.tracks().contains(track)) {
            group = g;
            trackGroup = g;
          }
        }
      }
    }
    List<StandbyGroup> peers = new ArrayList<>();
    if (group != null) {
      for (InterfaceConfig iface : config.interfaces()) {
        if (iface.standby().contains(group)) {
          groupInterface = iface;
        }
      }
      for (RouterConfig other : configs) {
        if (other == config) {
          continue;
        }
        for (InterfaceConfig iface : other.interfaces()) {
          for (StandbyGroup g : iface.standby()) {
            if (g.number() == group.number() && iface.address() != null && groupInterface.address() != null
                && iface.address().subnet().equals(groupInterface.address().subnet())) {
              peers.add(g);
            }
          }
        }
      }
    }
    DesignCheck.Culprit culprit = new DesignCheck.Culprit(element, config, trackGroup, peers, groupInterface);
    return new Finding(check, config.name(), config.name() + ": " + check.explanation(), check.lines(culprit));
  }
}
