package io.havpn.config;

import io.havpn.config.RouterConfig.AclEntry;
import io.havpn.config.RouterConfig.CryptoMapEntry;
import io.havpn.config.RouterConfig.InterfaceConfig;
import io.havpn.config.RouterConfig.StandbyGroup;
import io.havpn.config.RouterConfig.StandbyTimers;
import io.havpn.config.RouterConfig.StandbyTrack;
import io.havpn.model.lab.CryptoMap;
import io.havpn.model.lab.HsrpGroup;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Interface;
import io.havpn.model.lab.InternalRouter;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.Prefix;
import io.havpn.model.lab.RemotePeer;
import io.havpn.model.lab.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the model's {@link Lab} from a set of router configurations. The roles come from the configurations:
 * <ul>
 *   <li>the HSRP routers carry a {@code standby} group on an addressed interface (one group: the model has one);
 *   <li>the remote applies a crypto map on an interface without HSRP, peering with the group (its virtual IP or a
 *       member's address) or named as a peer by the group's crypto maps;
 *   <li>the inside router shares a subnet with an HSRP router's other interfaces; its first loopback is the ping
 *       source.
 * </ul>
 * Each HSRP router's interfaces are its HSRP interface, the one facing the inside router, then any other tracked
 * interface. Timers are the group's {@code standby timers} (IOS defaults 3 s and 10 s), rounded up to whole seconds;
 * the remote's keepalive retry defaults to IOS's 2 s and its limit is {@link Keepalive#DEFAULT_LIMIT} (IOS has no
 * command for it). A static route is redistributed into OSPF when {@code redistribute static} has {@code subnets},
 * or when the remote network is classful (IOS redistributes only classful networks without {@code subnets}).
 */
public final class LabImport {

  private LabImport() {}

  /** The lab's name for configurations read from {@code paths}: the folder, or its parent for a folder "configs". */
  public static String labName(List<Path> paths) {
    if (paths.size() == 1) {
      Path path = paths.get(0).toAbsolutePath().normalize();
      Path folder = Files.isDirectory(path) ? path : path.getParent();
      if (folder != null && folder.getFileName() != null) {
        if (folder.getFileName().toString().equals("configs") && folder.getParent() != null
            && folder.getParent().getFileName() != null) {
          return folder.getParent().getFileName().toString();
        }
        return folder.getFileName().toString();
      }
    }
    return "configs";
  }

  /** Reads the files (or directories) and builds their lab. */
  public static Lab fromFiles(List<Path> paths) throws ConfigException {
    return build(labName(paths), ConfigFiles.configs(ConfigFiles.read(paths)));
  }

  /** One router's HSRP group, on its interface. */
  private record Member(RouterConfig config, InterfaceConfig hsrpInterface, StandbyGroup group) {}

  public static Lab build(String name, List<RouterConfig> configs) throws ConfigException {
    if (configs.isEmpty()) {
      throw new ConfigException(Location.of("(no file)", 0), "no configurations: a lab needs at least its HSRP "
          + "routers, the remote and the inside router");
    }
    Location first = configs.get(0).start();
    List<Member> members = members(configs, first);
    Member reference = members.get(0);
    Ipv4 virtualIp = members.stream().filter(m -> m.group().ip() != null).map(m -> m.group().ip().value()).findFirst()
        .orElseThrow(() -> new ConfigException(reference.group().at(), "no router of HSRP group "
            + reference.group().number() + " has 'standby " + reference.group().number() + " ip ADDRESS': the virtual "
            + "IP is unknown"));
    List<RouterConfig> hsrpConfigs = members.stream().map(Member::config).toList();
    RouterConfig remoteConfig = remote(configs, hsrpConfigs, members, virtualIp, first);
    RouterConfig internalConfig = internal(configs, hsrpConfigs, remoteConfig, members, first);
    RemotePeer remote = remotePeer(remoteConfig);
    InternalRouter internal = internalRouter(internalConfig, members);
    HsrpGroup group = group(members, virtualIp);
    List<HsrpRouter> routers = new ArrayList<>();
    for (Member member : members) {
      routers.add(hsrpRouter(member, internal, remote));
    }
    try {
      return new Lab(name, group, routers, remote, internal, Options.ios());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(first, e.getMessage());
    }
  }

  private static List<Member> members(List<RouterConfig> configs, Location first) throws ConfigException {
    Map<String, List<Member>> groups = new LinkedHashMap<>();
    for (RouterConfig config : configs) {
      for (InterfaceConfig iface : config.interfaces()) {
        if (iface.address() == null) {
          continue;
        }
        for (StandbyGroup group : iface.standby()) {
          String key = iface.address().subnet() + " group " + group.number();
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(config, iface, group));
        }
      }
    }
    if (groups.isEmpty()) {
      throw new ConfigException(first, "no HSRP group: no configuration has 'standby N ip ...' on an addressed "
          + "interface (expected the two or more routers that share the virtual IP)");
    }
    if (groups.size() > 1) {
      // the group the crypto maps follow is the one the model needs
      List<String> bound = groups.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(m ->
          m.hsrpInterface().cryptoMap() != null && m.hsrpInterface().cryptoMap().redundancy() != null
              && m.group().name() != null && m.hsrpInterface().cryptoMap().redundancy().value()
              .equals(m.group().name().value()))).map(Map.Entry::getKey).toList();
      if (bound.size() != 1) {
        throw new ConfigException(groups.values().iterator().next().get(0).group().at(), "several HSRP groups ("
            + String.join(", ", groups.keySet()) + ") and no single one bound to a crypto map by 'redundancy': the "
            + "model follows one group");
      }
      return groups.get(bound.get(0));
    }
    List<Member> members = groups.values().iterator().next();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (members.get(i).config().name().equals(members.get(j).config().name())) {
          throw new ConfigException(members.get(j).config().hostname().at(), "two configurations are both named "
              + members.get(i).config().name() + " (the first at " + members.get(i).config().hostname().at() + ")");
        }
      }
    }
    return members;
  }

  private static RouterConfig remote(List<RouterConfig> configs, List<RouterConfig> hsrp, List<Member> members,
      Ipv4 virtualIp, Location first) throws ConfigException {
    List<Ipv4> groupAddresses = new ArrayList<>(List.of(virtualIp));
    members.forEach(m -> groupAddresses.add(m.hsrpInterface().address().address()));
    List<Ipv4> peersOfGroup = new ArrayList<>();
    for (Member m : members) {
      if (m.hsrpInterface().cryptoMap() != null) {
        m.config().cryptoMap(m.hsrpInterface().cryptoMap().map())
            .forEach(e -> e.peers().forEach(p -> peersOfGroup.add(p.value())));
      }
    }
    List<RouterConfig> candidates = new ArrayList<>();
    for (RouterConfig config : configs) {
      if (hsrp.contains(config)) {
        continue;
      }
      for (InterfaceConfig iface : config.interfaces()) {
        if (iface.cryptoMap() == null || iface.address() == null) {
          continue;
        }
        boolean peersWithGroup = config.cryptoMap(iface.cryptoMap().map()).stream()
            .anyMatch(e -> e.peers().stream().anyMatch(p -> groupAddresses.contains(p.value())));
        if (peersWithGroup || peersOfGroup.contains(iface.address().address())) {
          candidates.add(config);
          break;
        }
      }
    }
    if (candidates.size() != 1) {
      throw new ConfigException(first, candidates.isEmpty()
          ? "no remote peer: no configuration outside the HSRP group applies a crypto map that peers with the group "
              + "(expected the remote site's router, with 'crypto map NAME' on its outside interface)"
          : "several remote peers (" + String.join(", ", candidates.stream().map(RouterConfig::name).toList())
              + "): the model has one");
    }
    return candidates.get(0);
  }

  private static RouterConfig internal(List<RouterConfig> configs, List<RouterConfig> hsrp, RouterConfig remote,
      List<Member> members, Location first) throws ConfigException {
    List<RouterConfig> candidates = new ArrayList<>();
    for (RouterConfig config : configs) {
      if (hsrp.contains(config) || config == remote) {
        continue;
      }
      if (insideInterface(config, members).isPresent()) {
        candidates.add(config);
      }
    }
    if (candidates.size() != 1) {
      throw new ConfigException(first, candidates.isEmpty()
          ? "no inside router: no other configuration shares a subnet with the HSRP routers' inside interfaces "
              + "(expected the internal OSPF router)"
          : "several inside routers (" + String.join(", ", candidates.stream().map(RouterConfig::name).toList())
              + "): the model has one");
    }
    return candidates.get(0);
  }

  /** The inside router's interface on a subnet of an HSRP router's non-HSRP interface. */
  private static Optional<InterfaceConfig> insideInterface(RouterConfig config, List<Member> members) {
    for (InterfaceConfig iface : config.interfaces()) {
      if (iface.address() == null || iface.isShutdown() || InterfaceNames.isLoopback(iface.name())) {
        continue;
      }
      for (Member m : members) {
        for (InterfaceConfig other : m.config().interfaces()) {
          if (other != m.hsrpInterface() && other.address() != null
              && other.address().subnet().equals(iface.address().subnet())) {
            return Optional.of(iface);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static RemotePeer remotePeer(RouterConfig config) throws ConfigException {
    InterfaceConfig outside = config.interfaces().stream().filter(i -> i.cryptoMap() != null && i.address() != null)
        .findFirst().orElseThrow();
    List<CryptoMapEntry> entries = config.cryptoMap(outside.cryptoMap().map());
    if (entries.isEmpty()) {
      throw new ConfigException(outside.cryptoMap().at(), "crypto map " + outside.cryptoMap().map()
          + " is applied here but never defined (expected 'crypto map " + outside.cryptoMap().map()
          + " SEQ ipsec-isakmp')");
    }
    CryptoMapEntry entry = entries.get(0);
    if (entry.peers().isEmpty()) {
      throw new ConfigException(entry.at(), "crypto map " + entry.name() + " " + entry.sequence() + " has no 'set "
          + "peer'");
    }
    Prefix protectedNetwork = protectedNetwork(config, entry);
    Keepalive keepalive = null;
    if (config.isakmpKeepalive() != null) {
      RouterConfig.IsakmpKeepalive k = config.isakmpKeepalive();
      keepalive = new Keepalive(k.seconds(), k.retry() == 0 ? Keepalive.DEFAULT_RETRY : k.retry(),
          Keepalive.DEFAULT_LIMIT,
          k.mode() == RouterConfig.KeepaliveMode.PERIODIC ? Keepalive.Mode.PERIODIC : Keepalive.Mode.ON_DEMAND);
    }
    return new RemotePeer(config.name(), modelInterface(outside), entry.peers().get(0).value(), protectedNetwork,
        keepalive);
  }

  /** The remote's own network: the source of the first permit of its crypto ACL. */
  private static Prefix protectedNetwork(RouterConfig config, CryptoMapEntry entry) throws ConfigException {
    if (entry.matchAddress() == null) {
      throw new ConfigException(entry.at(), "crypto map " + entry.name() + " " + entry.sequence() + " has no 'match "
          + "address': the protected network is unknown");
    }
    String acl = entry.matchAddress().value();
    List<AclEntry> permits = config.accessList(acl).map(RouterConfig.AccessList::permits).orElse(List.of());
    if (permits.isEmpty()) {
      throw new ConfigException(entry.matchAddress().at(), "access list " + acl + " is not defined or permits "
          + "nothing: the protected network is unknown");
    }
    return permits.get(0).source();
  }

  private static InternalRouter internalRouter(RouterConfig config, List<Member> members) throws ConfigException {
    InterfaceConfig inside = insideInterface(config, members).orElseThrow();
    InterfaceConfig loopback = config.interfaces().stream()
        .filter(i -> InterfaceNames.isLoopback(i.name()) && i.address() != null).findFirst()
        .orElseThrow(() -> new ConfigException(config.hostname().at(), config.name() + " has no addressed loopback "
            + "interface: the model pings from the inside router's loopback (expected 'interface Loopback0' with "
            + "'ip address')"));
    return new InternalRouter(config.name(), modelInterface(inside), loopback.address().address());
  }

  private static HsrpGroup group(List<Member> members, Ipv4 virtualIp) throws ConfigException {
    StandbyGroup first = members.get(0).group();
    String name = members.stream().filter(m -> m.group().name() != null).map(m -> m.group().name().value())
        .findFirst().orElse(null);
    StandbyTimers timers = members.stream().map(m -> m.group().timers()).filter(t -> t != null).findFirst()
        .orElse(null);
    int hello = timers == null ? StandbyGroup.DEFAULT_HELLO_MS / 1000 : (timers.helloMillis() + 999) / 1000;
    int hold = timers == null ? StandbyGroup.DEFAULT_HOLD_MS / 1000 : (timers.holdMillis() + 999) / 1000;
    try {
      return new HsrpGroup(first.number(), name, virtualIp, hello, hold);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(timers == null ? first.at() : timers.at(), e.getMessage()
          + " (the model counts whole seconds; sub-second timers are rounded up)");
    }
  }

  private static HsrpRouter hsrpRouter(Member member, InternalRouter internal, RemotePeer remote)
      throws ConfigException {
    RouterConfig config = member.config();
    List<Interface> interfaces = new ArrayList<>();
    interfaces.add(modelInterface(member.hsrpInterface()));
    InterfaceConfig inside = config.interfaces().stream()
        .filter(i -> i != member.hsrpInterface() && i.address() != null
            && i.address().subnet().contains(internal.inside().address()))
        .findFirst()
        .orElseThrow(() -> new ConfigException(member.hsrpInterface().at(), config.name() + " has no interface on "
            + "the inside router's subnet " + internal.inside().subnet()));
    interfaces.add(modelInterface(inside));
    List<Track> tracks = new ArrayList<>();
    for (StandbyTrack track : member.group().tracks()) {
      InterfaceConfig tracked = config.interfaceNamed(track.interfaceName()).orElseThrow(() ->
          new ConfigException(track.at(), "tracked interface " + track.interfaceName() + " is not configured on "
              + config.name()));
      if (interfaces.stream().noneMatch(i -> i.name().equals(tracked.name()))) {
        interfaces.add(modelInterface(tracked));
      }
      tracks.add(new Track(tracked.name(), track.decrement()));
    }
    CryptoMap cryptoMap = null;
    RouterConfig.InterfaceCryptoMap binding = member.hsrpInterface().cryptoMap();
    if (binding != null) {
      List<CryptoMapEntry> entries = config.cryptoMap(binding.map());
      if (entries.isEmpty() || entries.get(0).peers().isEmpty()) {
        throw new ConfigException(binding.at(), "crypto map " + binding.map() + " is applied here but "
            + (entries.isEmpty() ? "never defined" : "has no 'set peer'"));
      }
      CryptoMapEntry entry = entries.get(0);
      cryptoMap = new CryptoMap(entry.peers().get(0).value(), entry.reverseRoute() != null,
          binding.redundancy() == null ? null : binding.redundancy().value());
    }
    StandbyGroup group = member.group();
    return new HsrpRouter(config.name(), interfaces, group.effectivePriority(), group.preempt() != null,
        group.preempt() == null ? 0 : group.preempt().delaySeconds(), group.ip() != null, tracks, cryptoMap,
        redistributesStatic(config, remote.protectedNetwork()), config.invalidSpiRecovery() != null);
  }

  /** {@code redistribute static subnets}, or {@code redistribute static} of a classful network. */
  static boolean redistributesStatic(RouterConfig config, Prefix network) {
    return config.ospfProcesses().stream().anyMatch(p -> p.redistributeStatic() != null
        && (p.redistributeStatic().subnets() || isClassful(network)));
  }

  /** A class A, B or C network with its natural mask. */
  public static boolean isClassful(Prefix network) {
    int firstOctet = network.network().bits() >>> 24;
    int natural = firstOctet < 128 ? 8 : firstOctet < 192 ? 16 : firstOctet < 224 ? 24 : -1;
    return network.length() == natural;
  }

  private static Interface modelInterface(InterfaceConfig iface) {
    if (iface.address() == null) {
      return new Interface(iface.name(), new Ipv4(0), new Prefix(new Ipv4(0), 0));
    }
    return new Interface(iface.name(), iface.address().address(), iface.address().subnet());
  }
}
