package io.havpn.model;

import io.havpn.model.hsrp.HsrpState;

/**
 * One HSRP router's state. Timers are countdowns in seconds: {@link #STOPPED} when not running, 0 when expired and
 * waiting for their expiry action.
 *
 * @param interfacesUp bit i set when the router's interface i is up (0 is the HSRP interface, 1 the inside one)
 * @param priority the priority the router advertises: configured minus the decrements of its down tracked interfaces
 * @param interfaceDelay the minimum interface delay (or reload time) before event a; STOPPED when not pending
 * @param preemptDelay seconds before a coup is allowed ({@code preempt delay minimum}); 0 when allowed
 * @param knownActive the router this one believes Active ({@link #UNKNOWN}, or an index, possibly its own)
 * @param knownStandby the router this one believes Standby
 * @param holdsSas IKE and IPsec SAs with the remote peer
 * @param rriRoute the reverse-injected static route to the remote protected network is in its table
 */
public record RouterState(
    HsrpState hsrp,
    int interfacesUp,
    int priority,
    int activeTimer,
    int standbyTimer,
    int helloTimer,
    int interfaceDelay,
    int preemptDelay,
    int knownActive,
    int knownStandby,
    boolean holdsSas,
    boolean rriRoute) {

  public static final int STOPPED = -1;
  public static final int UNKNOWN = -1;

  public boolean interfaceUp(int index) {
    return (interfacesUp & (1 << index)) != 0;
  }

  public boolean hsrpInterfaceUp() {
    return interfaceUp(0);
  }

  public boolean isActive() {
    return hsrp == HsrpState.ACTIVE;
  }

  public RouterState withHsrp(HsrpState state) {
    return new RouterState(state, interfacesUp, priority, activeTimer, standbyTimer, helloTimer, interfaceDelay,
        preemptDelay, knownActive, knownStandby, holdsSas, rriRoute);
  }

  public RouterState withInterfacesUp(int mask) {
    return new RouterState(hsrp, mask, priority, activeTimer, standbyTimer, helloTimer, interfaceDelay, preemptDelay,
        knownActive, knownStandby, holdsSas, rriRoute);
  }

  public RouterState withPriority(int newPriority) {
    return new RouterState(hsrp, interfacesUp, newPriority, activeTimer, standbyTimer, helloTimer, interfaceDelay,
        preemptDelay, knownActive, knownStandby, holdsSas, rriRoute);
  }

  public RouterState withTimers(int active, int standby, int hello) {
    return new RouterState(hsrp, interfacesUp, priority, active, standby, hello, interfaceDelay, preemptDelay,
        knownActive, knownStandby, holdsSas, rriRoute);
  }

  public RouterState withHoldsSas(boolean sas) {
    return new RouterState(hsrp, interfacesUp, priority, activeTimer, standbyTimer, helloTimer, interfaceDelay,
        preemptDelay, knownActive, knownStandby, sas, rriRoute);
  }

  public RouterState withRriRoute(boolean route) {
    return new RouterState(hsrp, interfacesUp, priority, activeTimer, standbyTimer, helloTimer, interfaceDelay,
        preemptDelay, knownActive, knownStandby, holdsSas, route);
  }

  public RouterState withInterfaceDelayStopped() {
    return new RouterState(hsrp, interfacesUp, priority, activeTimer, standbyTimer, helloTimer, STOPPED, preemptDelay,
        knownActive, knownStandby, holdsSas, rriRoute);
  }
}
