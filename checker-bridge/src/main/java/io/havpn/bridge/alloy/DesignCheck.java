package io.havpn.bridge.alloy;

import io.havpn.config.Located;
import io.havpn.config.Location;
import io.havpn.config.RouterConfig;
import io.havpn.config.RouterConfig.CryptoMapEntry;
import io.havpn.config.RouterConfig.InterfaceConfig;
import io.havpn.config.RouterConfig.StandbyGroup;
import io.havpn.config.RouterConfig.StandbyTrack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The assertions of {@code specs/alloy/VpnHa.als}, each with the function that names its culprits, a severity, what
 * it means for the design, and the config lines a culprit stands for.
 */
public enum DesignCheck {
  REDUNDANCY_MATCHES_GROUP("RedundancyMatchesGroup", "redundancyMismatch", Severity.ERROR,
      "the crypto map's redundancy name matches no standby group name on this interface: IPsec does not follow "
          + "HSRP and keeps its SAs on a router that is not Active",
      c -> c.iface(i -> lines(i.cryptoMap().at(), groupNameLines(i)))),
  CRYPTO_MAP_FOLLOWS_GROUP("CryptoMapFollowsGroup", "mapNotFollowingGroup", Severity.ERROR,
      "a crypto map on an HSRP interface without 'redundancy NAME': IPsec ignores HSRP and answers the remote with "
          + "the real address, on every router at once",
      c -> c.iface(i -> lines(i.cryptoMap().at(), i.standby().stream().map(StandbyGroup::at).toList()))),
  REMOTE_PEER_IS_VIRTUAL_IP("RemotePeerIsVirtualIp", "peerNotVirtualIp", Severity.ERROR,
      "the remote's 'set peer' is not the group's virtual IP: after a failover the remote keeps talking to a router "
          + "that is not Active",
      c -> c.entry(e -> lines(e.at(), e.peers().stream().map(Located::at).toList()))),
  TRANSFORM_SETS_MATCH("TransformSetsMatch", "transformMismatch", Severity.ERROR,
      "transforms differ from the other end or from the other HSRP routers: IPsec cannot negotiate once this router "
          + "is Active",
      c -> c.entry(e -> lines(e.at(), Stream.concat(e.transformSets().stream().map(Located::at),
          c.config().transformSets().stream().filter(t -> e.transformSets().stream()
              .anyMatch(s -> s.value().equals(t.name()))).map(RouterConfig.TransformSet::at)).toList()))),
  ACLS_MIRRORED("AclsMirrored", "aclMismatch", Severity.ERROR,
      "the crypto ACL is not the mirror image of the other end's, or differs between the HSRP routers: traffic is "
          + "dropped or not protected after a failover",
      c -> c.entry(e -> lines(e.matchAddress() == null ? e.at() : e.matchAddress().at(),
          e.matchAddress() == null ? List.of() : c.config().accessList(e.matchAddress().value())
              .map(a -> a.permits().stream().map(RouterConfig.AclEntry::at).toList()).orElse(List.of())))),
  REVERSE_ROUTE_ON_EVERY_ROUTER("ReverseRouteOnEveryRouter", "rriMissing", Severity.ERROR,
      "no 'reverse-route' in this HSRP router's crypto map: when it becomes Active the inside network never learns "
          + "the way to the remote",
      c -> c.entry(e -> List.of(e.at()))),
  KEYS_FOR_PEERS("KeysForPeers", "keyMissing", Severity.ERROR,
      "no 'crypto isakmp key' for a peer of this crypto map: IKE cannot authenticate it",
      c -> c.entry(e -> lines(e.peers().isEmpty() ? e.at() : e.peers().get(0).at(),
          c.config().isakmpKeys().stream().map(RouterConfig.IsakmpKey::at).toList()))),
  REMOTE_HAS_KEEPALIVE("RemoteHasKeepalive", "keepaliveMissing", Severity.ERROR,
      "the remote has no 'crypto isakmp keepalive': it never notices a failover, and its SAs point at a router that "
          + "lost them",
      c -> c.router(r -> List.of(r.cryptoMaps().isEmpty() ? r.hostname().at() : r.cryptoMaps().get(0).at()))),
  RRI_ROUTE_REDISTRIBUTED("RriRouteRedistributed", "rriNotRedistributed", Severity.ERROR,
      "the RRI route does not reach OSPF (no 'redistribute static', or no 'subnets' for a subnetted network): the "
          + "inside router does not follow the Active router",
      c -> c.router(r -> r.ospfProcesses().stream().filter(o -> o.redistributeStatic() != null)
          .map(o -> o.redistributeStatic().at()).findFirst()
          .or(() -> r.ospfProcesses().stream().map(RouterConfig.OspfProcess::at).findFirst())
          .or(() -> r.cryptoMaps().stream().filter(e -> e.reverseRoute() != null)
              .map(e -> e.reverseRoute().at()).findFirst())
          .map(List::of).orElse(List.of(r.hostname().at())))),
  TRACKED_FAILURE_MOVES_ACTIVE("TrackedFailureMovesActive", "trackTooSmall", Severity.ERROR,
      "the track decrement does not bring the priority below every other router's: when this interface fails the "
          + "router stays Active with a black hole",
      c -> c.track((t, g) -> lines(t.at(), priorityLine(g), c.peerGroups(g).stream()
          .map(DesignCheck::priorityLine).toList()))),
  TAKEOVER_ROUTER_PREEMPTS("TakeoverRouterPreempts", "preemptMissing", Severity.ERROR,
      "no 'standby preempt' on a router that must take over when another router's tracked interface fails: the "
          + "Active role does not move",
      c -> c.group(g -> lines(g.at(), c.peerGroups(g).stream().flatMap(p -> p.tracks().stream())
          .map(StandbyTrack::at).toList()))),
  INSIDE_FAILURE_TRACKED("InsideFailureTracked", "insideNotTracked", Severity.ERROR,
      "the router tracks no interface besides its HSRP one: when its inside interface fails it stays Active with a "
          + "black hole",
      c -> c.group(g -> List.of(g.at()))),
  GROUP_AGREES("GroupAgrees", "groupDisagrees", Severity.ERROR,
      "the members of the HSRP group disagree on the virtual IP or the group name",
      c -> c.group(g -> lines(g.at(), Stream.of(g.ip(), g.name()).filter(Objects::nonNull).map(Located::at)
          .toList()))),
  VIRTUAL_IP_CONFIGURED("VirtualIpConfigured", "virtualIpMissing", Severity.ERROR,
      "no member of the HSRP group has 'standby N ip ADDRESS': there is no virtual IP for the remote to peer with",
      c -> c.group(g -> List.of(g.at()))),
  VIRTUAL_IP_IN_SUBNET("VirtualIpInSubnet", "virtualIpOutsideSubnet", Severity.ERROR,
      "the virtual IP is not in the interface's subnet, or is a router's own address",
      c -> c.group(g -> lines(g.ip().at(), List.of(c.interfaceOf(g).address() == null ? c.interfaceOf(g).at()
          : c.interfaceOf(g).address().at())))),
  HOLD_EXCEEDS_HELLO("HoldExceedsHello", "holdNotAboveHello", Severity.ERROR,
      "the hold time does not exceed the hello time (in whole seconds, as the model counts)",
      c -> c.group(g -> List.of(g.timers() == null ? g.at() : g.timers().at()))),
  TRACKED_INTERFACE_EXISTS("TrackedInterfaceExists", "trackedInterfaceUnknown", Severity.ERROR,
      "the tracked interface is not configured on this router", c -> c.track((t, g) -> List.of(t.at()))),
  CRYPTO_MAP_DEFINED("CryptoMapDefined", "appliedMapUndefined", Severity.ERROR,
      "the crypto map applied on this interface is not defined", c -> c.iface(i -> List.of(i.cryptoMap().at()))),
  MATCH_ADDRESS_DEFINED("MatchAddressDefined", "aclUndefined", Severity.ERROR,
      "the crypto map has no 'match address', or its access list is not defined",
      c -> c.entry(e -> List.of(e.matchAddress() == null ? e.at() : e.matchAddress().at()))),
  TRANSFORM_SET_DEFINED("TransformSetDefined", "transformSetUndefined", Severity.ERROR,
      "the crypto map has no 'set transform-set', or its transform set is not defined",
      c -> c.entry(e -> List.of(e.transformSets().isEmpty() ? e.at() : e.transformSets().get(0).at()))),
  TIMERS_AGREE("TimersAgree", "timersDisagree", Severity.WARNING,
      "the members' HSRP timers differ: they use the Active router's, so the timers change with every failover",
      c -> c.group(g -> List.of(g.timers() == null ? g.at() : g.timers().at()))),
  HOLD_AT_LEAST_THREE_HELLOS("HoldAtLeastThreeHellos", "holdShort", Severity.WARNING,
      "the hold time is under three hello times: one lost Hello can make two routers Active",
      c -> c.group(g -> List.of(g.timers() == null ? g.at() : g.timers().at()))),
  HSRP_INTERFACE_UP("HsrpInterfaceUp", "hsrpInterfaceShutdown", Severity.WARNING,
      "the HSRP interface is shut down: this router takes no part in the group",
      c -> c.iface(i -> List.of(i.shutdown())));

  private final String id;
  private final String culprits;
  private final Severity severity;
  private final String explanation;
  private final Function<Culprit, List<Location>> locate;

  DesignCheck(String id, String culprits, Severity severity, String explanation,
      Function<Culprit, List<Location>> locate) {
    this.id = id;
    this.culprits = culprits;
    this.severity = severity;
    this.explanation = explanation;
    this.locate = locate;
  }

  /** The assertion's name in VpnHa.als, and the finding's rule id. */
  public String id() {
    return id;
  }

  /** The VpnHa.als function whose atoms are the culprits. */
  public String culpritFunction() {
    return culprits;
  }

  public Severity severity() {
    return severity;
  }

  public String explanation() {
    return explanation;
  }

  /** The config lines a culprit stands for, the most telling first, without repeats. */
  public List<Location> lines(Culprit culprit) {
    return locate.apply(culprit).stream().filter(Objects::nonNull).distinct().toList();
  }

  public static DesignCheck ofId(String id) {
    for (DesignCheck check : values()) {
      if (check.id.equalsIgnoreCase(id)) {
        return check;
      }
    }
    throw new IllegalArgumentException("unknown design check '" + id + "'");
  }

  private static List<Location> lines(Location first, List<Location> more) {
    List<Location> all = new ArrayList<>();
    all.add(first);
    all.addAll(more);
    return all;
  }

  private static List<Location> lines(Location first, Location second, List<Location> more) {
    List<Location> all = lines(first, List.of(second));
    all.addAll(more);
    return all;
  }

  private static Location priorityLine(StandbyGroup group) {
    return group.priority() == null ? group.at() : group.priority().at();
  }

  private static List<Location> groupNameLines(InterfaceConfig iface) {
    return iface.standby().stream().map(g -> g.name() == null ? g.at() : g.name().at()).toList();
  }

  /**
   * One culprit atom: the parsed element it stands for, and its router's configuration (with the group of a track,
   * the interface of a group, and the other members of a group, which the lines of some checks need).
   */
  public record Culprit(Object element, RouterConfig config, StandbyGroup trackGroup, List<StandbyGroup> peers,
      InterfaceConfig groupInterface) {

    List<Location> iface(Function<InterfaceConfig, List<Location>> f) {
      return f.apply((InterfaceConfig) element);
    }

    List<Location> entry(Function<CryptoMapEntry, List<Location>> f) {
      return f.apply((CryptoMapEntry) element);
    }

    List<Location> router(Function<RouterConfig, List<Location>> f) {
      return f.apply((RouterConfig) element);
    }

    List<Location> group(Function<StandbyGroup, List<Location>> f) {
      return f.apply((StandbyGroup) element);
    }

    List<Location> track(java.util.function.BiFunction<StandbyTrack, StandbyGroup, List<Location>> f) {
      return f.apply((StandbyTrack) element, trackGroup);
    }

    List<StandbyGroup> peerGroups(StandbyGroup group) {
      return peers;
    }

    InterfaceConfig interfaceOf(StandbyGroup group) {
      return groupInterface;
    }
  }
}
