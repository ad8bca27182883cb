package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Interface;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomLabsTest {

  static final List<Lab> LABS = IntStream.range(0, 500).mapToObj(i -> RandomLabs.draw(new SplittableRandom(i))).toList();

  @Test
  void everyRandomLabIsAValidDesign() {
    for (Lab lab : LABS) {
      assertThat(lab.routerCount()).isBetween(2, 4);
      assertThat(lab.remote().peer()).isEqualTo(lab.group().virtualIp());
      assertThat(lab.remote().keepalive()).isNotNull();
      assertThat(lab.routers()).anyMatch(HsrpRouter::virtualIpConfigured);
      for (HsrpRouter router : lab.routers()) {
        assertThat(router.preempt()).isTrue();
        assertThat(router.coupledTo(lab.group())).isTrue();
        assertThat(router.cryptoMap().reverseRoute()).isTrue();
        assertThat(router.redistributeStatic()).isTrue();
      }
    }
  }

  @Test
  void addressesAreDistinctAndEachSegmentSharesASubnet() {
    for (Lab lab : LABS) {
      Set<Ipv4> addresses = new HashSet<>(List.of(lab.group().virtualIp(), lab.internal().inside().address()));
      for (HsrpRouter router : lab.routers()) {
        assertThat(addresses.add(router.address())).isTrue();
        assertThat(addresses.add(router.inside().address())).isTrue();
        assertThat(router.hsrpInterface().subnet().contains(lab.group().virtualIp())).isTrue();
        assertThat(router.inside().subnet()).isEqualTo(lab.internal().inside().subnet());
      }
    }
  }

  /** Valid tracking: a router whose inside interface is down is outranked by every other router, so it hands over. */
  @Test
  void aRouterWithItsInsideInterfaceDownIsOutrankedByEveryOther() {
    int insideDown = 1 << HsrpRouter.HSRP_INTERFACE;
    for (Lab lab : LABS) {
      for (int r = 0; r < lab.routerCount(); r++) {
        for (int q = 0; q < lab.routerCount(); q++) {
          if (q != r) {
            assertThat(lab.outranks(lab.router(q).priority(), q, lab.router(r).trackedPriority(insideDown), r))
                .as("%s over %s in %s", lab.router(q).name(), lab.router(r).name(), lab).isTrue();
          }
        }
      }
    }
  }

  @Test
  void randomLabsVaryWhatTheDesignLeavesOpen() {
    assertThat(LABS.stream().map(Lab::routerCount).distinct()).containsExactlyInAnyOrder(2, 3, 4);
    assertThat(LABS).anyMatch(lab -> lab.routers().stream().anyMatch(r -> !r.virtualIpConfigured()));
    assertThat(LABS).anyMatch(lab -> lab.routers().stream().anyMatch(r -> r.preemptDelay() > 0));
    assertThat(LABS).anyMatch(lab -> lab.routers().stream().map(HsrpRouter::priority).distinct().count()
        < lab.routerCount());
    assertThat(LABS.stream().map(lab -> lab.group().helloTime()).distinct().count()).isGreaterThan(2);
    assertThat(LABS.stream().map(lab -> lab.remote().keepalive().mode()).distinct())
        .containsExactlyInAnyOrder(Keepalive.Mode.ON_DEMAND, Keepalive.Mode.PERIODIC);
    assertThat(LABS.stream().map(lab -> lab.router(0).interfaces().stream().map(Interface::address).toList())
        .distinct().count()).isGreaterThan(100);
  }
}
