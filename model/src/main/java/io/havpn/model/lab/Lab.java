package io.havpn.model.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The typed lab every technique works on: one HSRP group of routers, the remote peer, the inside router, options. */
public record Lab(
    String name, HsrpGroup group, List<HsrpRouter> routers, RemotePeer remote, InternalRouter internal, Options options) {

  /** HSRP routers are numbered 0..n-1 in masks and channels; at most 30 keeps the masks in an int. */
  public static final int MAX_ROUTERS = 30;

  public Lab {
    routers = List.copyOf(routers);
    if (routers.isEmpty() || routers.size() > MAX_ROUTERS) {
      throw new IllegalArgumentException("a lab has 1 to " + MAX_ROUTERS + " HSRP routers, not " + routers.size());
    }
    for (int i = 0; i < routers.size(); i++) {
      for (int j = i + 1; j < routers.size(); j++) {
        if (routers.get(i).name().equals(routers.get(j).name())) {
          throw new IllegalArgumentException("two routers are named " + routers.get(i).name());
        }
      }
    }
  }

  public int routerCount() {
    return routers.size();
  }

  public HsrpRouter router(int index) {
    return routers.get(index);
  }

  /** Index of the HSRP router named {@code routerName}, or -1. */
  public int routerIndex(String routerName) {
    for (int i = 0; i < routers.size(); i++) {
      if (routers.get(i).name().equalsIgnoreCase(routerName)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the router whose HSRP interface has {@code address}, or -1. */
  public int routerWithAddress(Ipv4 address) {
    for (int i = 0; i < routers.size(); i++) {
      if (routers.get(i).address().equals(address)) {
        return i;
      }
    }
    return -1;
  }

  /** RFC 2281: router p with priority pp outranks router q with priority pq; equal priorities go to the higher address. */
  public boolean outranks(int pp, int p, int pq, int q) {
    if (pp != pq) {
      return pp > pq;
    }
    return router(p).address().compareTo(router(q).address()) > 0;
  }

  public List<String> routerNames() {
    return routers.stream().map(HsrpRouter::name).toList();
  }

  public Lab withOptions(Options newOptions) {
    return new Lab(name, group, routers, remote, internal, newOptions);
  }

  public Lab withRemote(RemotePeer newRemote) {
    return new Lab(name, group, routers, newRemote, internal, options);
  }

  public Lab withGroup(HsrpGroup newGroup) {
    return new Lab(name, newGroup, routers, remote, internal, options);
  }

  public Lab withName(String newName) {
    return new Lab(newName, group, routers, remote, internal, options);
  }

  /** This lab with router {@code routerName} changed by {@code change}. */
  public Lab withRouter(String routerName, UnaryOperator<HsrpRouter> change) {
    int index = routerIndex(routerName);
    if (index < 0) {
      throw new IllegalArgumentException("no router named " + routerName);
    }
    List<HsrpRouter> changed = new ArrayList<>(routers);
    changed.set(index, change.apply(routers.get(index)));
    return new Lab(name, group, changed, remote, internal, options);
  }
}
