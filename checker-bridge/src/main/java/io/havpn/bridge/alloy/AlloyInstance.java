package io.havpn.bridge.alloy;

import io.havpn.config.InterfaceNames;
import io.havpn.config.LabImport;
import io.havpn.config.Located;
import io.havpn.config.RouterConfig;
import io.havpn.config.RouterConfig.AclEntry;
import io.havpn.config.RouterConfig.CryptoMapEntry;
import io.havpn.config.RouterConfig.InterfaceConfig;
import io.havpn.config.RouterConfig.StandbyGroup;
import io.havpn.config.RouterConfig.StandbyTrack;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed configurations as an instance of {@code specs/alloy/VpnHa.als}: one {@code one sig} atom per configured
 * element (router, interface, standby group, track, crypto map entry, ACL permit, ...) and per distinct name, address,
 * network and transform, and a fact that fixes every relation to what the configurations say. {@link #element} maps
 * an atom back to the parsed element, and so to its config lines.
 *
 * <p>For generation, a {@link Menu} adds the numbers the generator may choose from (and their arithmetic) to the
 * levels; {@link DesignSearch} then frees the design parameters' relations.
 */
public final class AlloyInstance {

  private final Map<String, Object> elements = new LinkedHashMap<>();
  private final Map<String, List<String>> sigAtoms = new LinkedHashMap<>();
  private final Map<String, List<String>> fields = new LinkedHashMap<>();
  private final Map<Object, String> names = new LinkedHashMap<>();
  private final Map<Ipv4, String> addresses = new LinkedHashMap<>();
  private final Map<Prefix, String> nets = new LinkedHashMap<>();
  private final Map<String, String> transforms = new LinkedHashMap<>();
  private final Map<Integer, String> groupNumbers = new LinkedHashMap<>();
  /** Numbers, and the arithmetic the model needs on them: priority minus decrement, three times a hello time. */
  private final java.util.TreeSet<Integer> levels = new java.util.TreeSet<>();
  private final Set<List<Integer>> minusPairs = new java.util.LinkedHashSet<>();
  private final Set<Integer> triples = new java.util.TreeSet<>();
  private final String text;

  private AlloyInstance(List<RouterConfig> configs, Menu menu) {
    for (String sig : List.of("Name", "Address", "Net", "Transform", "GroupNumber", "Level", "Router", "Interface",
        "Group", "Track", "MapEntry", "AclEntry", "Keepalive", "Ospf")) {
      sigAtoms.put(sig, new ArrayList<>());
    }
    for (String subset : List.of("Shutdown", "Preempts", "ReverseRoute", "UndefinedAcl", "UndefinedTransformSet",
        "Classful", "RedistributesStatic", "WithSubnets", "Periodic", "InvalidSpiRecovery")) {
      fields.put(subset, new ArrayList<>());
    }
    for (int r = 0; r < configs.size(); r++) {
      addRouter("R" + r, configs.get(r));
    }
    for (Map.Entry<Prefix, String> net : nets.entrySet()) {
      for (Map.Entry<Ipv4, String> address : addresses.entrySet()) {
        if (net.getKey().contains(address.getKey())) {
          tuple("members", net.getValue(), address.getValue());
        }
      }
      if (LabImport.isClassful(net.getKey())) {
        fields.get("Classful").add(net.getValue());
      }
    }
    // keys cover addresses: a key with a mask covers every instance address inside it
    for (int r = 0; r < configs.size(); r++) {
      for (RouterConfig.IsakmpKey key : configs.get(r).isakmpKeys()) {
        for (Map.Entry<Ipv4, String> address : addresses.entrySet()) {
          if (key.covers(address.getKey())) {
            tuple("keys", "R" + r, address.getValue());
          }
        }
      }
    }
    if (menu != null) {
      for (int p : menu.priorities()) {
        for (int d : menu.decrements()) {
          minusPairs.add(List.of(p, d));
        }
      }
      levels.addAll(menu.timers());
      triples.addAll(menu.timers());
      levels.addAll(menu.delays());
      levels.addAll(menu.intervals());
      levels.addAll(menu.retries());
    }
    for (List<Integer> pair : minusPairs) {
      levels.addAll(pair);
      levels.add(minus(pair.get(0), pair.get(1)));
    }
    for (int hello : triples) {
      levels.add(hello);
      levels.add(3 * hello);
    }
    for (int level : levels) {
      atom("Level", "L" + level, level);
    }
    this.text = render();
  }

  /**
   * The values the generator may choose from: priorities, decrements, HSRP timers, preempt delays, keepalive intervals
   * and retries (seconds).
   */
  public record Menu(List<Integer> priorities, List<Integer> decrements, List<Integer> timers, List<Integer> delays,
      List<Integer> intervals, List<Integer> retries) {}

  /** The instance of these configurations, every relation fixed. */
  public static AlloyInstance of(List<RouterConfig> configs) {
    return new AlloyInstance(configs, null);
  }

  /** The instance of these configurations with the {@code menu}'s numbers among its levels, for a generator. */
  public static AlloyInstance withMenu(List<RouterConfig> configs, Menu menu) {
    return new AlloyInstance(configs, menu);
  }

  private static int minus(int priority, int decrement) {
    return Math.max(0, priority - decrement);
  }

  private String level(int value) {
    levels.add(value);
    return "L" + value;
  }

  /** The Alloy text: atoms and the fact that fixes them; append it to VpnHa.als. */
  public String text() {
    return text;
  }

  /** The parsed element an atom stands for ({@code I0_1$0} or {@code I0_1}), or null. */
  public Object element(String atom) {
    int dollar = atom.indexOf('$');
    return elements.get(dollar < 0 ? atom : atom.substring(0, dollar));
  }

  /**
   * The commands' scope: exactly the instance's atoms for each signature (a looser scope lets Kodkod consider atoms
   * the instance does not have, which only costs time), and {@link VpnHaAlloy#BITWIDTH}-bit integers.
   */
  public String scope() {
    StringBuilder scope = new StringBuilder("for 0 but ");
    for (Map.Entry<String, List<String>> sig : sigAtoms.entrySet()) {
      scope.append("exactly ").append(sig.getValue().size()).append(' ').append(sig.getKey()).append(", ");
    }
    return scope.append(VpnHaAlloy.BITWIDTH).append(" Int").toString();
  }

  /** The arithmetic tables over the levels. */
  private void arithmetic() {
    Integer previous = null;
    for (int level : levels) {
      if (previous != null) {
        tuple("succ", "L" + previous, "L" + level);
      }
      previous = level;
    }
    for (List<Integer> pair : minusPairs) {
      tuple("minus", "L" + pair.get(0), "L" + pair.get(1) + "->L" + minus(pair.get(0), pair.get(1)));
    }
    for (int hello : triples) {
      tuple("triple", "L" + hello, "L" + 3 * hello);
    }
  }

  /** The atoms of a top-level signature ({@code Router}, {@code Level}, ...), in order. */
  public List<String> atoms(String sig) {
    return List.copyOf(sigAtoms.getOrDefault(sig, List.of()));
  }

  /** The names of the top-level signatures the instance fills. */
  public Set<String> signatures() {
    return java.util.Collections.unmodifiableSet(sigAtoms.keySet());
  }

  /**
   * The tuples of a field or subset signature, each as its atoms ({@code interfaces}: router then interface;
   * {@code Shutdown}: one interface).
   */
  public List<List<String>> tuples(String relation) {
    return fields.getOrDefault(relation, List.of()).stream().map(t -> List.of(t.split("->"))).toList();
  }

  /** The names of the fields and subset signatures the instance fixes. */
  public static List<String> relations() {
    return ALL_FIELDS;
  }

  /** The atom of a distinct address. */
  public String addressAtom(Ipv4 address) {
    return addresses.get(address);
  }

  private void addRouter(String r, RouterConfig config) {
    atom("Router", r, config);
    List<InterfaceConfig> interfaces = config.interfaces();
    for (int i = 0; i < interfaces.size(); i++) {
      InterfaceConfig iface = interfaces.get(i);
      String atom = r + "_I" + i;
      atom("Interface", atom, iface);
      tuple("interfaces", r, atom);
      tuple("ifName", atom, name(InterfaceNames.canonical(iface.name())));
      if (iface.address() != null) {
        tuple("address", atom, address(iface.address().address()));
        tuple("subnet", atom, net(iface.address().subnet()));
      }
      if (iface.isShutdown()) {
        fields.get("Shutdown").add(atom);
      }
      if (iface.cryptoMap() != null) {
        tuple("applied", atom, name(iface.cryptoMap().map()));
        if (iface.cryptoMap().redundancy() != null) {
          tuple("redundancy", atom, name(iface.cryptoMap().redundancy().value()));
        }
      }
      for (StandbyGroup group : iface.standby()) {
        addGroup(atom + "_G" + group.number(), atom, group);
      }
    }
    List<CryptoMapEntry> entries = config.cryptoMaps();
    for (int e = 0; e < entries.size(); e++) {
      addEntry(r + "_E" + e, r, config, entries.get(e));
    }
    if (config.isakmpKeepalive() != null) {
      RouterConfig.IsakmpKeepalive keepalive = config.isakmpKeepalive();
      atom("Keepalive", r + "_K", keepalive);
      tuple("keepalive", r, r + "_K");
      tuple("interval", r + "_K", level(keepalive.seconds()));
      tuple("retry", r + "_K", level(keepalive.retry() == 0 ? io.havpn.model.lab.Keepalive.DEFAULT_RETRY : keepalive.retry()));
      if (keepalive.mode() == RouterConfig.KeepaliveMode.PERIODIC) {
        fields.get("Periodic").add(r + "_K");
      }
    }
    if (config.invalidSpiRecovery() != null) {
      fields.get("InvalidSpiRecovery").add(r);
    }
    // the OSPF process that redistributes static routes, or the first
    config.ospfProcesses().stream().filter(o -> o.redistributeStatic() != null).findFirst()
        .or(() -> config.ospfProcesses().stream().findFirst()).ifPresent(o -> {
          String atom = r + "_O";
          atom("Ospf", atom, o);
          tuple("ospf", r, atom);
          if (o.redistributeStatic() != null) {
            fields.get("RedistributesStatic").add(atom);
            if (o.redistributeStatic().subnets()) {
              fields.get("WithSubnets").add(atom);
            }
          }
        });
  }

  private void addGroup(String g, String iface, StandbyGroup group) {
    atom("Group", g, group);
    tuple("groups", iface, g);
    tuple("number", g, groupNumbers.computeIfAbsent(group.number(), n -> {
      String atom = "GN" + n;
      atom("GroupNumber", atom, n);
      return atom;
    }));
    if (group.name() != null) {
      tuple("groupName", g, name(group.name().value()));
    }
    if (group.ip() != null) {
      tuple("vip", g, address(group.ip().value()));
    }
    tuple("priority", g, level(group.effectivePriority()));
    if (group.preempt() != null) {
      fields.computeIfAbsent("Preempts", k -> new ArrayList<>()).add(g);
    }
    int hello = (group.helloMillis() + 999) / 1000;
    tuple("hello", g, level(hello));
    tuple("hold", g, level((group.holdMillis() + 999) / 1000));
    tuple("delay", g, level(group.preempt() == null ? 0 : group.preempt().delaySeconds()));
    triples.add(hello);
    List<StandbyTrack> tracks = group.tracks();
    for (int t = 0; t < tracks.size(); t++) {
      String atom = g + "_T" + t;
      atom("Track", atom, tracks.get(t));
      tuple("tracks", g, atom);
      tuple("tracked", atom, name(InterfaceNames.canonical(tracks.get(t).interfaceName())));
      tuple("decrement", atom, level(tracks.get(t).decrement()));
      minusPairs.add(List.of(group.effectivePriority(), tracks.get(t).decrement()));
    }
  }

  private void addEntry(String e, String r, RouterConfig config, CryptoMapEntry entry) {
    atom("MapEntry", e, entry);
    tuple("entries", r, e);
    tuple("mapName", e, name(entry.name()));
    for (Located<Ipv4> peer : entry.peers()) {
      tuple("peers", e, address(peer.value()));
    }
    boolean transformsDefined = !entry.transformSets().isEmpty();
    for (Located<String> set : entry.transformSets()) {
      var defined = config.transformSet(set.value());
      if (defined.isEmpty()) {
        transformsDefined = false;
      } else {
        defined.get().transforms().forEach(t -> tuple("transforms", e, transform(t)));
      }
    }
    if (!transformsDefined) {
      fields.get("UndefinedTransformSet").add(e);
    }
    var acl = entry.matchAddress() == null ? java.util.Optional.<RouterConfig.AccessList>empty()
        : config.accessList(entry.matchAddress().value());
    if (acl.isEmpty()) {
      fields.get("UndefinedAcl").add(e);
    } else {
      List<AclEntry> permits = acl.get().permits();
      for (int a = 0; a < permits.size(); a++) {
        String atom = e + "_A" + a;
        atom("AclEntry", atom, permits.get(a));
        tuple("acl", e, atom);
        tuple("src", atom, net(permits.get(a).source()));
        tuple("dst", atom, net(permits.get(a).destination()));
      }
    }
    if (entry.reverseRoute() != null) {
      fields.get("ReverseRoute").add(e);
    }
  }

  private String name(String value) {
    return interned(names, value, "N", "Name");
  }

  private String address(Ipv4 value) {
    return interned(addresses, value, "Ad", "Address");
  }

  private String net(Prefix value) {
    return interned(nets, value, "Nt", "Net");
  }

  private String transform(String value) {
    return interned(transforms, value, "Tf", "Transform");
  }

  /** The atom of signature {@code sig} standing for {@code value}: one per distinct value, made on first use. */
  private <T> String interned(Map<T, String> atoms, T value, String prefix, String sig) {
    return atoms.computeIfAbsent(value, v -> {
      String atom = prefix + atoms.size();
      atom(sig, atom, v);
      return atom;
    });
  }

  private void atom(String sig, String atom, Object element) {
    sigAtoms.get(sig).add(atom);
    elements.put(atom, element);
  }

  private void tuple(String field, String from, String to) {
    fields.computeIfAbsent(field, k -> new ArrayList<>()).add(from + "->" + to);
  }

  private static final List<String> ALL_FIELDS = List.of("members", "interfaces", "keys", "keepalive", "entries",
      "ospf", "ifName", "address", "subnet", "groups", "applied", "redundancy", "number", "groupName", "vip",
      "priority", "tracks", "hello", "hold", "tracked", "decrement", "mapName", "peers", "transforms", "acl", "src",
      "dst", "succ", "minus", "triple", "delay", "interval", "retry", "Shutdown", "Preempts", "ReverseRoute",
      "UndefinedAcl", "UndefinedTransformSet", "Classful", "RedistributesStatic", "WithSubnets", "Periodic",
      "InvalidSpiRecovery");

  private String render() {
    arithmetic();
    StringBuilder out = new StringBuilder("\n-- ---- instance generated by havpn from the configurations ----\n");
    for (Map.Entry<String, List<String>> sig : sigAtoms.entrySet()) {
      for (String atom : sig.getValue()) {
        out.append("one sig ").append(atom).append(" extends ").append(sig.getKey()).append(" {}\n");
      }
    }
    out.append("fact configurations {\n");
    for (Map.Entry<String, List<String>> sig : sigAtoms.entrySet()) {
      out.append("  ").append(equality(sig.getKey(), sig.getValue())).append('\n');
    }
    for (String field : ALL_FIELDS) {
      out.append("  ").append(equality(field, fields.getOrDefault(field, List.of()))).append('\n');
    }
    out.append("}\n");
    return out.toString();
  }

  private static String equality(String relation, List<String> tuples) {
    return tuples.isEmpty() ? "no " + relation : relation + " = " + String.join(" + ", tuples);
  }
}
