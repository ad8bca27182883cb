package io.havpn.config;

import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import java.util.List;
import java.util.Optional;

/**
 * One router's running-config as IOS writes it, limited to what HA VPN designs use, every element with the line it was
 * read from (so that a finding can name it). What havpn does not model is kept in {@link #notModelled}, with the
 * reason.
 *
 * @param hostname {@code hostname NAME}
 * @param start where the configuration starts (its prompt line, or the file's first line)
 * @param isakmpKeepalive {@code crypto isakmp keepalive ...}; null when absent
 * @param invalidSpiRecovery {@code crypto isakmp invalid-spi-recovery}; null when absent
 * @param notModelled commands read but not modelled, each with why
 * @param comments lines that carry no setting: {@code !} and {@code !---} comments, the {@code show run} framing
 *     (prompt, {@code Building configuration...}, {@code end}), and commands that restate a default ({@code no
 *     shutdown}, {@code no ip address})
 */
public record RouterConfig(
    Located<String> hostname,
    Location start,
    List<InterfaceConfig> interfaces,
    List<IsakmpPolicy> isakmpPolicies,
    List<IsakmpKey> isakmpKeys,
    IsakmpKeepalive isakmpKeepalive,
    Location invalidSpiRecovery,
    List<TransformSet> transformSets,
    List<CryptoMapEntry> cryptoMaps,
    List<AccessList> accessLists,
    List<OspfProcess> ospfProcesses,
    List<StaticRoute> staticRoutes,
    List<NotModelled> notModelled,
    List<ConfigLine> comments) {

  public RouterConfig {
    interfaces = List.copyOf(interfaces);
    isakmpPolicies = List.copyOf(isakmpPolicies);
    isakmpKeys = List.copyOf(isakmpKeys);
    transformSets = List.copyOf(transformSets);
    cryptoMaps = List.copyOf(cryptoMaps);
    accessLists = List.copyOf(accessLists);
    ospfProcesses = List.copyOf(ospfProcesses);
    staticRoutes = List.copyOf(staticRoutes);
    notModelled = List.copyOf(notModelled);
    comments = List.copyOf(comments);
  }

  public String name() {
    return hostname.value();
  }

  /** Where every modelled command is, once each: with the comments and the not-modelled lines, every line. */
  public List<Location> modelled() {
    java.util.Set<Location> at = new java.util.TreeSet<>();
    at.add(hostname.at());
    for (InterfaceConfig i : interfaces) {
      at.add(i.at());
      if (i.address() != null) {
        at.add(i.address().at());
      }
      if (i.shutdown() != null) {
        at.add(i.shutdown());
      }
      if (i.cryptoMap() != null) {
        at.add(i.cryptoMap().at());
      }
      for (StandbyGroup g : i.standby()) {
        java.util.stream.Stream.of(g.ip(), g.priority(), g.name(), g.version(), g.authentication())
            .filter(java.util.Objects::nonNull).forEach(l -> at.add(l.at()));
        if (g.preempt() != null) {
          at.add(g.preempt().at());
        }
        if (g.timers() != null) {
          at.add(g.timers().at());
        }
        g.tracks().forEach(t -> at.add(t.at()));
        at.add(g.at()); // "standby 1 ip" without an address enables the group and has no other element
      }
    }
    isakmpPolicies.forEach(p -> {
      at.add(p.at());
      p.settings().forEach(s -> at.add(s.at()));
    });
    isakmpKeys.forEach(k -> at.add(k.at()));
    if (isakmpKeepalive != null) {
      at.add(isakmpKeepalive.at());
    }
    if (invalidSpiRecovery != null) {
      at.add(invalidSpiRecovery);
    }
    transformSets.forEach(t -> at.add(t.at()));
    for (CryptoMapEntry e : cryptoMaps) {
      at.add(e.at());
      e.peers().forEach(p -> at.add(p.at()));
      e.transformSets().forEach(t -> at.add(t.at()));
      if (e.matchAddress() != null) {
        at.add(e.matchAddress().at());
      }
      if (e.reverseRoute() != null) {
        at.add(e.reverseRoute().at());
      }
    }
    accessLists.forEach(a -> a.entries().forEach(e -> at.add(e.at())));
    for (OspfProcess o : ospfProcesses) {
      at.add(o.at());
      o.networks().forEach(n -> at.add(n.at()));
      if (o.redistributeStatic() != null) {
        at.add(o.redistributeStatic().at());
      }
      o.passiveInterfaces().forEach(p -> at.add(p.at()));
    }
    staticRoutes.forEach(r -> at.add(r.at()));
    return List.copyOf(at);
  }

  public String file() {
    return start.file();
  }

  /** The interface called {@code name} (full or abbreviated IOS form, any case). */
  public Optional<InterfaceConfig> interfaceNamed(String name) {
    String wanted = InterfaceNames.canonical(name);
    return interfaces.stream().filter(i -> InterfaceNames.canonical(i.name()).equalsIgnoreCase(wanted)).findFirst();
  }

  /** The entries of crypto map {@code name}, by sequence number. */
  public List<CryptoMapEntry> cryptoMap(String name) {
    return cryptoMaps.stream().filter(e -> e.name().equals(name))
        .sorted(java.util.Comparator.comparingInt(CryptoMapEntry::sequence)).toList();
  }

  public Optional<TransformSet> transformSet(String name) {
    return transformSets.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<AccessList> accessList(String name) {
    return accessLists.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  // ---- interfaces and HSRP ----

  /** {@code ip address A M}: the address and its subnet. */
  public record InterfaceAddress(Ipv4 address, Prefix subnet, Location at) {}

  /**
   * {@code interface NAME} and what is under it.
   *
   * @param address null without {@code ip address}
   * @param shutdown where {@code shutdown} is; null when the interface is not shut down
   * @param cryptoMap {@code crypto map NAME [redundancy NAME [stateful]]}; null when none
   */
  public record InterfaceConfig(String name, Location at, InterfaceAddress address, Location shutdown,
      List<StandbyGroup> standby, InterfaceCryptoMap cryptoMap) {

    public InterfaceConfig {
      standby = List.copyOf(standby);
    }

    public boolean isShutdown() {
      return shutdown != null;
    }

    public Optional<StandbyGroup> standbyGroup(int number) {
      return standby.stream().filter(g -> g.number() == number).findFirst();
    }
  }

  /** {@code crypto map NAME [redundancy NAME [stateful]]} on an interface. */
  public record InterfaceCryptoMap(String map, Located<String> redundancy, boolean stateful, Location at) {}

  /**
   * Every {@code standby N ...} line of one group on one interface ({@code standby ...} without a number is group 0).
   *
   * @param at the group's first {@code standby} line
   * @param ip {@code standby N ip A}; null when the router must learn the virtual IP
   * @param priority {@code standby N priority P}; null for the default 100
   * @param preempt {@code standby N preempt [delay minimum S]}; null without preempt
   * @param name {@code standby N name NAME}; null when unnamed
   * @param timers {@code standby N timers [msec] H [msec] H}; null for the defaults 3 s / 10 s
   * @param version {@code standby version 1|2} (an interface command that applies to its groups); null for 1
   * @param authentication {@code standby N authentication ...}; null when none
   */
  public record StandbyGroup(int number, Location at, Located<Ipv4> ip, Located<Integer> priority, Preempt preempt,
      Located<String> name, List<StandbyTrack> tracks, StandbyTimers timers, Located<Integer> version,
      Located<String> authentication) {

    public static final int DEFAULT_PRIORITY = 100;
    public static final int DEFAULT_HELLO_MS = 3000;
    public static final int DEFAULT_HOLD_MS = 10000;

    public StandbyGroup {
      tracks = List.copyOf(tracks);
    }

    public int effectivePriority() {
      return priority == null ? DEFAULT_PRIORITY : priority.value();
    }

    public int helloMillis() {
      return timers == null ? DEFAULT_HELLO_MS : timers.helloMillis();
    }

    public int holdMillis() {
      return timers == null ? DEFAULT_HOLD_MS : timers.holdMillis();
    }
  }

  /** {@code standby N preempt [delay [minimum] S]}. */
  public record Preempt(int delaySeconds, Location at) {}

  /** {@code standby N track INTERFACE [DECREMENT]} (default decrement 10). */
  public record StandbyTrack(String interfaceName, int decrement, boolean defaultDecrement, Location at) {
    public static final int DEFAULT_DECREMENT = 10;
  }

  /** {@code standby N timers [msec] HELLO [msec] HOLD}, kept in milliseconds. */
  public record StandbyTimers(int helloMillis, int holdMillis, Location at) {}

  // ---- IKE and IPsec ----

  /** {@code crypto isakmp policy N} and its settings ({@code hash md5}, {@code authentication pre-share}, ...). */
  public record IsakmpPolicy(int priority, Location at, List<Located<String>> settings) {
    public IsakmpPolicy {
      settings = List.copyOf(settings);
    }
  }

  /** {@code crypto isakmp key KEY address A [MASK]}. */
  public record IsakmpKey(String key, Ipv4 address, Ipv4 mask, Location at) {
    public boolean covers(Ipv4 peer) {
      int m = mask == null ? -1 : mask.bits();
      return (peer.bits() & m) == (address.bits() & m);
    }
  }

  public enum KeepaliveMode { ON_DEMAND, PERIODIC }

  /** {@code crypto isakmp keepalive SECONDS [RETRY] [periodic|on-demand]}; retry 0 when not given (IOS: 2 s). */
  public record IsakmpKeepalive(int seconds, int retry, KeepaliveMode mode, Location at) {}

  /** {@code crypto ipsec transform-set NAME T1 [T2 [T3]]}. */
  public record TransformSet(String name, List<String> transforms, Location at) {
    public TransformSet {
      transforms = List.copyOf(transforms);
    }
  }

  /**
   * {@code crypto map NAME SEQ ipsec-isakmp} and its settings.
   *
   * @param reverseRoute {@code reverse-route [static]}; null without
   */
  public record CryptoMapEntry(String name, int sequence, String type, Location at, List<Located<Ipv4>> peers,
      List<Located<String>> transformSets, Located<String> matchAddress, Located<String> reverseRoute) {
    public CryptoMapEntry {
      peers = List.copyOf(peers);
      transformSets = List.copyOf(transformSets);
    }
  }

  // ---- access lists and routing ----

  /** A numbered ({@code access-list 101 ...}) or named extended ({@code ip access-list extended NAME}) list. */
  public record AccessList(String name, Location at, List<AclEntry> entries) {
    public AccessList {
      entries = List.copyOf(entries);
    }

    public List<AclEntry> permits() {
      return entries.stream().filter(AclEntry::permit).toList();
    }
  }

  /**
   * One {@code permit|deny PROTOCOL SOURCE DESTINATION [...]} entry; addresses as prefixes ({@code any} is 0.0.0.0/0,
   * {@code host A} is A/32). {@code options} is what follows the destination (ports, {@code log}), kept as written.
   */
  public record AclEntry(boolean permit, String protocol, Prefix source, Prefix destination, String options,
      Location at) {}

  /** {@code router ospf N} and its {@code network}, {@code redistribute static} and {@code passive-interface}. */
  public record OspfProcess(int id, Location at, List<OspfNetwork> networks, RedistributeStatic redistributeStatic,
      List<Located<String>> passiveInterfaces) {
    public OspfProcess {
      networks = List.copyOf(networks);
      passiveInterfaces = List.copyOf(passiveInterfaces);
    }
  }

  /** {@code network A WILDCARD area X}. */
  public record OspfNetwork(Prefix prefix, String area, Location at) {}

  /** {@code redistribute static [subnets] ...}. */
  public record RedistributeStatic(boolean subnets, Location at) {}

  /** {@code ip route PREFIX MASK NEXT-HOP|INTERFACE}; {@code nextHop} null when only an interface is given. */
  public record StaticRoute(Prefix prefix, Ipv4 nextHop, String exitInterface, Location at) {}

  /** A command havpn reads but does not model, and why. */
  public record NotModelled(ConfigLine line, String reason) {
    @Override
    public String toString() {
      return line.at() + ": " + line.text() + " (" + reason + ")";
    }
  }
}
