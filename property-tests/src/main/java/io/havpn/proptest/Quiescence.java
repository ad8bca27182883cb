package io.havpn.proptest;

import static io.havpn.model.RouterState.STOPPED;

import io.havpn.model.Action;
import io.havpn.model.Property;
import io.havpn.model.RouterState;
import io.havpn.model.SystemState;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.List;

/** What "the faults stop" means for a random sequence: which faults are undone, and when judging may start. */
final class Quiescence {

  private Quiescence() {}

  /**
   * The repairs the suffix makes. A partition is always healed: no design survives a split segment. Interfaces that
   * are down stay down (the design must fail over) unless no router could carry the tunnel: none has both interfaces
   * up, or none with {@code standby ip} configured has its HSRP interface up (a Learn router never learns the virtual
   * IP alone). Then every interface is repaired.
   */
  static List<Action> repairs(Lab lab, SystemState s) {
    List<Action> repairs = new ArrayList<>();
    if (s.partitioned()) {
      repairs.add(new Action.Heal());
    }
    if (!canCarryTunnel(lab, s)) {
      for (int r = 0; r < lab.routerCount(); r++) {
        for (int i = 0; i < lab.router(r).interfaces().size(); i++) {
          if (!s.router(r).interfaceUp(i)) {
            repairs.add(new Action.InterfaceUp(r, i));
          }
        }
      }
    }
    return repairs;
  }

  static boolean canCarryTunnel(Lab lab, SystemState s) {
    boolean fullyUp = false;
    boolean virtualIpKnown = false;
    for (int r = 0; r < lab.routerCount(); r++) {
      RouterState router = s.router(r);
      fullyUp |= router.interfacesUp() == (1 << lab.router(r).interfaces().size()) - 1;
      virtualIpKnown |= lab.router(r).virtualIpConfigured() && router.hsrpInterfaceUp();
    }
    return fullyUp && virtualIpKnown;
  }

  /**
   * Seconds until the last fault has taken effect: a reload or minimum interface delay still running, then that
   * router's preempt delay (a coup it may still make is a disruption of its own).
   */
  static int pendingDelay(Lab lab, SystemState s) {
    int pending = 0;
    for (int r = 0; r < lab.routerCount(); r++) {
      RouterState router = s.router(r);
      int delay = router.interfaceDelay() != STOPPED
          ? router.interfaceDelay() + lab.router(r).preemptDelay()
          : router.preemptDelay();
      pending = Math.max(pending, delay);
    }
    return pending;
  }

  /**
   * Extra seconds when the faults leave no router Active or Standby: the group must first elect one from scratch
   * (Listen for a hold time, Speak for another, RFC 2281), and a router that outranks it, such as one that had to
   * learn the virtual IP, coups at its next Hello. The failover bound counts one hold time (the Standby noticing the
   * Active is gone); a cold election needs a second one and a hello time more. With an Active or a Standby left, the
   * bound applies as it is.
   */
  static int electionAllowance(Lab lab, SystemState s) {
    for (RouterState router : s.routers()) {
      if (router.hsrp() == HsrpState.ACTIVE || router.hsrp() == HsrpState.STANDBY) {
        return 0;
      }
    }
    return lab.group().holdTime() + lab.group().helloTime();
  }

  /**
   * The failover bound the suffix judges by. Without keepalive the formula gives none; then the tunnel must still come
   * back within what the scenario runner waits for (2 x hold + 60 s), so the failure shown is a real outage.
   */
  static int judgedBound(Lab lab) {
    int bound = Property.failoverBound(lab);
    return bound == Integer.MAX_VALUE ? 2 * lab.group().holdTime() + 60 : bound;
  }
}
