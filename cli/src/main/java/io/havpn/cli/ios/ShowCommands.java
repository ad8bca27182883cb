package io.havpn.cli.ios;

import io.havpn.model.RouterState;
import io.havpn.model.SystemState;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Interface;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Prefix;
import io.havpn.model.lab.Track;
import java.util.ArrayList;
import java.util.List;

/** {@code show standby}, {@code show ip route} and {@code show crypto isakmp sa} of a model state, IOS style. */
public final class ShowCommands {

  private final Lab lab;

  public ShowCommands(Lab lab) {
    this.lab = lab;
  }

  public List<String> showStandby(SystemState s, int r) {
    HsrpRouter config = lab.router(r);
    RouterState router = s.router(r);
    List<String> out = new ArrayList<>();
    out.add(config.hsrpInterface().name() + " - Group " + lab.group().number());
    out.add("  State is " + router.hsrp().iosName() + (router.hsrpInterfaceUp() ? "" : " (interface down)"));
    out.add("  Virtual IP address is " + lab.group().virtualIp());
    out.add("  Active virtual MAC address is " + (router.knownActive() < 0 ? "unknown" : lab.group().virtualMac()));
    out.add("  Local virtual MAC address is " + lab.group().virtualMac() + " (v1 default)");
    out.add("  Hello time " + lab.group().helloTime() + " sec, hold time " + lab.group().holdTime() + " sec");
    out.add("  Preemption " + (config.preempt() ? "enabled" + (config.preemptDelay() > 0
        ? ", delay min " + config.preemptDelay() + " secs" : "") : "disabled"));
    out.add("  Active router is " + peer(s, r, router.knownActive(), router.activeTimer()));
    out.add("  Standby router is " + peer(s, r, router.knownStandby(), router.standbyTimer()));
    out.add("  Priority " + router.priority() + (config.priority() == HsrpRouter.DEFAULT_PRIORITY
        ? " (default " + HsrpRouter.DEFAULT_PRIORITY + ")" : " (configured " + config.priority() + ")"));
    for (Track track : config.tracks()) {
      boolean up = router.interfaceUp(config.interfaceIndex(track.interfaceName()));
      out.add("    Track interface " + track.interfaceName() + " state " + (up ? "Up" : "Down") + " decrement "
          + track.decrement());
    }
    if (lab.group().name() != null) {
      out.add("  IP redundancy name is \"" + lab.group().name() + "\" (cfgd)");
    }
    return out;
  }

  private String peer(SystemState s, int r, int known, int timer) {
    if (known < 0) {
      return "unknown";
    }
    if (known == r) {
      return "local";
    }
    return lab.router(known).address() + ", priority " + s.router(known).priority()
        + (timer >= 0 ? " (expires in " + timer + " sec)" : "");
  }

  /** The routes the model knows on HSRP router {@code r}: connected networks, the RRI route or its OSPF copy. */
  public List<String> showIpRoute(SystemState s, int r) {
    HsrpRouter config = lab.router(r);
    RouterState router = s.router(r);
    Prefix remote = lab.remote().protectedNetwork();
    List<String> out = new ArrayList<>();
    if (router.rriRoute()) {
      out.add("S       " + remote.network() + " [1/0] via " + config.cryptoMap().peer());
    } else if (router.interfaceUp(HsrpRouter.INSIDE_INTERFACE)) {
      for (int other = 0; other < lab.routerCount(); other++) {
        if (other != r && (s.ospfNextHops() & (1 << other)) != 0) {
          out.add("O E2    " + remote.network() + " [110/20] via " + lab.router(other).inside().address() + ", "
              + config.inside().name());
        }
      }
    }
    for (int i = 0; i < config.interfaces().size(); i++) {
      if (router.interfaceUp(i)) {
        Interface iface = config.interfaces().get(i);
        out.add("C       " + iface.subnet() + " is directly connected, " + iface.name());
      }
    }
    return out;
  }

  /** The inside router's table: its networks and the OSPF route to the remote network (one line per next hop). */
  public List<String> showIpRouteInternal(SystemState s) {
    List<String> out = new ArrayList<>();
    out.add("C       " + lab.internal().loopback() + " is directly connected, Loopback0");
    for (int r = 0; r < lab.routerCount(); r++) {
      if ((s.ospfNextHops() & (1 << r)) != 0) {
        out.add("O E2    " + lab.remote().protectedNetwork().network() + " [110/20] via "
            + lab.router(r).inside().address() + ", " + lab.internal().inside().name());
      }
    }
    out.add("C       " + lab.internal().inside().subnet() + " is directly connected, " + lab.internal().inside().name());
    return out;
  }

  /** {@code show crypto isakmp sa} on the remote. */
  public List<String> showCryptoIsakmpSaRemote(SystemState s) {
    List<String> out = new ArrayList<>();
    out.add("dst             src             state          conn-id slot");
    if (s.remote().hasSa()) {
      out.add(String.format("%-15s %-15s %-14s %7d %4d", lab.remote().peer(), lab.remote().outside().address(),
          "QM_IDLE", 1, 0));
    }
    return out;
  }

  /** {@code show crypto isakmp sa} on HSRP router {@code r} (it answers as the virtual IP when bound to the group). */
  public List<String> showCryptoIsakmpSa(SystemState s, int r) {
    List<String> out = new ArrayList<>();
    out.add("dst             src             state          conn-id slot");
    if (s.router(r).holdsSas()) {
      HsrpRouter config = lab.router(r);
      String local = (config.coupledTo(lab.group()) ? lab.group().virtualIp() : config.address()).toString();
      out.add(String.format("%-15s %-15s %-14s %7d %4d", local, lab.remote().outside().address(), "QM_IDLE", 1, 0));
    }
    return out;
  }
}
