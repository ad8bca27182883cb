package io.havpn.model.lab;

import java.util.List;

/**
 * The lab of the source document (Cisco tech note "Configure IPsec VPN High Availability with HSRP, IKE keepalive and
 * RRI"), as its running-configs describe it; the built-in default everywhere a lab is needed.
 */
public final class SeedLab {

  public static final String VXR1 = "7204VXR-1";
  public static final String VXR2 = "7204VXR-2";
  public static final String REMOTE = "vpn7200";
  public static final String INTERNAL = "7206-1";

  private SeedLab() {}

  public static Lab lab() {
    HsrpGroup group = new HsrpGroup(1, "VPNHA", Ipv4.parse("172.16.172.53"), 3, 10);
    Ipv4 remoteAddress = Ipv4.parse("172.16.172.69");
    CryptoMap map = new CryptoMap(remoteAddress, true, "VPNHA");
    HsrpRouter vxr1 = new HsrpRouter(VXR1,
        List.of(Interface.of("FastEthernet0/0", "172.16.172.52", 28), Interface.of("FastEthernet0/1", "10.1.1.1", 24)),
        200, true, 0, true, List.of(new Track("FastEthernet0/1", 150)), map, true, false);
    HsrpRouter vxr2 = new HsrpRouter(VXR2,
        List.of(Interface.of("FastEthernet0/0", "172.16.172.54", 28), Interface.of("FastEthernet1/0", "10.1.1.2", 24)),
        HsrpRouter.DEFAULT_PRIORITY, true, 0, true, List.of(new Track("FastEthernet1/0", Track.DEFAULT_DECREMENT)), map,
        true, false);
    RemotePeer remote = new RemotePeer(REMOTE, Interface.of("FastEthernet0/1", "172.16.172.69", 28),
        group.virtualIp(), Prefix.parse("20.1.1.0/24"), Keepalive.onDemand(10));
    InternalRouter internal = new InternalRouter(INTERNAL, Interface.of("FastEthernet0/1", "10.1.1.3", 24),
        Ipv4.parse("99.99.99.99"));
    return new Lab("seed-lab", group, List.of(vxr1, vxr2), remote, internal, Options.ios());
  }
}
