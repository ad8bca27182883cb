package io.havpn.bridge.alloy;

import io.havpn.model.lab.Ipv4;
import java.util.ArrayList;
import java.util.List;

/**
 * IOS running-configs of a lab shaped like the source document's, with n HSRP routers R1..Rn and the design
 * parameters given: each router's priority, preempt (and its delay), track decrement, whether it configures the
 * virtual IP and invalid-SPI recovery; the group's hello and hold times; the remote's keepalive. Everything else is
 * the document's (addresses, crypto, ACLs, OSPF), so that the parameters are the only thing that varies. The generator asks Alloy for parameters, then writes these configs.
 */
public final class DesignTemplate {

  /**
   * One HSRP router's parameters.
   *
   * @param preemptDelay {@code standby 1 preempt delay minimum S} (0: no delay)
   */
  public record Member(int priority, boolean preempt, int preemptDelay, int decrement, boolean virtualIp,
      boolean invalidSpiRecovery) {}

  /**
   * The group's parameters, its members' and the remote's keepalive ({@code crypto isakmp keepalive INTERVAL RETRY
   * [periodic]}).
   */
  public record Design(List<Member> members, int hello, int hold, int keepaliveInterval, int keepaliveRetry,
      boolean periodicKeepalive) {
    public Design {
      members = List.copyOf(members);
    }
  }

  /** The group's virtual IP. */
  public static final Ipv4 VIRTUAL_IP = Ipv4.parse("172.16.172.53");

  /** HSRP routers' outside and inside host numbers (172.16.172.48/28 less .53, 10.1.1.0/24 less .3). */
  private static final int[] OUTSIDE = {52, 54, 50, 51};
  private static final int[] INSIDE = {1, 2, 4, 5};

  private DesignTemplate() {}

  /** The configs, in order: R1..Rn, vpn7200, 7206-1; each as (file name, text). */
  public static List<String[]> configs(Design design) {
    List<String[]> configs = new ArrayList<>();
    for (int r = 0; r < design.members().size(); r++) {
      configs.add(new String[] {"R" + (r + 1) + ".cfg", hsrpRouter(r, design.members().get(r), design)});
    }
    configs.add(new String[] {"vpn7200.cfg", REMOTE.replace("crypto isakmp keepalive 10\n", "crypto isakmp keepalive "
        + design.keepaliveInterval() + " " + design.keepaliveRetry() + (design.periodicKeepalive() ? " periodic" : "")
        + "\n")});
    configs.add(new String[] {"7206-1.cfg", INSIDE_ROUTER});
    return configs;
  }

  private static String hsrpRouter(int r, Member member, Design design) {
    StringBuilder text = new StringBuilder();
    text.append("hostname R").append(r + 1).append('\n');
    text.append("crypto isakmp policy 1\n hash md5\n authentication pre-share\n");
    text.append("crypto isakmp key cisco123 address 172.16.172.69\n");
    if (member.invalidSpiRecovery()) {
      text.append("crypto isakmp invalid-spi-recovery\n");
    }
    text.append("crypto ipsec transform-set myset esp-des esp-md5-hmac\n");
    text.append("crypto map vpn 10 ipsec-isakmp\n set peer 172.16.172.69\n set transform-set myset\n"
        + " match address 101\n reverse-route\n!\n");
    text.append("interface FastEthernet0/0\n ip address 172.16.172.").append(OUTSIDE[r]).append(" 255.255.255.240\n");
    if (member.virtualIp()) {
      text.append(" standby 1 ip 172.16.172.53\n");
    } else {
      text.append(" standby 1 ip\n");
    }
    text.append(" standby 1 priority ").append(member.priority()).append('\n');
    if (member.preempt()) {
      text.append(" standby 1 preempt").append(member.preemptDelay() > 0 ? " delay minimum " + member.preemptDelay() : "")
          .append('\n');
    }
    text.append(" standby 1 name VPNHA\n");
    if (design.hello() != 3 || design.hold() != 10) {
      text.append(" standby 1 timers ").append(design.hello()).append(' ').append(design.hold()).append('\n');
    }
    text.append(" standby 1 track FastEthernet0/1 ").append(member.decrement()).append('\n');
    text.append(" crypto map vpn redundancy VPNHA\n!\n");
    text.append("interface FastEthernet0/1\n ip address 10.1.1.").append(INSIDE[r]).append(" 255.255.255.0\n!\n");
    text.append("router ospf 1\n redistribute static subnets\n network 10.1.1.0 0.0.0.255 area 0\n!\n");
    text.append("ip route 172.16.172.64 255.255.255.240 172.16.172.49\n");
    text.append("access-list 101 permit ip 10.1.1.0 0.0.0.255 20.1.1.0 0.0.0.255\n");
    text.append("access-list 101 permit ip host 99.99.99.99 20.1.1.0 0.0.0.255\nend\n");
    return text.toString();
  }

  private static final String REMOTE = """
      hostname vpn7200
      crypto isakmp policy 1
       hash md5
       authentication pre-share
      crypto isakmp key cisco123 address 172.16.172.53
      crypto isakmp keepalive 10
      crypto ipsec transform-set myset esp-des esp-md5-hmac
      crypto map vpn 10 ipsec-isakmp
       set peer 172.16.172.53
       set transform-set myset
       match address 101
      !
      interface Loopback0
       ip address 20.1.1.1 255.255.255.255
      !
      interface FastEthernet0/1
       ip address 172.16.172.69 255.255.255.240
       crypto map vpn
      !
      ip route 10.1.1.0 255.255.255.0 172.16.172.65
      ip route 99.99.99.99 255.255.255.255 172.16.172.65
      ip route 172.16.172.48 255.255.255.240 172.16.172.65
      access-list 101 permit ip 20.1.1.0 0.0.0.255 10.1.1.0 0.0.0.255
      access-list 101 permit ip 20.1.1.0 0.0.0.255 host 99.99.99.99
      end
      """;

  private static final String INSIDE_ROUTER = """
      hostname 7206-1
      interface Loopback0
       ip address 99.99.99.99 255.255.255.255
      !
      interface FastEthernet0/1
       ip address 10.1.1.3 255.255.255.0
      !
      router ospf 1
       passive-interface Loopback0
       network 10.1.1.0 0.0.0.255 area 0
       network 99.99.99.99 0.0.0.0 area 0
      end
      """;
}
