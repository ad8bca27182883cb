package io.havpn.model;

import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;

/**
 * The properties havpn checks (PRIMER section 5), with the names Java, TLA+ and reports share. Safety properties hold
 * in every state; eventual ones once faults stop (after {@link #failoverBound}); FailoverBound is TunnelRestored
 * reached within that bound.
 */
public enum Property {
  SAS_ONLY_ON_ACTIVE("SasOnlyOnActive", Kind.SAFETY, "an HSRP router holds SAs with the remote only while Active"),
  ROUTE_ONLY_ON_ACTIVE("RouteOnlyOnActive", Kind.SAFETY,
      "the RRI route is in a router's table only while that router is Active"),
  REMOTE_PEERS_WITH_VIP("RemotePeersWithVip", Kind.SAFETY,
      "the remote's SAs, if any, are with the virtual IP, never with a real address"),
  PRIORITY_MATCHES_TRACKING("PriorityMatchesTracking", Kind.SAFETY,
      "each router's priority = configured priority - decrements of its down tracked interfaces"),
  SINGLE_ACTIVE("SingleActive", Kind.EVENTUAL,
      "exactly one router is Active when at least one router has its HSRP interface up"),
  HIGHEST_PRIORITY_ACTIVE("HighestPriorityActive", Kind.EVENTUAL,
      "no router that preempts has a higher priority than the Active router"),
  TUNNEL_RESTORED("TunnelRestored", Kind.EVENTUAL,
      "the remote holds SAs with the virtual IP answered by the Active router, and the inside router routes to it"),
  FAILOVER_BOUND("FailoverBound", Kind.BOUNDED,
      "TunnelRestored holds again within hold + keepalive + retry x limit + 1 s of every disruption");

  public enum Kind { SAFETY, EVENTUAL, BOUNDED }

  private final String id;
  private final Kind kind;
  private final String description;

  Property(String id, Kind kind, String description) {
    this.id = id;
    this.kind = kind;
    this.description = description;
  }

  /** The shared name: {@code SasOnlyOnActive}. */
  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public static Property ofId(String id) {
    for (Property property : values()) {
      if (property.id.equalsIgnoreCase(id) || property.name().equalsIgnoreCase(id)) {
        return property;
      }
    }
    throw new IllegalArgumentException("unknown property '" + id + "'");
  }

  /** The state predicate: for FailoverBound, TunnelRestored (the bound itself is judged over time). */
  public boolean holds(VpnHaModel model, SystemState s) {
    Lab lab = model.lab();
    return switch (this) {
      case SAS_ONLY_ON_ACTIVE -> everyRouter(s, (r, router) -> !router.holdsSas() || router.isActive());
      case ROUTE_ONLY_ON_ACTIVE -> everyRouter(s, (r, router) -> !router.rriRoute() || router.isActive());
      case REMOTE_PEERS_WITH_VIP -> !s.remote().hasSa() || lab.remote().peer().equals(lab.group().virtualIp());
      case PRIORITY_MATCHES_TRACKING -> everyRouter(s,
          (r, router) -> router.priority() == model.trackedPriority(r, router.interfacesUp()));
      case SINGLE_ACTIVE -> !anyHsrpInterfaceUp(s) || Integer.bitCount(s.activeMask()) == 1;
      case HIGHEST_PRIORITY_ACTIVE -> highestPriorityActive(lab, s);
      case TUNNEL_RESTORED, FAILOVER_BOUND -> tunnelRestored(model, s);
    };
  }

  /** Seconds within which TunnelRestored must hold again after a disruption; MAX_VALUE when nothing bounds it. */
  public static int failoverBound(Lab lab) {
    Keepalive keepalive = lab.remote().keepalive();
    if (keepalive == null) {
      return Integer.MAX_VALUE; // the remote never notices the failover: its SAs point at a router that lost them
    }
    return lab.group().holdTime() + keepalive.detectionTime() + 1;
  }

  private interface RouterPredicate {
    boolean test(int index, RouterState router);
  }

  private static boolean everyRouter(SystemState s, RouterPredicate predicate) {
    for (int r = 0; r < s.routers().size(); r++) {
      if (!predicate.test(r, s.router(r))) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyHsrpInterfaceUp(SystemState s) {
    for (RouterState router : s.routers()) {
      if (router.hsrpInterfaceUp()) {
        return true;
      }
    }
    return false;
  }

  private static boolean highestPriorityActive(Lab lab, SystemState s) {
    for (int a = 0; a < s.routers().size(); a++) {
      if (!s.router(a).isActive()) {
        continue;
      }
      for (int q = 0; q < s.routers().size(); q++) {
        RouterState other = s.router(q);
        HsrpRouter config = lab.router(q);
        if (q != a && config.preempt() && other.hsrpInterfaceUp() && lab.outranks(other.priority(), q, s.router(a).priority(), a)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean tunnelRestored(VpnHaModel model, SystemState s) {
    if (!anyHsrpInterfaceUp(s)) {
      return true;
    }
    int active = s.activeMask();
    if (Integer.bitCount(active) != 1) {
      return false;
    }
    int a = Integer.numberOfTrailingZeros(active);
    Lab lab = model.lab();
    return lab.remote().peer().equals(lab.group().virtualIp())
        && s.remote().saWith() == a
        && s.router(a).holdsSas()
        && model.peerTarget(s) == a
        && s.ospfNextHops() == active
        && model.echoRouted(s, a);
  }
}
