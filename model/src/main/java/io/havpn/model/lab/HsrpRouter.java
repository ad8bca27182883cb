package io.havpn.model.lab;

import java.util.List;

/**
 * One router of the HSRP group.
 *
 * @param interfaces every interface the model follows; index 0 is the HSRP (outside) interface, index 1 the inside one
 * @param priority configured {@code standby N priority} (default 100)
 * @param preempt {@code standby N preempt}
 * @param preemptDelay {@code standby N preempt delay minimum S}: seconds after HSRP is enabled before a coup is allowed
 * @param virtualIpConfigured false when the router has no {@code standby N ip} and must learn it (RFC state Learn)
 * @param redistributeStatic {@code router ospf ... redistribute static subnets}
 * @param invalidSpiRecovery {@code crypto isakmp invalid-spi-recovery}
 */
public record HsrpRouter(
    String name,
    List<Interface> interfaces,
    int priority,
    boolean preempt,
    int preemptDelay,
    boolean virtualIpConfigured,
    List<Track> tracks,
    CryptoMap cryptoMap,
    boolean redistributeStatic,
    boolean invalidSpiRecovery) {

  public static final int HSRP_INTERFACE = 0;
  public static final int INSIDE_INTERFACE = 1;
  public static final int DEFAULT_PRIORITY = 100;

  public HsrpRouter {
    interfaces = List.copyOf(interfaces);
    tracks = List.copyOf(tracks);
    if (interfaces.size() < 2) {
      throw new IllegalArgumentException(name + ": an HSRP router needs an outside and an inside interface");
    }
    if (priority < 0 || priority > 255) {
      throw new IllegalArgumentException(name + ": priority " + priority + " is not in 0-255");
    }
    for (Track track : tracks) {
      if (interfaceIndex(interfaces, track.interfaceName()) < 0) {
        throw new IllegalArgumentException(name + ": tracked interface " + track.interfaceName() + " is not modelled");
      }
    }
  }

  public Interface hsrpInterface() {
    return interfaces.get(HSRP_INTERFACE);
  }

  public Interface inside() {
    return interfaces.get(INSIDE_INTERFACE);
  }

  public Ipv4 address() {
    return hsrpInterface().address();
  }

  /** Index of the interface named {@code name} (full or short form), or -1. */
  public int interfaceIndex(String interfaceName) {
    return interfaceIndex(interfaces, interfaceName);
  }

  private static int interfaceIndex(List<Interface> interfaces, String interfaceName) {
    for (int i = 0; i < interfaces.size(); i++) {
      Interface candidate = interfaces.get(i);
      if (candidate.name().equalsIgnoreCase(interfaceName) || candidate.shortName().equalsIgnoreCase(interfaceName)) {
        return i;
      }
    }
    return -1;
  }

  /** Configured priority minus the decrements of the tracked interfaces that are down (never below 0). */
  public int trackedPriority(int interfacesUp) {
    int tracked = priority;
    for (Track track : tracks) {
      if ((interfacesUp & (1 << interfaceIndex(track.interfaceName()))) == 0) {
        tracked -= track.decrement();
      }
    }
    return Math.max(0, tracked);
  }

  /** True when the crypto map is bound to the group, so IPsec follows HSRP and uses the virtual IP. */
  public boolean coupledTo(HsrpGroup group) {
    return cryptoMap != null && group.name() != null && group.name().equals(cryptoMap.redundancyName());
  }

  public HsrpRouter withPriority(int newPriority) {
    return new HsrpRouter(name, interfaces, newPriority, preempt, preemptDelay, virtualIpConfigured, tracks, cryptoMap,
        redistributeStatic, invalidSpiRecovery);
  }

  public HsrpRouter withPreempt(boolean newPreempt, int newDelay) {
    return new HsrpRouter(name, interfaces, priority, newPreempt, newDelay, virtualIpConfigured, tracks, cryptoMap,
        redistributeStatic, invalidSpiRecovery);
  }

  public HsrpRouter withTracks(List<Track> newTracks) {
    return new HsrpRouter(name, interfaces, priority, preempt, preemptDelay, virtualIpConfigured, newTracks, cryptoMap,
        redistributeStatic, invalidSpiRecovery);
  }

  public HsrpRouter withCryptoMap(CryptoMap newMap) {
    return new HsrpRouter(name, interfaces, priority, preempt, preemptDelay, virtualIpConfigured, tracks, newMap,
        redistributeStatic, invalidSpiRecovery);
  }

  public HsrpRouter withRedistributeStatic(boolean redistribute) {
    return new HsrpRouter(name, interfaces, priority, preempt, preemptDelay, virtualIpConfigured, tracks, cryptoMap,
        redistribute, invalidSpiRecovery);
  }

  public HsrpRouter withVirtualIpConfigured(boolean configured) {
    return new HsrpRouter(name, interfaces, priority, preempt, preemptDelay, configured, tracks, cryptoMap,
        redistributeStatic, invalidSpiRecovery);
  }

  public HsrpRouter withInvalidSpiRecovery(boolean recovery) {
    return new HsrpRouter(name, interfaces, priority, preempt, preemptDelay, virtualIpConfigured, tracks, cryptoMap,
        redistributeStatic, recovery);
  }
}
