package io.havpn.bridge.alloy;

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
 * {@code VpnHa.als} whose design parameters (priorities, preempt and its delay, decrements, HSRP timers, which routers
 * configure the virtual IP or invalid-SPI recovery, the remote's keepalive interval, retry and mode) are left free, and Alloy finds parameters that {@code pred validDesign} (every assertion) accepts. Each
 * design is written as IOS configs and imported, so a generated lab goes through the same parser and importer as a
 * user's.
 *
 * <p>Variety: enumerating Alloy's solutions one after the other gives designs that differ in one value at a time (the
 * SAT solver keeps its previous choices). So each lab starts from a wish, a value drawn at random (seeded) for every
 * parameter; Alloy honours the wishes it can and chooses the rest ({@link DesignSearch}). Validity is always Alloy's
 * verdict, never the generator's.
 */
public final class LabGenerator {

  /**
   * The numbers Alloy chooses from: priorities, decrements, HSRP timers, preempt delays, keepalive intervals (IOS's
   * least is 10 s) and retries. Delays and keepalives stay short so that the property tests' runs stay short.
   */
  public static final AlloyInstance.Menu MENU = new AlloyInstance.Menu(List.of(50, 90, 100, 110, 150, 200, 250),
      List.of(10, 20, 60, 120, 170, 210), List.of(1, 2, 3, 4, 5, 8, 10, 12, 15), List.of(0, 1, 3, 5, 10),
      List.of(10, 15, 20, 30), List.of(2, 3, 5));

  /** The seed of the wishes of {@link #generate(int, int)}. */
  public static final long SEED = 7;

  /** A generated design: its parameters, configs and lab. */
  public record Generated(DesignTemplate.Design design, List<RouterConfig> configs, Lab lab) {}

  private LabGenerator() {}

  /** Up to {@code count} distinct labs of {@code routers} HSRP routers (2 to 4), from the wishes of {@link #SEED}. */
  public static List<Generated> generate(int routers, int count) {
    return generate(routers, count, SEED);
  }

  /** Up to {@code count} distinct labs of {@code routers} HSRP routers (2 to 4), wishes drawn from {@code seed}. */
  public static List<Generated> generate(int routers, int count, long seed) {
    if (routers < 2 || routers > 4) {
      throw new IllegalArgumentException("the generator makes labs of 2 to 4 routers, not " + routers);
    }
    DesignTemplate.Design skeleton = new DesignTemplate.Design(
        java.util.Collections.nCopies(routers, new DesignTemplate.Member(100, true, 0, 10, true, false)), 3, 10, 10, 2,
        false);
    AlloyInstance instance = AlloyInstance.withMenu(parse(skeleton), MENU);
    Parameters parameters = new Parameters(routers, instance);
    DesignSearch search = new DesignSearch(instance, parameters.all());
    java.util.Random random = new java.util.Random(seed + routers);
    List<Generated> labs = new ArrayList<>();
    Set<Lab> seen = new LinkedHashSet<>();
    for (int attempt = 0; labs.size() < count && attempt < 20 * count; attempt++) {
      var values = search.solve(parameters.wishes(random));
      if (values.isEmpty()) {
        break; // no valid design at all
      }
      DesignTemplate.Design design = parameters.design(values.get());
      List<RouterConfig> generated = parse(design);
      try {
        Lab lab = LabImport.build("alloy-" + routers + "-routers-" + (labs.size() + 1), generated);
        if (seen.add(lab.withName("generated"))) {
          labs.add(new Generated(design, generated, lab));
        }
      } catch (ConfigException e) {
        throw new IllegalStateException("a generated design does not make a lab: " + e.getMessage(), e);
      }
    }
    return labs;
  }

  /**
   * The template's parameters as Alloy atoms: router r's group is {@code R<r>_I0_G1} (its first interface carries
   * standby 1) and its track {@code R<r>_I0_G1_T0}; numbers are Level atoms {@code L<value>}.
   */
  private static final class Parameters {
    private final int routers;
    private final List<DesignSearch.Parameter> priority = new ArrayList<>();
    private final List<DesignSearch.Parameter> decrement = new ArrayList<>();
    private final List<DesignSearch.Parameter> vip = new ArrayList<>();
    private final List<DesignSearch.Parameter> preempt = new ArrayList<>();
    private final List<DesignSearch.Parameter> hello = new ArrayList<>();
    private final List<DesignSearch.Parameter> hold = new ArrayList<>();
    private final List<DesignSearch.Parameter> delay = new ArrayList<>();
    private final List<DesignSearch.Parameter> invalidSpiRecovery = new ArrayList<>();
    private final DesignSearch.Parameter interval;
    private final DesignSearch.Parameter retry;
    private final DesignSearch.Parameter periodic;

    Parameters(int routers, AlloyInstance instance) {
      this.routers = routers;
      String vipAtom = instance.addressAtom(DesignTemplate.VIRTUAL_IP);
      for (int r = 0; r < routers; r++) {
        String group = "R" + r + "_I0_G1";
        priority.add(new DesignSearch.Parameter("priority", group, levels(MENU.priorities())));
        decrement.add(new DesignSearch.Parameter("decrement", group + "_T0", levels(MENU.decrements())));
        vip.add(new DesignSearch.Parameter("vip", group, java.util.Arrays.asList(vipAtom, null)));
        preempt.add(new DesignSearch.Parameter("Preempts", group, java.util.Arrays.asList(group, null)));
        hello.add(new DesignSearch.Parameter("hello", group, levels(MENU.timers())));
        hold.add(new DesignSearch.Parameter("hold", group, levels(MENU.timers())));
        delay.add(new DesignSearch.Parameter("delay", group, levels(MENU.delays())));
        invalidSpiRecovery.add(new DesignSearch.Parameter("InvalidSpiRecovery", "R" + r,
            java.util.Arrays.asList("R" + r, null)));
      }
      String keepalive = "R" + routers + "_K"; // the remote's: configs are R1..Rn, then the remote
      interval = new DesignSearch.Parameter("interval", keepalive, levels(MENU.intervals()));
      retry = new DesignSearch.Parameter("retry", keepalive, levels(MENU.retries()));
      periodic = new DesignSearch.Parameter("Periodic", keepalive, java.util.Arrays.asList(keepalive, null));
    }

    List<DesignSearch.Parameter> all() {
      List<DesignSearch.Parameter> all = new ArrayList<>();
      for (List<DesignSearch.Parameter> list : List.of(priority, decrement, vip, preempt, hello, hold, delay,
          invalidSpiRecovery, List.of(interval, retry, periodic))) {
        all.addAll(list);
      }
      return all;
    }

    /**
     * A value drawn for each parameter, in groups that Alloy keeps or drops together, in a random order (a group
     * is dropped when no valid design has it and the groups kept before it): each router's priority and decrement,
     * the hello time, the hold time, then each router's virtual IP, preempt delay and invalid-SPI recovery, and the
     * remote's keepalive. Preempt is left to Alloy.
     */
    List<List<DesignSearch.Wish>> wishes(java.util.Random random) {
      List<List<DesignSearch.Wish>> wishes = new ArrayList<>();
      for (int r = 0; r < routers; r++) {
        wishes.add(List.of(draw(priority.get(r), random), draw(decrement.get(r), random)));
      }
      String helloValue = pick(hello.get(0).values(), random);
      String holdValue = pick(hold.get(0).values(), random);
      wishes.add(hello.stream().map(p -> new DesignSearch.Wish(p, helloValue)).toList());
      wishes.add(hold.stream().map(p -> new DesignSearch.Wish(p, holdValue)).toList());
      java.util.Collections.shuffle(wishes, random);
      for (List<DesignSearch.Parameter> list : List.of(vip, delay, invalidSpiRecovery,
          List.of(interval, retry, periodic))) {
        list.forEach(p -> wishes.add(List.of(draw(p, random))));
      }
      return wishes;
    }

    DesignTemplate.Design design(java.util.Map<DesignSearch.Parameter, String> values) {
      List<DesignTemplate.Member> members = new ArrayList<>();
      for (int r = 0; r < routers; r++) {
        members.add(new DesignTemplate.Member(level(values.get(priority.get(r))), values.get(preempt.get(r)) != null,
            level(values.get(delay.get(r))), level(values.get(decrement.get(r))), values.get(vip.get(r)) != null,
            values.get(invalidSpiRecovery.get(r)) != null));
      }
      return new DesignTemplate.Design(members, level(values.get(hello.get(0))), level(values.get(hold.get(0))),
          level(values.get(interval)), level(values.get(retry)), values.get(periodic) != null);
    }

    private static DesignSearch.Wish draw(DesignSearch.Parameter parameter, java.util.Random random) {
      return new DesignSearch.Wish(parameter, pick(parameter.values(), random));
    }

    private static String pick(List<String> values, java.util.Random random) {
      return values.get(random.nextInt(values.size()));
    }
  }

  private static int level(String atom) {
    return Integer.parseInt(atom.substring(1));
  }

  private static List<String> levels(List<Integer> values) {
    return values.stream().map(v -> "L" + v).toList();
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
