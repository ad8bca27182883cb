package io.havpn.cli.ios;

import io.havpn.model.Observation;
import io.havpn.model.Observation.ActiveRouterChanged;
import io.havpn.model.Observation.HsrpEventHandled;
import io.havpn.model.Observation.HsrpStateChanged;
import io.havpn.model.Observation.InterfaceDelayExpired;
import io.havpn.model.Observation.InterfaceDelayStarted;
import io.havpn.model.Observation.InterfaceStateChanged;
import io.havpn.model.Observation.StandbyRouterChanged;
import io.havpn.model.hsrp.HsrpAction;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Interface;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Lab;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Renders observations as the lines IOS 12.3 prints with {@code debug standby events}, {@code debug crypto isakmp},
 * {@code debug crypto ipsec} and syslog, in the source document's wording.
 */
public final class IosLog {

  /** Power-on, as an IOS router without a clock source shows it: {@code *Mar  1 00:00:00}. */
  private static final LocalDateTime POWER_ON = LocalDateTime.of(2002, 3, 1, 0, 0);

  private final Lab lab;

  public IosLog(Lab lab) {
    this.lab = lab;
  }

  /** {@code *Mar  1 00:01:00.000:} for second {@code t} ({@code service timestamps debug datetime msec}). */
  public static String timestamp(int t) {
    // the clock of a router without NTP starts at midnight on March 1st, and rolls into the next days
    LocalDateTime at = POWER_ON.plusSeconds(t);
    return String.format("*%s %2d %02d:%02d:%02d.000:", at.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
        at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond());
  }

  /** The lines a device prints for {@code o}; empty for observations that are not device log lines (ping results). */
  public List<String> lines(Observation o) {
    if (o instanceof InterfaceStateChanged i) {
      String state = i.up() ? "up" : "down";
      String link = "%LINK-3-UPDOWN: Interface " + i.iface() + ", changed state to " + state;
      String protocol = "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + i.iface() + ", changed state to " + state;
      return isHsrpInterface(i.device(), i.iface()) && !i.up()
          ? List.of("HSRP: " + Interface.shortName(i.iface()) + " Interface down", link, protocol)
          : List.of(link, protocol);
    }
    if (o instanceof InterfaceDelayStarted i) {
      String fa = Interface.shortName(i.iface());
      return List.of("HSRP: " + fa + " Interface up",
          "HSRP: " + fa + " Starting minimum interface delay (" + i.seconds() + " secs)");
    }
    if (o instanceof InterfaceDelayExpired i) {
      return List.of("HSRP: " + Interface.shortName(i.iface()) + " Interface min delay expired");
    }
    if (o instanceof HsrpEventHandled e) {
      if (!printed(e)) {
        return List.of();
      }
      return List.of(group(e.iface(), e.group()) + e.state().iosName() + ": " + e.event().letter() + "/"
          + e.event().text() + eventDetail(e));
    }
    if (o instanceof HsrpStateChanged c) {
      String transition = c.from().iosName() + " -> " + c.to().iosName();
      String debug = group(c.iface(), c.group()) + transition;
      String syslog = "%HSRP-6-STATECHANGE: " + c.iface() + " Grp " + c.group() + " state " + transition;
      String redundancy = group(c.iface(), c.group()) + "Redundancy \"" + c.groupName() + "\" state "
          + c.from().redundancyName() + " -> " + c.to().redundancyName();
      // IOS 12.3 logs the syslog message only for changes into or out of Active (as the document's logs show)
      boolean logged = c.from() == HsrpState.ACTIVE || c.to() == HsrpState.ACTIVE;
      if (c.groupName() == null) {
        return logged ? List.of(debug, syslog) : List.of(debug);
      }
      return logged ? List.of(debug, syslog, redundancy) : List.of(debug, redundancy);
    }
    if (o instanceof ActiveRouterChanged a) {
      return List.of(group(a.iface(), a.group()) + "Active router is " + who(a.now(), a.local())
          + (a.was() == null ? "" : ", was " + who(a.was(), a.local())));
    }
    if (o instanceof StandbyRouterChanged a) {
      return List.of(group(a.iface(), a.group()) + "Standby router is " + who(a.now(), a.local())
          + (a.was() == null ? "" : ", was " + who(a.was(), a.local())));
    }
    if (o instanceof Observation.PriorityChanged p) {
      return List.of(group(p.iface(), p.group()) + "Priority " + p.from() + " -> " + p.to());
    }
    if (o instanceof Observation.TunnelStatusChanged t) {
      return List.of("%CRYPTO-5-SESSION_STATUS: Crypto tunnel is " + (t.up() ? "UP" : "DOWN") + ". Peer " + t.peer()
          + ":500 Id: " + t.peer());
    }
    if (o instanceof Observation.RouteAdded r) {
      return List.of("IPSEC(rte_mgr): VPN Route Added " + r.network().network() + " " + r.network().mask() + " via "
          + r.via() + " in IP DEFAULT TABLE");
    }
    if (o instanceof Observation.RouteRemoved r) {
      return List.of("IPSEC(rte_mgr): VPN Route Removed " + r.network().network() + " " + r.network().mask() + " via "
          + r.via() + " in IP DEFAULT TABLE");
    }
    if (o instanceof Observation.OspfRouteChanged r) {
      if (r.nextHops().isEmpty()) {
        return List.of("RT: delete network route to " + r.network());
      }
      return r.nextHops().stream().map(hop -> "RT: add " + r.network() + " via " + hop + ", ospf metric [110/20]")
          .toList();
    }
    if (o instanceof Observation.IkeSaEstablished e) {
      return List.of("ISAKMP (0:1): SA has been authenticated with " + e.peer(),
          "IPSEC(create_sa): sa created, (sa) sa_dest= " + e.peer() + ", sa_prot= 50");
    }
    if (o instanceof Observation.NegotiationFailed f) {
      return List.of("ISAKMP (0:1): phase 1 negotiation with " + f.peer() + " failed: " + f.reason());
    }
    if (o instanceof Observation.KeepaliveSent k) {
      return List.of("ISAKMP (0:1): sending packet to " + k.peer() + " (I) QM_IDLE");
    }
    if (o instanceof Observation.KeepaliveAcked k) {
      return List.of("ISAKMP (0:1): received packet from " + k.peer() + " (I) QM_IDLE");
    }
    if (o instanceof Observation.KeepaliveMissed k) {
      return List.of("ISAKMP (0:1): incrementing error counter on sa: PEERS_ALIVE_TIMER");
    }
    if (o instanceof Observation.PeerNotResponding p) {
      return List.of("ISAKMP (0:1): peer not responding!");
    }
    if (o instanceof Observation.IkeSaDeleted d) {
      return List.of("ISAKMP (0:1): deleting SA reason \"" + d.reason() + "\" state (I) QM_IDLE (peer " + d.peer()
          + ") input queue 0");
    }
    if (o instanceof Observation.IpsecSasDeleted d) {
      return List.of("IPSEC(key_engine_delete_sas): delete all SAs shared with " + d.peer());
    }
    if (o instanceof Observation.InvalidSpiReceived i) {
      return List.of("%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr="
          + lab.group().virtualIp() + ", prot=50, srcaddr=" + i.from());
    }
    return List.of(); // PingResult: summarised by the report, not a device log line
  }

  /**
   * What {@code debug standby events} prints: enable and disable, timer expiries (even those the table ignores, such as
   * Speak + c), Coup and Resign, and Hellos that change the state or trigger a coup; not hello timer expiries or the
   * routine Hellos that only restart timers.
   */
  public static boolean printed(HsrpEventHandled e) {
    return switch (e.event()) {
      case A_HSRP_ENABLED, B_HSRP_DISABLED, C_ACTIVE_TIMER_EXPIRED, D_STANDBY_TIMER_EXPIRED, I_RESIGN_RECEIVED,
          J_COUP_HIGHER_PRI -> true;
      case E_HELLO_TIMER_EXPIRED -> false;
      default -> e.cell() != null && (e.cell().next() != null || e.cell().has(HsrpAction.G_SEND_COUP));
    };
  }

  private boolean isHsrpInterface(String device, String iface) {
    int r = lab.routerIndex(device);
    return r >= 0 && lab.router(r).interfaceIndex(iface) == 0;
  }

  private static String group(String iface, int group) {
    return "HSRP: " + Interface.shortName(iface) + " Grp " + group + " ";
  }

  private static String eventDetail(HsrpEventHandled e) {
    if (e.event() == HsrpEvent.A_HSRP_ENABLED || e.event() == HsrpEvent.B_HSRP_DISABLED) {
      return "";
    }
    if (e.priority() < 0) {
      return " (" + (e.peer() == null ? "unknown" : e.peer()) + ")";
    }
    return " (" + e.priority() + "/" + e.peer() + ")";
  }

  private static String who(Ipv4 address, Ipv4 local) {
    if (address == null) {
      return "unknown";
    }
    return address.equals(local) ? "local" : address.toString();
  }
}
