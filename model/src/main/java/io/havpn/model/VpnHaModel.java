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
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpMessage;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.Options.ExpiryOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The executable model of the lab: {@link #enabled} lists what may happen in a state, {@link #step} does it. Both are
 * pure functions of their arguments and the lab, so the same model serves simulation, exhaustive exploration, property
 * tests and replay.
 */
public final class VpnHaModel {

  private final Lab lab;
  private final HsrpTable table;
  private final int n;
  private final List<HsrpMessage> empty = List.of();
  /** Per router, the tracked priority for every set of its interfaces up (a bit mask): asked after every step. */
  private final int[][] trackedPriorities;

  public VpnHaModel(Lab lab) {
    this.lab = lab;
    this.table = HsrpTable.of(lab.options().resignOnDisplacement());
    this.n = lab.routerCount();
    this.trackedPriorities = new int[n][];
    for (int r = 0; r < n; r++) {
      HsrpRouter router = lab.router(r);
      trackedPriorities[r] = new int[1 << router.interfaces().size()];
      for (int up = 0; up < trackedPriorities[r].length; up++) {
        trackedPriorities[r][up] = router.trackedPriority(up);
      }
    }
  }

  /** {@link HsrpRouter#trackedPriority} of router {@code r} with the interfaces {@code interfacesUp}. */
  public int trackedPriority(int r, int interfacesUp) {
    return trackedPriorities[r][interfacesUp];
  }

  public Lab lab() {
    return lab;
  }

  public HsrpTable table() {
    return table;
  }

  /** Every router powered on with all interfaces up, HSRP in Initial waiting out the minimum interface delay. */
  public SystemState initial() {
    List<RouterState> routers = new ArrayList<>();
    for (HsrpRouter router : lab.routers()) {
      int allUp = (1 << router.interfaces().size()) - 1;
      routers.add(new RouterState(HsrpState.INITIAL, allUp, router.priority(), STOPPED, STOPPED, STOPPED,
          lab.options().minimumInterfaceDelay(), 0, UNKNOWN, UNKNOWN, false, false));
    }
    List<List<HsrpMessage>> channels = new ArrayList<>();
    for (int i = 0; i < n * n; i++) {
      channels.add(empty);
    }
    return new SystemState(routers, channels, -1, false, RemoteState.NO_SA, 0, 0, 0);
  }

  /** Every action that may be taken in {@code s}. Tick is enabled only when nothing urgent is due. */
  public List<Action> enabled(SystemState s) {
    List<Action> actions = new ArrayList<>();
    Options options = lab.options();
    boolean faultsLeft = options.maxFaults() == Options.UNBOUNDED || s.faults() < options.maxFaults();
    boolean lossesLeft = options.maxLosses() == Options.UNBOUNDED || s.losses() < options.maxLosses();
    for (int r = 0; r < n; r++) {
      RouterState router = s.router(r);
      if (router.interfaceDelay() == 0) {
        actions.add(new InterfaceDelayExpired(r));
      }
      addTimerExpiries(actions, r, router);
      if (router.helloTimer() == 0) {
        actions.add(new HelloTimerExpired(r));
      }
      for (int q = 0; q < n; q++) {
        List<HsrpMessage> channel = s.channel(r, q);
        if (!channel.isEmpty()) {
          actions.add(new MessageDelivered(r, q));
          if (lossesLeft && channel.get(0).kind() == HsrpMessage.Kind.HELLO) {
            actions.add(new HelloLost(r, q));
          }
        }
      }
    }
    RemoteState remote = s.remote();
    if (remote.dpdRetry() == 0) {
      actions.add(new KeepaliveRetryExpired());
    }
    if (keepaliveDue(remote)) {
      actions.add(new KeepaliveSent());
      if (lossesLeft && peerAnswers(s)) {
        actions.add(new KeepaliveLost());
      }
    }
    boolean urgent = !actions.isEmpty();
    if (!urgent) {
      actions.add(new Tick());
    }
    for (int r = 0; r < n; r++) {
      RouterState router = s.router(r);
      for (int i = 0; i < lab.router(r).interfaces().size(); i++) {
        if (!router.interfaceUp(i)) {
          actions.add(new InterfaceUp(r, i));
        } else if (faultsLeft) {
          actions.add(new InterfaceDown(r, i));
        }
      }
      if (faultsLeft) {
        actions.add(new Reload(r));
      }
    }
    if (s.partitioned()) {
      actions.add(new Heal());
    } else if (faultsLeft && n > 1) {
      actions.add(new Partition());
    }
    actions.add(new Traffic());
    if (lossesLeft && remote.hasSa() && tunnelWorks(s)) {
      actions.add(new EspLost());
    }
    return actions;
  }

  /**
   * A router's due timer expiries. RFC 2281 consumes every expiry at once, even where its state has no cell (Speak +
   * c); IOS keeps an expired timer expired until the state machine can act on it, so such an expiry waits (and does not
   * stop time). When both are due, c goes first unless the order is ANY, which explores both.
   */
  private void addTimerExpiries(List<Action> actions, int r, RouterState router) {
    ExpiryOrder order = lab.options().expiryOrder();
    boolean waits = order == ExpiryOrder.HANDLED_FIRST;
    boolean c = router.activeTimer() == 0 && (!waits || handles(router.hsrp(), HsrpEvent.C_ACTIVE_TIMER_EXPIRED));
    boolean d = router.standbyTimer() == 0 && (!waits || handles(router.hsrp(), HsrpEvent.D_STANDBY_TIMER_EXPIRED));
    if (c) {
      actions.add(new ActiveTimerExpired(r));
    }
    if (d && (!c || order == ExpiryOrder.ANY)) {
      actions.add(new StandbyTimerExpired(r));
    }
  }

  private boolean handles(HsrpState state, HsrpEvent event) {
    return table.cell(state, event) != null;
  }

  /** Applies {@code action} to {@code s}. Throws IllegalArgumentException when the action is not enabled in s. */
  public Step step(SystemState s, Action action) {
    if (!enabled(s).contains(action)) {
      throw new IllegalArgumentException("action " + action.describe(lab) + " is not enabled in this state");
    }
    Transition t = new Transition(this, s);
    t.apply(action);
    return t.finish();
  }

  /** Like {@link #step} without the enabledness check: for callers that took the action from {@link #enabled}. */
  public Step stepEnabled(SystemState s, Action action) {
    Transition t = new Transition(this, s);
    t.apply(action);
    return t.finish();
  }

  // ---- questions the step function and the properties both ask ----

  boolean keepaliveDue(RemoteState remote) {
    Keepalive keepalive = lab.remote().keepalive();
    if (keepalive == null || !remote.hasSa() || remote.dpdRetry() != STOPPED) {
      return false;
    }
    return remote.dpdErrors() > 0
        || (remote.dpdIdle() == 0 && (keepalive.mode() == Keepalive.Mode.PERIODIC || remote.unanswered()));
  }

  /** The router that packets from the remote to {@code lab.remote().peer()} reach, or -1. */
  int peerTarget(SystemState s) {
    int target = lab.remote().peer().equals(lab.group().virtualIp())
        ? s.vipOwner()
        : lab.routerWithAddress(lab.remote().peer());
    return target >= 0 && s.router(target).hsrpInterfaceUp() ? target : -1;
  }

  /** The peer the remote holds its SA with still holds the other end and still receives the remote's packets. */
  boolean peerAnswers(SystemState s) {
    int target = peerTarget(s);
    return target >= 0 && target == s.remote().saWith() && s.router(target).holdsSas();
  }

  /** Remote traffic is decrypted by the peer and the echo comes back through the tunnel. */
  boolean tunnelWorks(SystemState s) {
    return peerAnswers(s) && echoRouted(s, s.remote().saWith());
  }

  /** The inside router routes the echo to {@code router}, which can reach it on its inside interface. */
  boolean echoRouted(SystemState s, int router) {
    return (s.ospfNextHops() & (1 << router)) != 0
        && s.router(router).interfaceUp(HsrpRouter.INSIDE_INTERFACE);
  }
}
