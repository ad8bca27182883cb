package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import org.junit.jupiter.api.Test;

/** Each property's predicate, on the converged lab and on states that break exactly what the property is about. */
class PropertyTest {

  private static final Lab LAB = SeedLab.lab();
  private static final VpnHaModel MODEL = new VpnHaModel(LAB);
  private static final int VXR1 = LAB.routerIndex(SeedLab.VXR1);
  private static final int VXR2 = LAB.routerIndex(SeedLab.VXR2);
  /** VXR-1 Active with the SAs and the route, VXR-2 Standby, the remote's SAs answered by VXR-1. */
  private static final SystemState CONVERGED = convergedState();

  private static SystemState convergedState() {
    RunResult run = Labs.run(LAB, """
        duration 50
        every 1 from 30 Traffic
        """);
    return run.steps().get(run.steps().size() - 1).state();
  }

  @Test
  void everyPropertyHoldsOnTheConvergedLab() {
    for (Property property : Property.values()) {
      assertThat(property.holds(MODEL, CONVERGED)).as(property.id()).isTrue();
    }
  }

  @Test
  void sasOnlyOnActiveFailsWhenAStandbyHoldsSas() {
    SystemState s = CONVERGED.withRouter(VXR2, CONVERGED.router(VXR2).withHoldsSas(true));
    assertThat(Property.SAS_ONLY_ON_ACTIVE.holds(MODEL, s)).isFalse();
  }

  @Test
  void routeOnlyOnActiveFailsWhenAStandbyKeepsTheRoute() {
    SystemState s = CONVERGED.withRouter(VXR2, CONVERGED.router(VXR2).withRriRoute(true));
    assertThat(Property.ROUTE_ONLY_ON_ACTIVE.holds(MODEL, s)).isFalse();
  }

  @Test
  void remotePeersWithVipFailsOnlyWhenTheRemoteHoldsSasWithARealAddress() {
    Lab realPeer = LAB.withRemote(LAB.remote().withPeer(Ipv4.parse("172.16.172.52")));
    VpnHaModel model = new VpnHaModel(realPeer);
    assertThat(Property.REMOTE_PEERS_WITH_VIP.holds(model, CONVERGED)).isFalse();
    assertThat(Property.REMOTE_PEERS_WITH_VIP.holds(model, CONVERGED.withRemote(RemoteState.NO_SA))).isTrue();
  }

  @Test
  void priorityMatchesTrackingComparesWithTheDownTrackedInterfaces() {
    RouterState insideDown = CONVERGED.router(VXR1).withInterfacesUp(0b01);
    assertThat(Property.PRIORITY_MATCHES_TRACKING.holds(MODEL, CONVERGED.withRouter(VXR1, insideDown))).isFalse();
    assertThat(Property.PRIORITY_MATCHES_TRACKING.holds(MODEL,
        CONVERGED.withRouter(VXR1, insideDown.withPriority(200 - 150)))).isTrue();
  }

  @Test
  void singleActiveFailsWithTwoOrNoActiveRouters() {
    SystemState dual = CONVERGED.withRouter(VXR2, CONVERGED.router(VXR2).withHsrp(HsrpState.ACTIVE));
    SystemState none = CONVERGED.withRouter(VXR1, CONVERGED.router(VXR1).withHsrp(HsrpState.STANDBY));
    assertThat(Property.SINGLE_ACTIVE.holds(MODEL, dual)).isFalse();
    assertThat(Property.SINGLE_ACTIVE.holds(MODEL, none)).isFalse();
  }

  @Test
  void singleActiveAsksNothingWhenEveryHsrpInterfaceIsDown() {
    SystemState down = CONVERGED
        .withRouter(VXR1, CONVERGED.router(VXR1).withHsrp(HsrpState.INITIAL).withInterfacesUp(0b10))
        .withRouter(VXR2, CONVERGED.router(VXR2).withHsrp(HsrpState.INITIAL).withInterfacesUp(0b10));
    assertThat(Property.SINGLE_ACTIVE.holds(MODEL, down)).isTrue();
  }

  @Test
  void highestPriorityActiveFailsWhenAHigherRouterThatPreemptsIsNotActive() {
    SystemState swapped = CONVERGED
        .withRouter(VXR1, CONVERGED.router(VXR1).withHsrp(HsrpState.STANDBY))
        .withRouter(VXR2, CONVERGED.router(VXR2).withHsrp(HsrpState.ACTIVE));
    assertThat(Property.HIGHEST_PRIORITY_ACTIVE.holds(MODEL, swapped)).isFalse();
    VpnHaModel noPreempt = new VpnHaModel(LAB.withRouter(SeedLab.VXR1, r -> r.withPreempt(false, 0)));
    assertThat(Property.HIGHEST_PRIORITY_ACTIVE.holds(noPreempt, swapped)).isTrue();
  }

  @Test
  void tunnelRestoredNeedsTheRemoteSasTheActiveRouterAndTheInsideRoute() {
    assertThat(Property.TUNNEL_RESTORED.holds(MODEL, CONVERGED.withOspfNextHops(0))).isFalse();
    assertThat(Property.TUNNEL_RESTORED.holds(MODEL, CONVERGED.withOspfNextHops(0b11))).isFalse();
    assertThat(Property.TUNNEL_RESTORED.holds(MODEL, CONVERGED.withRemote(RemoteState.NO_SA))).isFalse();
    assertThat(Property.TUNNEL_RESTORED.holds(MODEL,
        CONVERGED.withRouter(VXR1, CONVERGED.router(VXR1).withHoldsSas(false)))).isFalse();
  }

  @Test
  void failoverBoundIsHoldPlusKeepaliveDetectionPlusOneSecond() {
    assertThat(Property.failoverBound(LAB)).isEqualTo(10 + 10 + 2 * 5 + 1);
    assertThat(Property.failoverBound(LAB.withRemote(LAB.remote().withKeepalive(null)))).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void failoverBoundFailsWhenAnOutageOutlastsTheBoundEvenThoughTheTunnelComesBack() {
    // Without RRI on VXR-2 the inside router has no route while VXR-2 is Active; the recovery brings VXR-1 back.
    Lab noRriOnVxr2 = LAB.withRouter(SeedLab.VXR2,
        r -> r.withCryptoMap(new io.havpn.model.lab.CryptoMap(r.cryptoMap().peer(), false, "VPNHA")));
    RunResult run = Labs.run(noRriOnVxr2, Labs.document());
    assertThat(run.verdicts().get(Property.TUNNEL_RESTORED).holds()).isTrue();
    assertThat(run.verdicts().get(Property.FAILOVER_BOUND).holds()).isFalse();
    assertThat(run.outages().get(0).duration(run.end())).isGreaterThan(Property.failoverBound(noRriOnVxr2));
  }
}
