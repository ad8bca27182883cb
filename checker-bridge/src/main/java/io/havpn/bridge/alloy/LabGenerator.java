package io.havpn.bridge.alloy;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Module;
import edu.mit.csail.sdg.translator.A4Solution;
import io.havpn.config.ConfigException;
import io.havpn.config.ConfigParser;
import io.havpn.config.LabImport;
import io.havpn.config.RouterConfig;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alloy as a generator of valid labs: the configs of {@link DesignTemplate} for n routers become an instance of
 * {@code VpnHa.als} whose design parameters (priorities, preempt, decrements, timers, which routers configure the
 * virtual IP) are left free; {@code run validDesign} then finds parameters that every assertion accepts, and each
 * further solution gives another design. Each is written as IOS configs and imported, so a generated lab goes through
 * the same parser and importer as a user's.
 */
public final class LabGenerator {

  /** The numbers Alloy chooses from. */
  public static final AlloyInstance.Menu MENU = new AlloyInstance.Menu(List.of(50, 90, 100, 110, 150, 200, 250),
      List.of(10, 20, 60, 120, 170, 210), List.of(1, 2, 3, 4, 5, 8, 10, 12, 15));

  /** A generated design: its parameters, configs and lab. */
  public record Generated(DesignTemplate.Design design, List<RouterConfig> configs, Lab lab) {}

  private LabGenerator() {}

  /** Up to {@code count} distinct labs of {@code routers} HSRP routers (2 to 4), in Alloy's order. */
  public static List<Generated> generate(int routers, int count) {
    if (routers < 2 || routers > 4) {
      throw new IllegalArgumentException("the generator makes labs of 2 to 4 routers, not " + routers);
    }
    DesignTemplate.Design skeleton = new DesignTemplate.Design(
        java.util.Collections.nCopies(routers, new DesignTemplate.Member(100, true, 10, true)), 3, 10);
    List<RouterConfig> configs = parse(skeleton);
    AlloyInstance instance = AlloyInstance.withFree(configs, AlloyInstance.DESIGN_PARAMETERS, MENU);
    String menu = "fact menu {\n  Group.priority in " + levels(MENU.priorities()) + "\n  Track.decrement in "
        + levels(MENU.decrements()) + "\n  Group.(hello + hold) in " + levels(MENU.timers()) + "\n}\n";
    Module world = VpnHaAlloy.parse(instance.text() + menu + "run generated { validDesign } " + instance.scope()
        + "\n");
    A4Solution solution = VpnHaAlloy.execute(world, "generated", VpnHaAlloy.fixedInstanceOptions());
    List<Generated> labs = new ArrayList<>();
    Set<Lab> seen = new LinkedHashSet<>();
    try {
      while (solution.satisfiable() && labs.size() < count) {
        DesignTemplate.Design design = design(world, solution, routers);
        List<RouterConfig> generated = parse(design);
        Lab lab = LabImport.build("alloy-" + routers + "-routers-" + (labs.size() + 1), generated);
        if (seen.add(lab.withName("generated"))) {
          labs.add(new Generated(design, generated, lab));
        }
        solution = solution.next();
      }
    } catch (Err | ConfigException e) {
      throw new IllegalStateException("a generated design does not make a lab: " + e.getMessage(), e);
    }
    return labs;
  }

  /** The parameters of a solution: the Level atoms of each group and track, read back as numbers. */
  private static DesignTemplate.Design design(Module world, A4Solution solution, int routers) {
    java.util.Map<String, String> priority = field(world, solution, "priority");
    java.util.Map<String, String> decrement = field(world, solution, "decrement");
    java.util.Map<String, String> vip = field(world, solution, "vip");
    java.util.Map<String, String> hello = field(world, solution, "hello");
    java.util.Map<String, String> hold = field(world, solution, "hold");
    Set<String> preempts = field(world, solution, "Preempts").keySet();
    List<DesignTemplate.Member> members = new ArrayList<>();
    String group = null;
    for (int r = 0; r < routers; r++) {
      group = "R" + r + "_I0_G1";
      members.add(new DesignTemplate.Member(level(priority.get(group)), preempts.contains(group),
          level(decrement.get(group + "_T0")), vip.containsKey(group)));
    }
    return new DesignTemplate.Design(members, level(hello.get(group)), level(hold.get(group)));
  }

  /** A field (or subset signature) of the solution: first atom to last atom, {@code $0} suffixes dropped. */
  private static java.util.Map<String, String> field(Module world, A4Solution solution, String name) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (edu.mit.csail.sdg.ast.Sig sig : world.getAllReachableSigs()) {
      if (sig.label.equals("this/" + name)) {
        solution.eval(sig).forEach(t -> values.put(bare(t.atom(0)), ""));
      }
      for (edu.mit.csail.sdg.ast.Sig.Field field : sig.getFields()) {
        if (field.label.equals(name)) {
          solution.eval(field).forEach(t -> values.put(bare(t.atom(0)), bare(t.atom(t.arity() - 1))));
        }
      }
    }
    return values;
  }

  private static String bare(String atom) {
    int dollar = atom.indexOf('$');
    return dollar < 0 ? atom : atom.substring(0, dollar);
  }

  private static int level(String atom) {
    return Integer.parseInt(atom.substring(1));
  }

  private static String levels(List<Integer> values) {
    return String.join(" + ", values.stream().map(v -> "L" + v).toList());
  }

  private static List<RouterConfig> parse(DesignTemplate.Design design) {
    List<RouterConfig> configs = new ArrayList<>();
    for (String[] config : DesignTemplate.configs(design)) {
      try {
        configs.add(ConfigParser.parseOne(config[0], config[1]));
      } catch (ConfigException e) {
        throw new IllegalStateException("the design template does not parse: " + e.getMessage(), e);
      }
    }
    return configs;
  }
}
