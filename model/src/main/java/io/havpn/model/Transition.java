package io.havpn.model;

import static io.havpn.model.RouterState.STOPPED;
import static io.havpn.model.RouterState.UNKNOWN;

import io.havpn.model.Action.ActiveTimerExpired;
import io.havpn.model.Action.EspLost;
import io.havpn.model.Action.Heal;
import io.havpn.model.Action.HelloLost;
import io.havpn.model.Action.HelloTimerExpired;
import io.havpn.model.Action.InterfaceDelayExpired;
import io.havpn.model.Action.InterfaceDown;
import io.havpn.model.Action.InterfaceUp;
import io.havpn.model.Action.KeepaliveLost;
import io.havpn.model.Action.KeepaliveRetryExpired;
import io.havpn.model.Action.KeepaliveSent;
import io.havpn.model.Action.MessageDelivered;
import io.havpn.model.Action.Partition;
import io.havpn.model.Action.Reload;
import io.havpn.model.Action.StandbyTimerExpired;
import io.havpn.model.Action.Tick;
import io.havpn.model.Action.Traffic;
import io.havpn.model.Observation.ActiveRouterChanged;
import io.havpn.model.Observation.HsrpEventHandled;
import io.havpn.model.Observation.HsrpStateChanged;
import io.havpn.model.hsrp.Cell;
import io.havpn.model.hsrp.HsrpAction;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpMessage;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.Track;
import java.util.ArrayList;
import java.util.List;

/** One step in the making: a mutable copy of the state that the action's rules edit, then frozen into a {@link Step}. */
final class Transition {

  private final VpnHaModel model;
  private final Lab lab;
  private final int n;
  private final SystemState before;
  private final Router[] routers;
  private final List<List<HsrpMessage>> channels;
  private int vipOwner;
  private boolean partitioned;
  private RemoteState remote;
  private int faults;
  private int losses;
  private final List<Observation> observations = new ArrayList<>(4);

  Transition(VpnHaModel model, SystemState s) {
    this.model = model;
    this.lab = model.lab();
    this.n = lab.routerCount();
    this.before = s;
    this.routers = new Router[n];
    for (int r = 0; r < n; r++) {
      routers[r] = new Router(s.router(r));
    }
    this.channels = new ArrayList<>(s.channels());
    this.vipOwner = s.vipOwner();
    this.partitioned = s.partitioned();
    this.remote = s.remote();
    this.faults = s.faults();
    this.losses = s.losses();
  }

  void apply(Action action) {
    if (action instanceof Tick) {
      tick();
    } else if (action instanceof InterfaceDown a) {
      countFault();
      interfaceDown(a.router(), a.iface());
    } else if (action instanceof InterfaceUp a) {
      interfaceUp(a.router(), a.iface());
    } else if (action instanceof Reload a) {
      countFault();
      reload(a.router());
    } else if (action instanceof Partition) {
      countFault();
      partitioned = true;
      flushChannels(-1);
    } else if (action instanceof Heal) {
      partitioned = false;
    } else if (action instanceof InterfaceDelayExpired a) {
      Router r = routers[a.router()];
      r.interfaceDelay = STOPPED;
      observe(new Observation.InterfaceDelayExpired(name(a.router()), hsrpIface(a.router())));
      handle(a.router(), HsrpEvent.A_HSRP_ENABLED, -1, null);
    } else if (action instanceof ActiveTimerExpired a) {
      Router r = routers[a.router()];
      r.activeTimer = STOPPED;
      handle(a.router(), HsrpEvent.C_ACTIVE_TIMER_EXPIRED, -1, address(r.knownActive));
    } else if (action instanceof StandbyTimerExpired a) {
      Router r = routers[a.router()];
      r.standbyTimer = STOPPED;
      handle(a.router(), HsrpEvent.D_STANDBY_TIMER_EXPIRED, -1, address(r.knownStandby));
    } else if (action instanceof HelloTimerExpired a) {
      routers[a.router()].helloTimer = lab.group().helloTime();
      handle(a.router(), HsrpEvent.E_HELLO_TIMER_EXPIRED, -1, null);
    } else if (action instanceof MessageDelivered a) {
      deliver(a.sender(), a.receiver(), take(a.sender(), a.receiver()));
    } else if (action instanceof HelloLost a) {
      countLoss();
      take(a.sender(), a.receiver());
    } else if (action instanceof Traffic) {
      traffic();
    } else if (action instanceof EspLost) {
      countLoss();
      remote = new RemoteState(remote.saWith(), remote.dpdIdle(), remote.dpdRetry(), remote.dpdErrors(), true);
    } else if (action instanceof KeepaliveSent) {
      keepalive(false);
    } else if (action instanceof KeepaliveLost) {
      countLoss();
      keepalive(true);
    } else if (action instanceof KeepaliveRetryExpired) {
      keepaliveRetryExpired();
    } else {
      throw new IllegalArgumentException("unknown action " + action);
    }
  }

  // ---- time ----

  private void tick() {
    for (Router r : routers) {
      r.activeTimer = countDown(r.activeTimer);
      r.standbyTimer = countDown(r.standbyTimer);
      r.helloTimer = countDown(r.helloTimer);
      r.interfaceDelay = countDown(r.interfaceDelay);
      r.preemptDelay = Math.max(0, r.preemptDelay - 1);
    }
    if (remote.hasSa()) {
      remote = new RemoteState(remote.saWith(), Math.max(0, remote.dpdIdle() - 1), countDown(remote.dpdRetry()),
          remote.dpdErrors(), remote.unanswered());
    }
  }

  private static int countDown(int timer) {
    return timer > 0 ? timer - 1 : timer;
  }

  // ---- interfaces and reloads ----

  private void interfaceDown(int r, int iface) {
    Router router = routers[r];
    router.interfacesUp &= ~(1 << iface);
    String ifaceName = lab.router(r).interfaces().get(iface).name();
    observe(new Observation.InterfaceStateChanged(name(r), ifaceName, false));
    trackChanged(r, ifaceName);
    if (iface == HsrpRouter.HSRP_INTERFACE) {
      router.interfaceDelay = STOPPED;
      if (router.hsrp != HsrpState.INITIAL) {
        handle(r, HsrpEvent.B_HSRP_DISABLED, -1, null);
      }
      flushChannels(r);
      if (vipOwner == r) {
        vipOwner = -1; // the switch flushes the virtual MAC learnt on that port
      }
    }
  }

  private void interfaceUp(int r, int iface) {
    Router router = routers[r];
    router.interfacesUp |= 1 << iface;
    String ifaceName = lab.router(r).interfaces().get(iface).name();
    observe(new Observation.InterfaceStateChanged(name(r), ifaceName, true));
    trackChanged(r, ifaceName);
    if (iface == HsrpRouter.HSRP_INTERFACE && router.interfaceDelay == STOPPED) {
      router.interfaceDelay = lab.options().minimumInterfaceDelay();
      observe(new Observation.InterfaceDelayStarted(name(r), ifaceName, router.interfaceDelay));
    }
  }

  /** Interface tracking: each tracked interface going down lowers the priority by its decrement. */
  private void trackChanged(int r, String ifaceName) {
    HsrpRouter config = lab.router(r);
    for (Track track : config.tracks()) {
      if (config.interfaceIndex(track.interfaceName()) == config.interfaceIndex(ifaceName)) {
        Router router = routers[r];
        int from = router.priority;
        router.priority = model.trackedPriority(r, router.interfacesUp);
        if (from != router.priority) {
          observe(new Observation.PriorityChanged(name(r), hsrpIface(r), lab.group().number(), from, router.priority));
        }
      }
    }
  }

  /** The router restarts: it logs nothing meanwhile; HSRP starts over once the reload time has passed. */
  private void reload(int r) {
    Router router = routers[r];
    router.hsrp = HsrpState.INITIAL;
    router.activeTimer = STOPPED;
    router.standbyTimer = STOPPED;
    router.helloTimer = STOPPED;
    router.preemptDelay = 0;
    router.knownActive = UNKNOWN;
    router.knownStandby = UNKNOWN;
    router.holdsSas = false;
    router.rriRoute = false;
    router.interfaceDelay = router.interfaceUp(HsrpRouter.HSRP_INTERFACE)
        ? lab.options().reloadTime() + lab.options().minimumInterfaceDelay()
        : STOPPED;
    flushChannels(r);
    if (vipOwner == r) {
      vipOwner = -1;
    }
  }

  // ---- HSRP ----

  /** Feeds one RFC 2281 event to router r's state machine. */
  private void handle(int r, HsrpEvent event, int senderPriority, Ipv4 peer) {
    Router router = routers[r];
    HsrpState from = router.hsrp;
    Cell cell = resolve(r, model.table().cell(from, event));
    observe(new HsrpEventHandled(name(r), hsrpIface(r), lab.group().number(), from, event, senderPriority, peer, cell));
    if (cell == null) {
      return;
    }
    int hold = lab.group().holdTime();
    if (cell.has(HsrpAction.C_STOP_ACTIVE_TIMER)) {
      router.activeTimer = STOPPED;
    }
    if (cell.has(HsrpAction.D_STOP_STANDBY_TIMER)) {
      router.standbyTimer = STOPPED;
    }
    if (cell.has(HsrpAction.A_START_ACTIVE_TIMER)) {
      router.activeTimer = hold;
    }
    if (cell.has(HsrpAction.B_START_STANDBY_TIMER)) {
      router.standbyTimer = hold;
    }
    HsrpState to = cell.listenOrLearn() && !lab.router(r).virtualIpConfigured() ? HsrpState.LEARN : cell.next();
    if (to != null && to != from) {
      enter(r, from, to, event);
    }
    if (cell.has(HsrpAction.G_SEND_COUP)) {
      send(r, HsrpMessage.Kind.COUP, router.hsrp);
    }
    boolean announce = to != null && to != from && to.sendsHellos() && lab.options().helloOnStateChange();
    if (cell.has(HsrpAction.F_SEND_HELLO) || announce) {
      send(r, HsrpMessage.Kind.HELLO, router.hsrp);
    }
    if (announce) {
      router.helloTimer = lab.group().helloTime();
    }
    if (cell.has(HsrpAction.H_SEND_RESIGN)) {
      send(r, HsrpMessage.Kind.RESIGN, from); // a Resign says which state it gives up: Active
    }
    if (cell.has(HsrpAction.I_SEND_GRATUITOUS_ARP) && router.interfaceUp(HsrpRouter.HSRP_INTERFACE)) {
      vipOwner = r;
    }
  }

  /** A preempt cell becomes a coup when the router preempts and its preempt delay has run out. */
  private Cell resolve(int r, Cell cell) {
    if (cell == null || !cell.preemptCell()) {
      return cell;
    }
    return lab.router(r).preempt() && routers[r].preemptDelay == 0 ? Cell.COUP : Cell.NO_COUP;
  }

  private void enter(int r, HsrpState from, HsrpState to, HsrpEvent event) {
    Router router = routers[r];
    if (to == HsrpState.ACTIVE) {
      learnActive(r, r);
    } else if (router.knownActive == r || event == HsrpEvent.C_ACTIVE_TIMER_EXPIRED
        || to == HsrpState.INITIAL) {
      learnActive(r, UNKNOWN);
    }
    if (to == HsrpState.STANDBY) {
      learnStandby(r, r);
    } else if (router.knownStandby == r || event == HsrpEvent.D_STANDBY_TIMER_EXPIRED
        || to == HsrpState.INITIAL) {
      learnStandby(r, UNKNOWN);
    }
    if (to == HsrpState.ACTIVE) {
      // an Active router runs no active timer; the coup cell (BGFI) lacks the C that CDFI and CFI have, and c has no
      // Active cell, so stopping it changes nothing but a spurious "Active: c/Active timer expired" line
      router.activeTimer = STOPPED;
    }
    router.hsrp = to;
    observe(new HsrpStateChanged(name(r), hsrpIface(r), lab.group().number(), lab.group().name(), from, to, event));
    if (from == HsrpState.INITIAL) {
      router.helloTimer = lab.group().helloTime();
      router.preemptDelay = lab.router(r).preemptDelay();
    }
    if (to == HsrpState.INITIAL) {
      router.helloTimer = STOPPED;
      router.preemptDelay = 0;
    }
    if (from == HsrpState.ACTIVE && router.holdsSas && lab.router(r).coupledTo(lab.group())) {
      // IPsec is a redundancy client of the group: leaving Active tears the SAs down (stateless failover)
      router.holdsSas = false;
      observe(new Observation.TunnelStatusChanged(name(r), lab.remote().outside().address(), false));
    }
  }

  private void learnActive(int r, int active) {
    Router router = routers[r];
    if (router.knownActive != active) {
      observe(new ActiveRouterChanged(name(r), hsrpIface(r), lab.group().number(), address(active),
          address(router.knownActive), lab.router(r).address()));
      router.knownActive = active;
    }
  }

  private void learnStandby(int r, int standby) {
    Router router = routers[r];
    if (router.knownStandby != standby) {
      observe(new Observation.StandbyRouterChanged(name(r), hsrpIface(r), lab.group().number(), address(standby),
          address(router.knownStandby), lab.router(r).address()));
      router.knownStandby = standby;
    }
  }

  /** Multicasts a packet to every router that can hear r. The Active router's packets refresh the virtual MAC. */
  private void send(int r, HsrpMessage.Kind kind, HsrpState senderState) {
    Router sender = routers[r];
    if (!sender.interfaceUp(HsrpRouter.HSRP_INTERFACE)) {
      return;
    }
    if (sender.hsrp == HsrpState.ACTIVE) {
      vipOwner = r;
    }
    if (partitioned) {
      return;
    }
    HsrpMessage message = new HsrpMessage(kind, senderState, sender.priority);
    for (int q = 0; q < n; q++) {
      if (q != r && routers[q].interfaceUp(HsrpRouter.HSRP_INTERFACE)) {
        List<HsrpMessage> channel = channels.get(r * n + q);
        List<HsrpMessage> appended = new ArrayList<>(channel.size() + 1);
        appended.addAll(channel);
        appended.add(message);
        channels.set(r * n + q, List.copyOf(appended));
      }
    }
  }

  private HsrpMessage take(int sender, int receiver) {
    List<HsrpMessage> channel = channels.get(sender * n + receiver);
    channels.set(sender * n + receiver, List.copyOf(channel.subList(1, channel.size())));
    return channel.get(0);
  }

  /** Drops packets in flight to and from router r (every channel when r is -1). */
  private void flushChannels(int r) {
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        if (r < 0 || p == r || q == r) {
          channels.set(p * n + q, List.of());
        }
      }
    }
  }

  /** Router q receives a packet from p: the table's events f-l, with what IOS learns from Hellos on the way. */
  private void deliver(int p, int q, HsrpMessage message) {
    Router receiver = routers[q];
    if (receiver.hsrp == HsrpState.INITIAL) {
      return; // HSRP is not running on q yet
    }
    boolean higher = lab.outranks(message.priority(), p, receiver.priority, q);
    HsrpEvent event = null;
    switch (message.kind()) {
      case HELLO -> {
        if (message.senderState() == HsrpState.ACTIVE) {
          if (receiver.hsrp != HsrpState.ACTIVE || higher) {
            learnActive(q, p);
            if (receiver.knownStandby == p) {
              learnStandby(q, UNKNOWN);
            }
          }
          event = higher ? HsrpEvent.G_HELLO_HIGHER_PRI_ACTIVE : HsrpEvent.H_HELLO_LOWER_PRI_ACTIVE;
        } else if (message.senderState() == HsrpState.STANDBY) {
          if (receiver.hsrp != HsrpState.STANDBY || higher) {
            learnStandby(q, p);
          }
          event = higher ? HsrpEvent.K_HELLO_HIGHER_PRI_STANDBY : HsrpEvent.L_HELLO_LOWER_PRI_STANDBY;
        } else if (message.senderState() == HsrpState.SPEAK && higher) {
          event = HsrpEvent.F_HELLO_HIGHER_PRI_SPEAK;
        }
      }
      case COUP -> {
        if (higher) {
          if (receiver.hsrp == HsrpState.ACTIVE) {
            learnActive(q, p);
          }
          event = HsrpEvent.J_COUP_HIGHER_PRI;
        }
      }
      case RESIGN -> {
        // event i is a Resign from an Active router (RFC 2281 5.4); IOS shows it even at an Active receiver
        if (message.senderState() == HsrpState.ACTIVE) {
          if (receiver.knownActive == p) {
            learnActive(q, UNKNOWN);
          }
          event = HsrpEvent.I_RESIGN_RECEIVED;
        }
      }
    }
    if (event != null) {
      handle(q, event, message.priority(), lab.router(p).address());
    }
  }

  // ---- IKE, IPsec and dead peer detection ----

  private void traffic() {
    SystemState s = snapshot();
    Ipv4 peer = lab.remote().peer();
    String remoteName = lab.remote().name();
    int target = model.peerTarget(s);
    if (!remote.hasSa()) {
      String refusal = negotiationRefusal(target, peer);
      if (refusal != null) {
        observe(new Observation.NegotiationFailed(remoteName, peer, refusal));
        observe(new Observation.PingResult(remoteName, false, "IKE negotiation with " + peer + " failed"));
        return;
      }
      Keepalive keepalive = lab.remote().keepalive();
      remote = new RemoteState(target, keepalive == null ? 0 : keepalive.interval(), STOPPED, 0, false);
      routers[target].holdsSas = true;
      observe(new Observation.IkeSaEstablished(remoteName, peer, lab.router(target).address()));
      observe(new Observation.TunnelStatusChanged(remoteName, peer, true));
      observe(new Observation.TunnelStatusChanged(name(target), lab.remote().outside().address(), true));
      observe(new Observation.PingResult(remoteName, false, "dropped while the SAs were negotiated"));
      return;
    }
    int partner = remote.saWith();
    if (target == partner && routers[partner].holdsSas) {
      if (model.echoRouted(s, partner)) {
        remote = inboundSeen(false);
        observe(new Observation.PingResult(remoteName, true, "echo reply through the tunnel"));
      } else {
        markUnanswered();
        observe(new Observation.PingResult(remoteName, false,
            "the inside router does not route the echo to " + name(partner)));
      }
    } else if (target < 0) {
      markUnanswered();
      observe(new Observation.PingResult(remoteName, false, "no router answers for " + peer));
    } else {
      markUnanswered();
      observe(new Observation.InvalidSpiReceived(name(target), lab.remote().outside().address()));
      observe(new Observation.PingResult(remoteName, false, name(target) + " dropped ESP with an unknown SPI"));
      if (lab.router(target).invalidSpiRecovery()) {
        deleteRemoteSa("INVALID_SPI notify from " + lab.router(target).address());
      }
    }
  }

  /** Why the router reached at {@code peer} does not complete IKE, or null when it does. */
  private String negotiationRefusal(int target, Ipv4 peer) {
    if (target < 0) {
      return "no router answers for " + peer;
    }
    HsrpRouter config = lab.router(target);
    if (config.cryptoMap() == null) {
      return config.name() + " has no crypto map";
    }
    if (config.coupledTo(lab.group())) {
      return routers[target].hsrp == HsrpState.ACTIVE ? null : config.name() + " is not Active";
    }
    if (peer.equals(lab.group().virtualIp())) {
      return config.name() + " answered from " + config.address() + ", not the virtual IP (crypto map not bound to "
          + "group " + lab.group().name() + ")";
    }
    return null;
  }

  /**
   * An inbound packet proves the peer alive: the error counter resets. The idle time restarts on an ACK, and on any
   * packet in on-demand mode; periodic mode probes every interval whatever the traffic.
   */
  private RemoteState inboundSeen(boolean ack) {
    Keepalive keepalive = lab.remote().keepalive();
    if (keepalive == null) {
      return new RemoteState(remote.saWith(), 0, STOPPED, 0, false);
    }
    boolean restartIdle = ack || keepalive.mode() == Keepalive.Mode.ON_DEMAND;
    return new RemoteState(remote.saWith(), restartIdle ? keepalive.interval() : remote.dpdIdle(), STOPPED, 0, false);
  }

  private void markUnanswered() {
    remote = new RemoteState(remote.saWith(), remote.dpdIdle(), remote.dpdRetry(), remote.dpdErrors(), true);
  }

  private void keepalive(boolean lost) {
    Ipv4 peer = lab.remote().peer();
    observe(new Observation.KeepaliveSent(lab.remote().name(), peer));
    if (!lost && model.peerAnswers(snapshot())) {
      observe(new Observation.KeepaliveAcked(lab.remote().name(), peer));
      remote = inboundSeen(true);
    } else {
      remote = new RemoteState(remote.saWith(), remote.dpdIdle(), lab.remote().keepalive().retry(),
          remote.dpdErrors(), remote.unanswered());
    }
  }

  private void keepaliveRetryExpired() {
    Ipv4 peer = lab.remote().peer();
    int errors = remote.dpdErrors() + 1;
    observe(new Observation.KeepaliveMissed(lab.remote().name(), peer, errors));
    if (errors >= lab.remote().keepalive().limit()) {
      observe(new Observation.PeerNotResponding(lab.remote().name(), peer));
      deleteRemoteSa("P1 errcounter exceeded (PEERS_ALIVE_TIMER)");
    } else {
      remote = new RemoteState(remote.saWith(), remote.dpdIdle(), STOPPED, errors, remote.unanswered());
    }
  }

  private void deleteRemoteSa(String reason) {
    Ipv4 peer = lab.remote().peer();
    observe(new Observation.IkeSaDeleted(lab.remote().name(), peer, reason));
    observe(new Observation.IpsecSasDeleted(lab.remote().name(), peer));
    observe(new Observation.TunnelStatusChanged(lab.remote().name(), peer, false));
    remote = RemoteState.NO_SA;
  }

  // ---- budgets ----

  private void countFault() {
    if (lab.options().maxFaults() != Options.UNBOUNDED) {
      faults++;
    }
  }

  private void countLoss() {
    if (lab.options().maxLosses() != Options.UNBOUNDED) {
      losses++;
    }
  }

  // ---- reverse route injection and OSPF, settled after every action ----

  Step finish() {
    for (int r = 0; r < n; r++) {
      Router router = routers[r];
      boolean wanted = rriWanted(r);
      if (wanted != router.rriRoute) {
        router.rriRoute = wanted;
        observe(wanted
            ? new Observation.RouteAdded(name(r), lab.remote().protectedNetwork(), lab.router(r).cryptoMap().peer())
            : new Observation.RouteRemoved(name(r), lab.remote().protectedNetwork(), lab.router(r).cryptoMap().peer()));
      }
    }
    int ospf = 0;
    for (int r = 0; r < n; r++) {
      Router router = routers[r];
      if (router.rriRoute && lab.router(r).redistributeStatic()
          && router.interfaceUp(HsrpRouter.INSIDE_INTERFACE)) {
        ospf |= 1 << r;
      }
    }
    if (ospf != before.ospfNextHops()) {
      List<Ipv4> hops = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if ((ospf & (1 << r)) != 0) {
          hops.add(lab.router(r).inside().address());
        }
      }
      observe(new Observation.OspfRouteChanged(lab.internal().name(), lab.remote().protectedNetwork(), List.copyOf(hops)));
    }
    SystemState next = build(ospf);
    return new Step(next, observations.isEmpty() ? List.of() : List.copyOf(observations));
  }

  /** Static RRI: while the map is applied and, when bound to the group, while Active. Dynamic RRI: while SAs exist. */
  private boolean rriWanted(int r) {
    HsrpRouter config = lab.router(r);
    Router router = routers[r];
    if (config.cryptoMap() == null || !config.cryptoMap().reverseRoute()) {
      return false;
    }
    if (lab.options().rriMode() == Options.RriMode.DYNAMIC) {
      return router.holdsSas;
    }
    return router.interfaceUp(HsrpRouter.HSRP_INTERFACE)
        && (!config.coupledTo(lab.group()) || router.hsrp == HsrpState.ACTIVE);
  }

  private SystemState snapshot() {
    return build(before.ospfNextHops());
  }

  private SystemState build(int ospf) {
    List<RouterState> states = new ArrayList<>(n);
    for (Router router : routers) {
      states.add(router.freeze());
    }
    return new SystemState(states, channels, vipOwner, partitioned, remote, ospf, faults, losses);
  }

  // ---- names ----

  private String name(int r) {
    return lab.router(r).name();
  }

  private String hsrpIface(int r) {
    return lab.router(r).hsrpInterface().name();
  }

  private Ipv4 address(int r) {
    return r < 0 ? null : lab.router(r).address();
  }

  private void observe(Observation observation) {
    observations.add(observation);
  }

  /** Mutable copy of a {@link RouterState}. */
  private static final class Router {
    HsrpState hsrp;
    int interfacesUp;
    int priority;
    int activeTimer;
    int standbyTimer;
    int helloTimer;
    int interfaceDelay;
    int preemptDelay;
    int knownActive;
    int knownStandby;
    boolean holdsSas;
    boolean rriRoute;

    Router(RouterState s) {
      hsrp = s.hsrp();
      interfacesUp = s.interfacesUp();
      priority = s.priority();
      activeTimer = s.activeTimer();
      standbyTimer = s.standbyTimer();
      helloTimer = s.helloTimer();
      interfaceDelay = s.interfaceDelay();
      preemptDelay = s.preemptDelay();
      knownActive = s.knownActive();
      knownStandby = s.knownStandby();
      holdsSas = s.holdsSas();
      rriRoute = s.rriRoute();
    }

    boolean interfaceUp(int index) {
      return (interfacesUp & (1 << index)) != 0;
    }

    RouterState freeze() {
      return new RouterState(hsrp, interfacesUp, priority, activeTimer, standbyTimer, helloTimer, interfaceDelay,
          preemptDelay, knownActive, knownStandby, holdsSas, rriRoute);
    }
  }
}
