package io.havpn.model;

import static io.havpn.model.RouterState.STOPPED;

import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;

/**
 * FailoverBound as one rule, the same for the scenario runner, the property tests and TLC's monitor
 * ({@code specs/tla/FailoverClock.tla}, which mirrors this class line for line): how long the current outage of
 * TunnelRestored has counted against the failover bound.
 *
 * <p>The bound ({@code hold + keepalive + retry x limit + 1}) is what a failover costs once the faults have taken
 * effect, so the clock only counts while the bound applies:
 *
 * <ul>
 *   <li>A fault, a repair or a loss restarts it: each is a disruption of its own.
 *   <li>It stays at its start while the lab is not {@link #settled}: a reload or minimum interface delay still
 *       running, a preempt delay still running (the coup to come is a disruption), the segment partitioned, or no
 *       router left that could carry the tunnel.
 *   <li>It starts below zero when no router is Active or Standby (a cold election: Listen for a hold time, Speak for
 *       another, then a Hello; the bound counts only the first hold time).
 *   <li>It counts only seconds in which the remote sent traffic (the document's ping): without traffic the remote
 *       neither negotiates nor, with on-demand dead peer detection, probes. A second without it restarts the clock.
 *   <li>At the end of each such second (the Tick), the tunnel restored sets it to 0; otherwise it adds one second,
 *       capped at bound + 1 so that TLC's state space stays finite.
 * </ul>
 *
 * FailoverBound is violated when the clock passes the bound: the tunnel stayed down for more than the bound's
 * seconds of settled, pinged time.
 *
 * @param outage seconds the current outage has counted against the bound (negative: an allowance still to use)
 * @param pinged whether the remote has sent traffic in the current second
 * @param settledFor seconds since the bound began to apply, traffic or not, capped at bound + 1: once past the bound,
 *     the convergence properties (SingleActive, HighestPriorityActive) are due
 */
public record FailoverClock(int outage, boolean pinged, int settledFor) {

  /** The clock at power-on. */
  public static FailoverClock initial(Lab lab, SystemState s) {
    return new FailoverClock(restart(lab, s), false, restart(lab, s));
  }

  /**
   * The failover bound the clock judges by: {@link Property#failoverBound}, or without keepalive (no bound at all)
   * what the scenario runner waits for, 2 x hold + 60 s, so that a violation shown is a real outage.
   */
  public static int bound(Lab lab) {
    int bound = Property.failoverBound(lab);
    return bound == Integer.MAX_VALUE ? 2 * lab.group().holdTime() + 60 : bound;
  }

  /** Faults, repairs and losses: each starts a failover of its own. */
  public static boolean disrupts(Action action) {
    Action.Kind kind = action.kind();
    return kind == Action.Kind.FAULT || kind == Action.Kind.REPAIR || kind == Action.Kind.LOSS;
  }

  /** The remote's traffic (sent, or sent and lost). */
  public static boolean pings(Action action) {
    return action instanceof Action.Traffic || action instanceof Action.EspLost;
  }

  /**
   * Whether the faults have taken effect and the design can act: the segment is whole, no reload, interface delay
   * or preempt delay is running, and some router {@link #canCarryTunnel could carry the tunnel}.
   */
  public static boolean settled(Lab lab, SystemState s) {
    if (s.partitioned()) {
      return false;
    }
    for (RouterState router : s.routers()) {
      if (router.interfaceDelay() != STOPPED || router.preemptDelay() > 0) {
        return false;
      }
    }
    return canCarryTunnel(lab, s);
  }

  /**
   * Some router could carry the tunnel: one has every interface up, and one with {@code standby ip} configured has its
   * HSRP interface up (a Learn router never learns the virtual IP alone).
   */
  public static boolean canCarryTunnel(Lab lab, SystemState s) {
    boolean fullyUp = false;
    boolean virtualIpKnown = false;
    for (int r = 0; r < lab.routerCount(); r++) {
      RouterState router = s.router(r);
      fullyUp |= router.interfacesUp() == (1 << lab.router(r).interfaces().size()) - 1;
      virtualIpKnown |= lab.router(r).virtualIpConfigured() && router.hsrpInterfaceUp();
    }
    return fullyUp && virtualIpKnown;
  }

  /** Extra seconds of a cold election: no router left Active or Standby. */
  public static int coldElectionAllowance(Lab lab, SystemState s) {
    for (RouterState router : s.routers()) {
      if (router.hsrp() == HsrpState.ACTIVE || router.hsrp() == HsrpState.STANDBY) {
        return 0;
      }
    }
    return lab.group().holdTime() + lab.group().helloTime();
  }

  private static int restart(Lab lab, SystemState s) {
    return -coldElectionAllowance(lab, s);
  }

  /** The clock after {@code action} took {@code before} to {@code after}. */
  public FailoverClock next(VpnHaModel model, SystemState before, Action action, SystemState after) {
    Lab lab = model.lab();
    int cap = bound(lab) + 1;
    boolean tick = action instanceof Action.Tick;
    boolean restarts = disrupts(action) || !settled(lab, after);
    int nextOutage;
    if (restarts || (tick && !pinged)) {
      nextOutage = restart(lab, after);
    } else if (tick) {
      nextOutage = Property.TUNNEL_RESTORED.holds(model, before) ? 0 : Math.min(outage + 1, cap);
    } else {
      nextOutage = outage;
    }
    int nextSettled = restarts ? restart(lab, after) : tick ? Math.min(settledFor + 1, cap) : settledFor;
    return new FailoverClock(nextOutage, !tick && (pinged || pings(action)), nextSettled);
  }

  /** FailoverBound is violated: the current outage has outlasted the bound. */
  public boolean overrun(Lab lab) {
    return outage > bound(lab);
  }

  /** The bound has passed since the faults took effect: the eventual properties are due. */
  public boolean converged(Lab lab) {
    return settledFor >= bound(lab);
  }
}
