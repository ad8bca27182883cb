package io.havpn.bridge.spec;

import io.havpn.model.FailoverClock;
import io.havpn.model.Property;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.Track;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the model-checking module and configuration of a {@link Lab}: every constant of VpnHa.tla from the same lab
 * the Java model runs, so that TLC and the Java explorer check the same system. The checked-in
 * {@code specs/tla/MCVpnHa.tla} is this module for the built-in lab, and {@code MCVpnHa.cfg}, {@code MCVpnHaLarge.cfg}
 * and {@code MCVpnHaFull.cfg} its configurations for the sizes in {@link #SIZES}; likewise {@code MCFailoverClock.tla}
 * and its cfgs for FailoverBound.
 */
public final class LabModule {

  public static final String MODULE = "MCVpnHa";

  /** The spec's names of the properties: invariants for the safety ones, temporal formulas for the eventual ones. */
  public static final Map<Property, String> TLA_NAMES = Map.of(
      Property.SAS_ONLY_ON_ACTIVE, "SasOnlyOnActive",
      Property.ROUTE_ONLY_ON_ACTIVE, "RouteOnlyOnActive",
      Property.REMOTE_PEERS_WITH_VIP, "RemotePeersWithVip",
      Property.PRIORITY_MATCHES_TRACKING, "PriorityMatchesTracking",
      Property.SINGLE_ACTIVE, "EventuallySingleActive",
      Property.HIGHEST_PRIORITY_ACTIVE, "EventuallyHighestPriorityActive",
      Property.TUNNEL_RESTORED, "EventuallyTunnelRestored",
      Property.FAILOVER_BOUND, "FailoverBound");

  /**
   * The properties TLC checks: the safety ones as invariants, the eventual ones as temporal formulas (both on
   * VpnHa), and FailoverBound as an invariant of VpnHa with its failover clock (FailoverClock.tla, a run of its own).
   */
  public static final List<Property> CHECKED = List.of(Property.SAS_ONLY_ON_ACTIVE, Property.ROUTE_ONLY_ON_ACTIVE,
      Property.REMOTE_PEERS_WITH_VIP, Property.PRIORITY_MATCHES_TRACKING, Property.SINGLE_ACTIVE,
      Property.HIGHEST_PRIORITY_ACTIVE, Property.TUNNEL_RESTORED, Property.FAILOVER_BOUND);

  /** The model-checking module of FailoverBound: VpnHa with the failover clock, the lab's constants. */
  public static final String CLOCK_MODULE = "MCFailoverClock";
  public static final List<Property> SAFETY =
      CHECKED.stream().filter(p -> p.kind() == Property.Kind.SAFETY).toList();

  /** A model size: how many faults and losses one behaviour may take. */
  public record Size(String name, int maxFaults, int maxLosses) {

    /** The checked-in cfg of this size: MCVpnHa.cfg for ci, MCVpnHaLarge.cfg for large. */
    public String configFile() {
      return configFile(MODULE);
    }

    /** The same for FailoverBound's check: MCFailoverClock.cfg, MCFailoverClockLarge.cfg. */
    public String clockConfigFile() {
      return configFile(CLOCK_MODULE);
    }

    private String configFile(String module) {
      return module + (name.equals("ci") ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1)) + ".cfg";
    }
  }

  /**
   * CI: one fault (151,415 states on the built-in lab; the check takes a few minutes with the liveness check and the
   * failover clock); large: one fault and one loss (447,552 states); full: the size, two faults and one loss,
   * far beyond a CI run of TLC on 2 cores (see README: only the long profile checks it, safety only).
   */
  public static final List<Size> SIZES = List.of(new Size("ci", 1, 0), new Size("large", 1, 1), new Size("full", 2, 1));

  public static Size size(String name) {
    return SIZES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown size '" + name + "' (expected one of "
            + String.join(", ", SIZES.stream().map(Size::name).toList()) + ")"));
  }

  private LabModule() {}

  /** The lab as TLC checks it: its options' fault and loss budgets are the check's size. */
  public static Lab bounded(Lab lab, int maxFaults, int maxLosses) {
    return lab.withOptions(lab.options().withBudgets(maxFaults, maxLosses));
  }

  /** The MC module: VpnHa's constants for {@code lab}, each defined as MC_NAME. */
  public static String module(Lab lab) {
    return module(lab, MODULE, LabCheck.SPEC, CONSTANTS);
  }

  /**
   * FailoverBound's MC module: VpnHa's constants for {@code lab}, extending FailoverClock, with an assumption that the
   * spec's bound is the Java model's ({@link FailoverClock#bound}): TLC stops with exit 10 if the two drift apart.
   */
  public static String clockModule(Lab lab) {
    String module = module(lab, CLOCK_MODULE, "FailoverClock", CONSTANTS);
    int end = module.lastIndexOf("=".repeat(77));
    return module.substring(0, end) + "ASSUME Bound = " + FailoverClock.bound(lab) + " \\* io.havpn.model.FailoverClock.bound\n"
        + module.substring(end);
  }

  /**
   * FailoverBound's cfg: the lab's constants, the size, VpnHa with its failover clock, the one invariant, with the
   * remote pinging every second (the checked-in cfgs, and {@code havpn check}).
   */
  public static String clockConfig(int maxFaults, int maxLosses) {
    return clockConfig(maxFaults, maxLosses, true);
  }

  /** The same, with any traffic pattern when {@code continuousTraffic} is false (many more states). */
  public static String clockConfig(int maxFaults, int maxLosses, boolean continuousTraffic) {
    List<String> lines = new ArrayList<>();
    lines.add("\\* Generated by havpn: FailoverBound on VpnHa with its failover clock; the lab's constants come from "
        + CLOCK_MODULE + ".tla; at most " + maxFaults + " fault(s) and " + maxLosses + " loss(es); "
        + (continuousTraffic ? "the remote pings every second." : "any traffic pattern."));
    constantLines(lines, CONSTANTS);
    lines.add("  MaxFaults = " + maxFaults);
    lines.add("  MaxLosses = " + maxLosses);
    lines.add("  ContinuousTraffic = " + bool(continuousTraffic));
    lines.add("INIT ClockInit");
    lines.add("NEXT ClockNext");
    lines.add("INVARIANT " + TLA_NAMES.get(Property.FAILOVER_BOUND));
    return String.join("\n", lines) + "\n";
  }

  /** An MC module extending {@code spec}, with {@code constants} defined for {@code lab} as MC_NAME. */
  static String module(Lab lab, String name, String spec, List<String> constants) {
    List<String> lines = new ArrayList<>();
    int dashes = 78 - " MODULE  ".length() - name.length(); // the header line is 78 characters wide
    lines.add("-".repeat(dashes / 2) + " MODULE " + name + " " + "-".repeat(dashes - dashes / 2));
    lines.add("(* Generated by havpn from the lab \"" + lab.name() + "\"; routers in the lab's order: *)");
    for (int r = 0; r < lab.routerCount(); r++) {
      HsrpRouter router = lab.router(r);
      List<String> interfaces = router.interfaces().stream().map(i -> i.name()).toList();
      lines.add("(* " + r + ": " + router.name() + ", interfaces " + String.join(", ", interfaces) + " *)");
    }
    lines.add("EXTENDS " + spec + ", TLC");
    lines.add("");
    // TLC evaluates a definition that the cfg substitutes for a constant (<-) again at every use of the constant, but
    // a definition over constants only once, at start-up. A scalar's MC_ name is therefore its literal (nothing to
    // compute), and the functions sit in one record computed once, each MC_ name selecting its field (functions such
    // as the priorities were otherwise rebuilt at every lookup). Each name TLC looks up costs a walk along the
    // bindings of every enclosing call: a literal needs no second name (README, Benchmarks).
    Map<String, String> values = constantValues(lab);
    List<String> functions = constants.stream().filter(c -> isFunction(values.get(c))).toList();
    if (!functions.isEmpty()) {
      lines.add("(* The lab's functions, computed once; each MC_ name of a function selects one *)");
      lines.add("LabValues == [");
      for (int i = 0; i < functions.size(); i++) {
        String constant = functions.get(i);
        lines.add("  " + constant + " |-> " + values.get(constant) + (i < functions.size() - 1 ? "," : "]"));
      }
      lines.add("");
    }
    lines.add("(* The lab's constants, which the cfg substitutes for the spec's *)");
    for (String constant : constants) {
      lines.add("MC_" + constant + " == "
          + (isFunction(values.get(constant)) ? "LabValues." + constant : values.get(constant)));
    }
    lines.add("=".repeat(77));
    return String.join("\n", lines) + "\n";
  }

  /** A per-router value, {@code (0 :> v0 @@ 1 :> v1 ...)}, rather than a scalar literal. */
  private static boolean isFunction(String value) {
    return value.startsWith("(");
  }

  /** Every constant of VpnHa (but the check's size) as TLA+ text, for {@code lab}. */
  static Map<String, String> constantValues(Lab lab) {
    Map<String, String> values = new LinkedHashMap<>();
    Options options = lab.options();
    Keepalive keepalive = lab.remote().keepalive();
    int peerRouter = lab.routerWithAddress(lab.remote().peer());
    values.put("N", Integer.toString(lab.routerCount()));
    values.put("InterfaceCount", perRouter(lab, r -> Integer.toString(r.interfaces().size())));
    values.put("ConfiguredPriority", perRouter(lab, r -> Integer.toString(r.priority())));
    values.put("AddressRank", addressRanks(lab));
    values.put("Preempt", perRouter(lab, r -> bool(r.preempt())));
    values.put("PreemptDelay", perRouter(lab, r -> Integer.toString(r.preemptDelay())));
    values.put("VipConfigured", perRouter(lab, r -> bool(r.virtualIpConfigured())));
    values.put("Tracks", perRouter(lab, LabModule::tracks));
    values.put("HasCryptoMap", perRouter(lab, r -> bool(r.cryptoMap() != null)));
    values.put("ReverseRoute", perRouter(lab, r -> bool(r.cryptoMap() != null && r.cryptoMap().reverseRoute())));
    values.put("Coupled", perRouter(lab, r -> bool(r.coupledTo(lab.group()))));
    values.put("Redistribute", perRouter(lab, r -> bool(r.redistributeStatic())));
    values.put("InvalidSpiRecovery", perRouter(lab, r -> bool(r.invalidSpiRecovery())));
    values.put("HelloTime", Integer.toString(lab.group().helloTime()));
    values.put("HoldTime", Integer.toString(lab.group().holdTime()));
    values.put("PeerIsVip", bool(lab.remote().peer().equals(lab.group().virtualIp())));
    values.put("PeerRouter", Integer.toString(peerRouter));
    values.put("KeepaliveOn", bool(keepalive != null));
    values.put("KeepaliveInterval", Integer.toString(keepalive == null ? 0 : keepalive.interval()));
    values.put("KeepaliveRetry", Integer.toString(keepalive == null ? 0 : keepalive.retry()));
    values.put("KeepaliveLimit", Integer.toString(keepalive == null ? 0 : keepalive.limit()));
    values.put("KeepalivePeriodic", bool(keepalive != null && keepalive.mode() == Keepalive.Mode.PERIODIC));
    values.put("ResignOnDisplacement", bool(options.resignOnDisplacement()));
    values.put("HelloOnStateChange", bool(options.helloOnStateChange()));
    values.put("ExpiryOrder", "\"" + options.expiryOrder().name() + "\"");
    values.put("RriDynamic", bool(options.rriMode() == Options.RriMode.DYNAMIC));
    values.put("MinimumInterfaceDelay", Integer.toString(options.minimumInterfaceDelay()));
    values.put("ReloadTime", Integer.toString(options.reloadTime()));
    return values;
  }

  /**
   * The configuration: the lab's constants from the MC module, the check's size, and the properties to check (under
   * the fair specification when any is eventual). FailoverBound is left out: {@link #clockConfig} checks it.
   */
  public static String config(List<Property> checked, int maxFaults, int maxLosses) {
    if (maxFaults < 0 || maxLosses < 0) {
      throw new IllegalArgumentException("TLC checks a bounded model: give fault and loss budgets of 0 or more");
    }
    List<String> lines = new ArrayList<>();
    lines.add("\\* Generated by havpn: the lab's constants come from " + MODULE + ".tla; at most " + maxFaults
        + " fault(s) and " + maxLosses + " loss(es).");
    constantLines(lines, CONSTANTS);
    lines.add("  MaxFaults = " + maxFaults);
    lines.add("  MaxLosses = " + maxLosses);
    List<String> invariants = names(checked, true);
    List<String> temporal = names(checked, false);
    if (temporal.isEmpty()) {
      lines.add("INIT Init");
      lines.add("NEXT Next");
    } else {
      lines.add("SPECIFICATION FairSpec");
    }
    if (!invariants.isEmpty()) {
      lines.add("INVARIANTS " + String.join(" ", invariants));
    }
    if (!temporal.isEmpty()) {
      lines.add("PROPERTIES " + String.join(" ", temporal));
    }
    return String.join("\n", lines) + "\n";
  }

  private static List<String> names(List<Property> checked, boolean safety) {
    return checked.stream().filter(p -> p != Property.FAILOVER_BOUND)
        .filter(p -> (p.kind() == Property.Kind.SAFETY) == safety).map(TLA_NAMES::get).toList();
  }

  /** VpnHa's constants that describe the lab, in declaration order (MaxFaults and MaxLosses are the check's size). */
  public static final List<String> CONSTANTS = List.of("N", "InterfaceCount", "ConfiguredPriority", "AddressRank",
      "Preempt", "PreemptDelay", "VipConfigured", "Tracks", "HasCryptoMap", "ReverseRoute", "Coupled", "Redistribute",
      "InvalidSpiRecovery", "HelloTime", "HoldTime", "PeerIsVip", "PeerRouter", "KeepaliveOn", "KeepaliveInterval",
      "KeepaliveRetry", "KeepaliveLimit", "KeepalivePeriodic", "ResignOnDisplacement", "HelloOnStateChange",
      "ExpiryOrder", "RriDynamic", "MinimumInterfaceDelay", "ReloadTime");

  static void constantLines(List<String> lines, List<String> constants) {
    lines.add("CONSTANTS");
    for (String constant : constants) {
      lines.add("  " + constant + " <- MC_" + constant);
    }
  }

  private static String perRouter(Lab lab, Function<HsrpRouter, String> value) {
    return "(" + IntStream.range(0, lab.routerCount()).mapToObj(r -> r + " :> " + value.apply(lab.router(r)))
        .collect(Collectors.joining(" @@ ")) + ")";
  }

  /** HSRP breaks priority ties by the higher address; TLC's integers cannot hold addresses, so ranks stand in. */
  private static String addressRanks(Lab lab) {
    return perRouter(lab, router -> Long.toString(
        lab.routers().stream().filter(other -> other.address().compareTo(router.address()) < 0).count()));
  }

  private static String tracks(HsrpRouter router) {
    return "{" + router.tracks().stream()
        .map((Track t) -> "<<" + router.interfaceIndex(t.interfaceName()) + ", " + t.decrement() + ">>")
        .collect(Collectors.joining(", ")) + "}";
  }

  private static String bool(boolean value) {
    return value ? "TRUE" : "FALSE";
  }
}
