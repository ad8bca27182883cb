package io.havpn.proptest;

import io.havpn.model.lab.CryptoMap;
import io.havpn.model.lab.HsrpGroup;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Interface;
import io.havpn.model.lab.InternalRouter;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.Prefix;
import io.havpn.model.lab.RemotePeer;
import io.havpn.model.lab.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random labs that are valid designs, so that every property must hold on them: 2 to 4 routers in the group, all with
 * preempt, RRI, redistribution and the crypto map bound to the group by name, the remote peering with the virtual IP
 * with keepalive on. What varies: priorities (ties included), preempt delays, tracking decrements, hello and hold
 * times, keepalive timers and mode, invalid-SPI recovery, interface addresses (which break priority ties), and which
 * routers have {@code standby ip} (the others start in Learn; at least one has it).
 */
public final class RandomLabs {

  public static final String OUTSIDE = "GigabitEthernet0/0";
  public static final String INSIDE = "GigabitEthernet0/1";
  static final String GROUP_NAME = "VPNHA";
  static final Ipv4 VIRTUAL_IP = Ipv4.parse("172.16.172.53");
  static final Ipv4 REMOTE = Ipv4.parse("172.16.172.69");
  /** The HSRP segment, 172.16.172.48/28, less the virtual IP. */
  private static final int[] OUTSIDE_HOSTS = {49, 50, 51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62};
  /** The inside segment, 10.1.1.0/24, less the inside router's 10.1.1.3 (a small range keeps them readable). */
  private static final int[] INSIDE_HOSTS = {1, 2, 4, 5, 6, 7, 8, 9};

  private RandomLabs() {}

  public static Lab draw(SplittableRandom random) {
    int n = 2 + random.nextInt(3);
    int hello = 1 + random.nextInt(4);
    HsrpGroup group = new HsrpGroup(1 + random.nextInt(255), GROUP_NAME, VIRTUAL_IP, hello,
        3 * hello + random.nextInt(3));
    int[] outside = pick(OUTSIDE_HOSTS, n, random);
    int[] inside = pick(INSIDE_HOSTS, n, random);
    int[] priorities = new int[n];
    for (int r = 0; r < n; r++) {
      priorities[r] = random.nextInt(10) < 3 ? HsrpRouter.DEFAULT_PRIORITY : 1 + random.nextInt(255);
    }
    int withVirtualIp = random.nextInt(n);
    List<HsrpRouter> routers = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      routers.add(new HsrpRouter("R" + (r + 1),
          List.of(Interface.of(OUTSIDE, "172.16.172." + outside[r], 28), Interface.of(INSIDE, "10.1.1." + inside[r], 24)),
          priorities[r], true, random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(group.holdTime()),
          r == withVirtualIp || random.nextInt(10) < 7,
          List.of(new Track(INSIDE, decrementMovingTheRole(priorities, r, random))),
          new CryptoMap(REMOTE, true, GROUP_NAME), true, random.nextBoolean()));
    }
    Keepalive keepalive = new Keepalive(5 + random.nextInt(11), 1 + random.nextInt(3), 2 + random.nextInt(4),
        random.nextBoolean() ? Keepalive.Mode.ON_DEMAND : Keepalive.Mode.PERIODIC);
    RemotePeer remote = new RemotePeer("vpn7200", Interface.of("FastEthernet0/1", REMOTE.toString(), 28), VIRTUAL_IP,
        Prefix.parse("20.1.1.0/24"), keepalive);
    InternalRouter internal = new InternalRouter("7206-1", Interface.of("FastEthernet0/1", "10.1.1.3", 24),
        Ipv4.parse("99.99.99.99"));
    return new Lab("random-" + n + "-routers", group, routers, remote, internal, Options.ios());
  }

  /**
   * A decrement that puts router r, its inside interface down, below every other router's configured priority: then
   * any router whose inside interface is up outranks it, and with preempt takes the Active role (and the tunnel).
   */
  static int decrementMovingTheRole(int[] priorities, int r, SplittableRandom random) {
    int lowestOther = Integer.MAX_VALUE;
    for (int q = 0; q < priorities.length; q++) {
      if (q != r) {
        lowestOther = Math.min(lowestOther, priorities[q]);
      }
    }
    return Math.max(1, priorities[r] - lowestOther + 1) + random.nextInt(30);
  }

  /** {@code count} distinct values of {@code from}, in random order. */
  private static int[] pick(int[] from, int count, SplittableRandom random) {
    int[] pool = from.clone();
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.length - i);
      int swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    return java.util.Arrays.copyOf(pool, count);
  }
}
