package io.havpn.traces.replay;

import io.havpn.model.Observation;
import io.havpn.model.Observation.ActiveRouterChanged;
import io.havpn.model.Observation.HsrpEventHandled;
import io.havpn.model.Observation.HsrpStateChanged;
import io.havpn.model.Observation.IkeSaDeleted;
import io.havpn.model.Observation.IkeSaEstablished;
import io.havpn.model.Observation.InterfaceDelayExpired;
import io.havpn.model.Observation.InterfaceDelayStarted;
import io.havpn.model.Observation.InterfaceStateChanged;
import io.havpn.model.Observation.KeepaliveMissed;
import io.havpn.model.Observation.OspfRouteChanged;
import io.havpn.model.Observation.PeerNotResponding;
import io.havpn.model.Observation.PriorityChanged;
import io.havpn.model.Observation.StandbyRouterChanged;
import io.havpn.model.lab.Interface;
import java.util.List;
import java.util.Objects;

/**
 * Compares an observation parsed from a log with one the model made. A parsed observation leaves open what its line
 * does not show (the event of a state change, the peer of an error-counter line, the seconds of "Interface up"), and
 * interfaces compare in their short form (Fa0/0 = FastEthernet0/0). Everything a line shows must be equal.
 */
public final class ObservationMatch {

  private ObservationMatch() {}

  public static boolean matches(Observation logged, Observation model) {
    if (logged.getClass() != model.getClass() || !logged.device().equalsIgnoreCase(model.device())) {
      return false;
    }
    if (logged instanceof HsrpStateChanged l && model instanceof HsrpStateChanged m) {
      return l.group() == m.group() && l.from() == m.from() && l.to() == m.to()
          && (l.groupName() == null || l.groupName().equals(m.groupName())) && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof HsrpEventHandled l && model instanceof HsrpEventHandled m) {
      return l.group() == m.group() && l.state() == m.state() && l.event() == m.event()
          && l.priority() == m.priority() && Objects.equals(l.peer(), m.peer()) && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof InterfaceStateChanged l && model instanceof InterfaceStateChanged m) {
      return l.up() == m.up() && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof InterfaceDelayStarted l && model instanceof InterfaceDelayStarted m) {
      return (l.seconds() < 0 || l.seconds() == m.seconds()) && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof InterfaceDelayExpired l && model instanceof InterfaceDelayExpired m) {
      return sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof ActiveRouterChanged l && model instanceof ActiveRouterChanged m) {
      return l.group() == m.group() && Objects.equals(l.now(), m.now()) && Objects.equals(l.was(), m.was())
          && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof StandbyRouterChanged l && model instanceof StandbyRouterChanged m) {
      return l.group() == m.group() && Objects.equals(l.now(), m.now()) && Objects.equals(l.was(), m.was())
          && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof PriorityChanged l && model instanceof PriorityChanged m) {
      return l.group() == m.group() && l.from() == m.from() && l.to() == m.to() && sameInterface(l.iface(), m.iface());
    }
    if (logged instanceof KeepaliveMissed l && model instanceof KeepaliveMissed m) {
      return (l.peer() == null || l.peer().equals(m.peer())) && (l.errors() < 0 || l.errors() == m.errors());
    }
    if (logged instanceof PeerNotResponding l && model instanceof PeerNotResponding m) {
      return l.peer() == null || l.peer().equals(m.peer());
    }
    if (logged instanceof IkeSaDeleted l && model instanceof IkeSaDeleted m) {
      return l.peer().equals(m.peer()); // IOS words its reasons its own way; the peer is what the model knows
    }
    if (logged instanceof IkeSaEstablished l && model instanceof IkeSaEstablished m) {
      return (l.peer() == null || l.peer().equals(m.peer())) && (l.responder() == null
          || l.responder().equals(m.responder()));
    }
    if (logged instanceof Observation.NegotiationFailed l && model instanceof Observation.NegotiationFailed m) {
      return l.peer().equals(m.peer());
    }
    if (logged instanceof OspfRouteChanged l && model instanceof OspfRouteChanged m) {
      return l.network().equals(m.network()) && (l.nextHops().isEmpty() ? m.nextHops().isEmpty()
          : m.nextHops().containsAll(l.nextHops()));
    }
    return logged.equals(model);
  }

  /**
   * IOS prints several lines for one event (the debug line, the syslog message, the redundancy client's notice; a
   * link and its line protocol). Two consecutive parsed observations of a device that can be one are merged: the
   * result keeps what either shows. Returns null when they are different events.
   */
  public static Observation merge(Observation a, Observation b) {
    if (a.getClass() != b.getClass() || !a.device().equalsIgnoreCase(b.device())) {
      return null;
    }
    if (a instanceof HsrpStateChanged x && b instanceof HsrpStateChanged y) {
      if (!sameInterface(x.iface(), y.iface()) || x.group() != y.group() || x.from() != y.from() || x.to() != y.to()
          || (x.groupName() != null && y.groupName() != null && !x.groupName().equals(y.groupName()))) {
        return null;
      }
      return new HsrpStateChanged(x.device(), x.iface(), x.group(), x.groupName() != null ? x.groupName()
          : y.groupName(), x.from(), x.to(), null);
    }
    if (a instanceof InterfaceStateChanged x && b instanceof InterfaceStateChanged y) {
      return sameInterface(x.iface(), y.iface()) && x.up() == y.up() ? x : null;
    }
    if (a instanceof InterfaceDelayStarted x && b instanceof InterfaceDelayStarted y) {
      if (!sameInterface(x.iface(), y.iface()) || (x.seconds() >= 0 && y.seconds() >= 0 && x.seconds() != y.seconds())) {
        return null;
      }
      return new InterfaceDelayStarted(x.device(), x.iface(), Math.max(x.seconds(), y.seconds()));
    }
    if (a instanceof IkeSaEstablished x && b instanceof IkeSaEstablished y) {
      if (x.peer() != null && y.peer() != null && !x.peer().equals(y.peer())) {
        return null;
      }
      return new IkeSaEstablished(x.device(), x.peer() != null ? x.peer() : y.peer(), null);
    }
    if (a instanceof OspfRouteChanged) {
      return null; // one "RT: add" per next hop: each matches the model's set of next hops on its own
    }
    return a.equals(b) ? a : null;
  }

  /**
   * {@code Interface.shortName(a).equalsIgnoreCase(Interface.shortName(b))}, without building the short names (the
   * replay asks this for every step it tries).
   */
  static boolean sameInterface(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    int digitA = firstDigit(a);
    int digitB = firstDigit(b);
    int keptA = Math.min(digitA, 2); // the short name keeps at most two letters before the digits
    int keptB = Math.min(digitB, 2);
    int length = keptA + a.length() - digitA;
    if (length != keptB + b.length() - digitB) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char x = i < keptA ? a.charAt(i) : a.charAt(digitA + i - keptA);
      char y = i < keptB ? b.charAt(i) : b.charAt(digitB + i - keptB);
      if (x != y && Character.toUpperCase(x) != Character.toUpperCase(y)
          && Character.toLowerCase(Character.toUpperCase(x)) != Character.toLowerCase(Character.toUpperCase(y))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first digit, as {@link Interface#shortName(String)} finds it (the length when none). */
  private static int firstDigit(String name) {
    int digit = 0;
    while (digit < name.length() && !Character.isDigit(name.charAt(digit))) {
      digit++;
    }
    return digit;
  }
}
