package io.havpn.traces.replay;

import io.havpn.model.Observation;
import io.havpn.model.hsrp.HsrpAction;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;
import io.havpn.traces.Printer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which printers show a model observation in an IOS 12.3 log, the same rules as the CLI's renderer: {@code debug
 * standby events} prints enable and disable, timer expiries, Coup and Resign, and the Hellos that change the state or
 * trigger a coup; {@code %HSRP-6-STATECHANGE} only changes into or out of Active; and so on. An empty set: never logged.
 */
public final class Loggable {

  private final Lab lab;

  public Loggable(Lab lab) {
    this.lab = lab;
  }

  public Set<Printer> printers(Observation o) {
    if (o instanceof Observation.InterfaceStateChanged i) {
      int r = lab.routerIndex(i.device());
      boolean hsrpInterface = r >= 0 && lab.router(r).interfaceIndex(i.iface()) == 0;
      return hsrpInterface && !i.up() ? EnumSet.of(Printer.LINK_SYSLOG, Printer.HSRP_DEBUG)
          : EnumSet.of(Printer.LINK_SYSLOG);
    }
    if (o instanceof Observation.InterfaceDelayStarted || o instanceof Observation.InterfaceDelayExpired
        || o instanceof Observation.ActiveRouterChanged || o instanceof Observation.StandbyRouterChanged
        || o instanceof Observation.PriorityChanged) {
      return EnumSet.of(Printer.HSRP_DEBUG);
    }
    if (o instanceof Observation.HsrpEventHandled e) {
      return printed(e) ? EnumSet.of(Printer.HSRP_DEBUG) : EnumSet.noneOf(Printer.class);
    }
    if (o instanceof Observation.HsrpStateChanged c) {
      return c.from() == HsrpState.ACTIVE || c.to() == HsrpState.ACTIVE
          ? EnumSet.of(Printer.HSRP_DEBUG, Printer.HSRP_SYSLOG) : EnumSet.of(Printer.HSRP_DEBUG);
    }
    if (o instanceof Observation.TunnelStatusChanged || o instanceof Observation.InvalidSpiReceived) {
      return EnumSet.of(Printer.CRYPTO_SYSLOG);
    }
    if (o instanceof Observation.RouteAdded || o instanceof Observation.RouteRemoved
        || o instanceof Observation.IpsecSasDeleted) {
      return EnumSet.of(Printer.IPSEC_DEBUG);
    }
    if (o instanceof Observation.IkeSaEstablished) {
      return EnumSet.of(Printer.ISAKMP_DEBUG, Printer.IPSEC_DEBUG);
    }
    if (o instanceof Observation.NegotiationFailed || o instanceof Observation.KeepaliveSent
        || o instanceof Observation.KeepaliveAcked || o instanceof Observation.KeepaliveMissed
        || o instanceof Observation.PeerNotResponding || o instanceof Observation.IkeSaDeleted) {
      return EnumSet.of(Printer.ISAKMP_DEBUG);
    }
    if (o instanceof Observation.OspfRouteChanged) {
      return EnumSet.of(Printer.ROUTING_DEBUG);
    }
    return EnumSet.noneOf(Printer.class); // PingResult: not a log line
  }

  /** {@code debug standby events}: not hello timer expiries nor the routine Hellos that only restart timers. */
  public static boolean printed(Observation.HsrpEventHandled e) {
    return switch (e.event()) {
      case A_HSRP_ENABLED, B_HSRP_DISABLED, C_ACTIVE_TIMER_EXPIRED, D_STANDBY_TIMER_EXPIRED, I_RESIGN_RECEIVED,
          J_COUP_HIGHER_PRI -> true;
      case E_HELLO_TIMER_EXPIRED -> false;
      default -> e.cell() != null && (e.cell().next() != null || e.cell().has(HsrpAction.G_SEND_COUP));
    };
  }

  /**
   * IPsec is a client of the HSRP group: IOS tells it of a state change asynchronously, so its lines (the RRI route,
   * the tunnel status) may be logged after HSRP lines of later events. They may lag, never lead.
   */
  public static boolean mayLag(Observation o) {
    return o instanceof Observation.RouteAdded || o instanceof Observation.RouteRemoved
        || o instanceof Observation.TunnelStatusChanged;
  }
}
