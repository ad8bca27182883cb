package io.havpn.model;

import io.havpn.model.lab.Lab;

/**
 * Everything that can happen to the lab: the environment's faults and repairs, the routers' timers, packet delivery
 * and loss, remote traffic, and the passing of one second. The TLA+ spec has one action per record, same name and
 * parameters (router indices there are router names).
 */
public sealed interface Action {

  /** Who takes the action: the scenario runner lets timers and deliveries happen by themselves. */
  enum Kind {
    /** One second passes. */
    TIME,
    /** A timer of the system expires; urgent: time does not pass while one is due. */
    TIMER,
    /** An HSRP packet in flight arrives; urgent. */
    DELIVERY,
    /** A fault (bounded by the lab's fault budget). */
    FAULT,
    /** A repair undoing a fault. */
    REPAIR,
    /** A lost packet (bounded by the lab's loss budget). */
    LOSS,
    /** Interesting traffic from the remote site. */
    TRAFFIC
  }

  Kind kind();

  /** Human-readable form with names from the lab: {@code InterfaceDown(7204VXR-1, FastEthernet0/0)}. */
  String describe(Lab lab);

  /** The action's name as used in scenarios, traces and the TLA+ spec. */
  default String name() {
    return getClass().getSimpleName();
  }

  record Tick() implements Action {
    public Kind kind() { return Kind.TIME; }
    public String describe(Lab lab) { return "Tick"; }
  }

  record InterfaceDown(int router, int iface) implements Action {
    public Kind kind() { return Kind.FAULT; }
    public String describe(Lab lab) { return name() + "(" + ifaceName(lab, router, iface) + ")"; }
  }

  record InterfaceUp(int router, int iface) implements Action {
    public Kind kind() { return Kind.REPAIR; }
    public String describe(Lab lab) { return name() + "(" + ifaceName(lab, router, iface) + ")"; }
  }

  /** The router restarts: HSRP back to Initial, SAs and routes gone, interfaces back after the reload time. */
  record Reload(int router) implements Action {
    public Kind kind() { return Kind.FAULT; }
    public String describe(Lab lab) { return name() + "(" + lab.router(router).name() + ")"; }
  }

  /** The HSRP segment splits: no router hears another. */
  record Partition() implements Action {
    public Kind kind() { return Kind.FAULT; }
    public String describe(Lab lab) { return name(); }
  }

  record Heal() implements Action {
    public Kind kind() { return Kind.REPAIR; }
    public String describe(Lab lab) { return name(); }
  }

  /** The minimum interface delay (or the reload) is over: HSRP event a. */
  record InterfaceDelayExpired(int router) implements Action {
    public Kind kind() { return Kind.TIMER; }
    public String describe(Lab lab) { return name() + "(" + lab.router(router).name() + ")"; }
  }

  /** HSRP event c. */
  record ActiveTimerExpired(int router) implements Action {
    public Kind kind() { return Kind.TIMER; }
    public String describe(Lab lab) { return name() + "(" + lab.router(router).name() + ")"; }
  }

  /** HSRP event d. */
  record StandbyTimerExpired(int router) implements Action {
    public Kind kind() { return Kind.TIMER; }
    public String describe(Lab lab) { return name() + "(" + lab.router(router).name() + ")"; }
  }

  /** HSRP event e. */
  record HelloTimerExpired(int router) implements Action {
    public Kind kind() { return Kind.TIMER; }
    public String describe(Lab lab) { return name() + "(" + lab.router(router).name() + ")"; }
  }

  /** The first HSRP packet in flight from sender to receiver arrives (events f-l). */
  record MessageDelivered(int sender, int receiver) implements Action {
    public Kind kind() { return Kind.DELIVERY; }
    public String describe(Lab lab) {
      return name() + "(" + lab.router(sender).name() + ", " + lab.router(receiver).name() + ")";
    }
  }

  /** The first packet in flight from sender to receiver, a Hello, is lost. */
  record HelloLost(int sender, int receiver) implements Action {
    public Kind kind() { return Kind.LOSS; }
    public String describe(Lab lab) {
      return name() + "(" + lab.router(sender).name() + ", " + lab.router(receiver).name() + ")";
    }
  }

  /** The remote site sends an interesting packet (the document's ping 20.1.1.1 -> 99.99.99.99) and awaits the echo. */
  record Traffic() implements Action {
    public Kind kind() { return Kind.TRAFFIC; }
    public String describe(Lab lab) { return name(); }
  }

  /** Like Traffic on a working tunnel, but the ESP packet or its echo is lost on the way. */
  record EspLost() implements Action {
    public Kind kind() { return Kind.LOSS; }
    public String describe(Lab lab) { return name(); }
  }

  /** The remote sends a due R-U-THERE to its peer address; the ACK comes back when the peer still holds the SA. */
  record KeepaliveSent() implements Action {
    public Kind kind() { return Kind.TIMER; }
    public String describe(Lab lab) { return name(); }
  }

  /** A due R-U-THERE that the peer would have answered is lost, or its ACK is. */
  record KeepaliveLost() implements Action {
    public Kind kind() { return Kind.LOSS; }
    public String describe(Lab lab) { return name(); }
  }

  /** No ACK within the retry interval: the SA's error counter goes up; at the limit the peer is declared dead. */
  record KeepaliveRetryExpired() implements Action {
    public Kind kind() { return Kind.TIMER; }
    public String describe(Lab lab) { return name(); }
  }

  private static String ifaceName(Lab lab, int router, int iface) {
    return lab.router(router).name() + ", " + lab.router(router).interfaces().get(iface).name();
  }
}
