package io.havpn.model;

import io.havpn.model.hsrp.HsrpMessage;
import java.util.List;

/**
 * The whole lab's state; immutable, equal by value.
 *
 * @param routers the HSRP routers, in the lab's order
 * @param channels HSRP packets in flight, one FIFO per ordered pair: index {@code sender * n + receiver}
 * @param vipOwner the router the HSRP segment's switch delivers the virtual IP (virtual MAC) to, or -1
 * @param partitioned the HSRP segment is split: no router hears another
 * @param remote the remote peer
 * @param ospfNextHops bit i set when the inside router's route to the remote network points at HSRP router i
 * @param faults faults taken so far (counted only when the lab bounds them)
 * @param losses losses taken so far (counted only when the lab bounds them)
 */
public record SystemState(
    List<RouterState> routers,
    List<List<HsrpMessage>> channels,
    int vipOwner,
    boolean partitioned,
    RemoteState remote,
    int ospfNextHops,
    int faults,
    int losses) {

  public SystemState {
    routers = List.copyOf(routers);
    channels = List.copyOf(channels);
  }

  public RouterState router(int index) {
    return routers.get(index);
  }

  public List<HsrpMessage> channel(int sender, int receiver) {
    return channels.get(sender * routers.size() + receiver);
  }

  public boolean messagesInFlight() {
    for (List<HsrpMessage> channel : channels) {
      if (!channel.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Indices of the routers in Active state. */
  public int activeMask() {
    int mask = 0;
    for (int i = 0; i < routers.size(); i++) {
      if (routers.get(i).isActive()) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  public SystemState withRouter(int index, RouterState router) {
    List<RouterState> changed = new java.util.ArrayList<>(routers);
    changed.set(index, router);
    return new SystemState(changed, channels, vipOwner, partitioned, remote, ospfNextHops, faults, losses);
  }

  public SystemState withRemote(RemoteState newRemote) {
    return new SystemState(routers, channels, vipOwner, partitioned, newRemote, ospfNextHops, faults, losses);
  }

  public SystemState withOspfNextHops(int mask) {
    return new SystemState(routers, channels, vipOwner, partitioned, remote, mask, faults, losses);
  }
}
