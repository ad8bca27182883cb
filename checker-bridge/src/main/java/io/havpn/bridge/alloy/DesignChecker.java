package io.havpn.bridge.alloy;

import edu.mit.csail.sdg.ast.Module;
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
 * instance, Alloy's evaluator judges each assertion on it, and each culprit of a violated assertion becomes a
 * {@link Finding} naming its config lines.
 */
public final class DesignChecker {

  private DesignChecker() {}

  public static List<Finding> check(List<RouterConfig> configs) {
    return check(configs, List.of(DesignCheck.values()));
  }

  /**
   * The facts admit exactly one instance, the configurations, so there is nothing to search for: the instance is read
   * into Alloy as a solution of VpnHa.als (no SAT solve, see {@link InstanceSolution}) and each assertion is judged by
   * Alloy's evaluator: violated when its culprit function is not empty. These are the verdicts of one {@code check}
   * command per assertion (a test compares them), in milliseconds instead of seconds.
   */
  public static List<Finding> check(List<RouterConfig> configs, List<DesignCheck> checks) {
    AlloyInstance instance = AlloyInstance.of(configs);
    Module world = VpnHaAlloy.model();
    List<Finding> findings = new ArrayList<>();
    synchronized (world) {
      A4Solution solution = InstanceSolution.of(world, instance);
      List<String> violated = InstanceSolution.violatedConstraints(world, solution);
      if (!violated.isEmpty()) {
        throw new IllegalStateException("the configurations' Alloy instance breaks " + String.join(", ", violated));
      }
      for (DesignCheck check : checks) {
        for (String atom : InstanceSolution.atoms(world, solution, check.culpritFunction())) {
          findings.add(finding(check, atom, instance, configs));
        }
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

  /** The router of an element's atom: {@code R2}, {@code R2_I0_G1}, {@code R2_E0$0} are router 2's. */
  static int routerIndex(String atom) {
    int end = 1;
    while (end < atom.length() && Character.isDigit(atom.charAt(end))) {
      end++;
    }
    return Integer.parseInt(atom.substring(1, end));
  }

  private static Finding finding(DesignCheck check, String atom, AlloyInstance instance, List<RouterConfig> configs) {
    Object element = instance.element(atom);
    int router = routerIndex(atom);
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
