package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import org.junit.jupiter.api.Test;

/** The faults a scenario can inject, and dead peer detection in both keepalive modes. */
class FaultsAndKeepaliveTest {

  private static final Lab LAB = SeedLab.lab();
  private static final int VXR1 = LAB.routerIndex(SeedLab.VXR1);
  private static final int VXR2 = LAB.routerIndex(SeedLab.VXR2);

  private static long count(RunResult run, int from, int until, Class<? extends Observation> kind) {
    return run.steps().stream().filter(s -> s.time() >= from && s.time() <= until)
        .flatMap(s -> s.observations().stream()).filter(kind::isInstance).count();
  }

  @Test
  void aPartitionMakesBothRoutersActiveAndTheHealEndsItWithinAHoldTime() {
    RunResult run = Labs.run(LAB, """
        duration 150
        every 1 from 30 Traffic
        at 60 Partition
        at 90 Heal
        """);
    assertThat(run.steps()).anySatisfy(s -> {
      assertThat(s.time()).isBetween(60, 89);
      assertThat(s.state().activeMask()).isEqualTo(0b11);
    });
    assertThat(run.steps()).filteredOn(s -> s.time() >= 90 + LAB.group().holdTime())
        .allSatisfy(s -> assertThat(Integer.bitCount(s.state().activeMask())).isEqualTo(1));
    assertThat(run.allHold()).isTrue();
  }

  @Test
  void onDemandKeepaliveStaysQuietWhileTrafficIsAnswered() {
    RunResult run = Labs.run(LAB, "duration 120\nevery 1 from 30 Traffic\n");
    assertThat(count(run, 31, 120, Observation.KeepaliveSent.class)).isZero();
  }

  @Test
  void periodicKeepaliveProbesEveryIntervalWhateverTheTraffic() {
    Lab periodic = LAB.withRemote(LAB.remote().withKeepalive(new Keepalive(10, 2, 5, Keepalive.Mode.PERIODIC)));
    RunResult run = Labs.run(periodic, "duration 131\nevery 1 from 30 Traffic\n");
    assertThat(count(run, 31, 130, Observation.KeepaliveAcked.class)).isEqualTo(10);
  }

  @Test
  void onDemandDetectsAFailedPeerOnlyWhenThereIsTrafficToSendAndPeriodicDetectsItAnyway() {
    String quietAfterFailure = """
        duration 200
        every 1 from 30 until 59 Traffic
        at 60 InterfaceDown 7204VXR-1 FastEthernet0/0
        """;
    Lab periodic = LAB.withRemote(LAB.remote().withKeepalive(new Keepalive(10, 2, 5, Keepalive.Mode.PERIODIC)));
    assertThat(count(Labs.run(LAB, quietAfterFailure), 60, 200, Observation.PeerNotResponding.class)).isZero();
    RunResult probed = Labs.run(periodic, quietAfterFailure);
    int dead = probed.steps().stream()
        .filter(s -> s.observations().stream().anyMatch(o -> o instanceof Observation.PeerNotResponding))
        .findFirst().orElseThrow().time();
    assertThat(dead).isBetween(60, 60 + periodic.remote().keepalive().detectionTime());
  }

  @Test
  void retryAndLimitSetTheNumberAndSpacingOfMisses() {
    Lab quick = LAB.withRemote(LAB.remote().withKeepalive(new Keepalive(10, 3, 3, Keepalive.Mode.ON_DEMAND)));
    RunResult run = Labs.run(quick, Labs.PRIMARY_FAILS);
    var misses = run.steps().stream().filter(s -> s.time() >= 60)
        .filter(s -> s.observations().stream().anyMatch(o -> o instanceof Observation.KeepaliveMissed))
        .map(RunResult.TimedStep::time).toList();
    assertThat(misses).hasSize(3);
    assertThat(misses.get(1) - misses.get(0)).isEqualTo(3);
    assertThat(misses.get(2) - misses.get(1)).isEqualTo(3);
  }

  @Test
  void lostKeepalivesAndEspCountAsMissesButDoNotKillALivePeerWithinTheLimit() {
    RunResult run = Labs.run(LAB, """
        duration 150
        every 1 from 30 Traffic
        from 60 until 75 EspLost
        from 60 until 75 KeepaliveLost
        """);
    assertThat(count(run, 60, 80, Observation.KeepaliveMissed.class)).isPositive();
    assertThat(count(run, 60, 150, Observation.PeerNotResponding.class)).isZero();
    assertThat(run.allHold()).isTrue();
  }

  @Test
  void aRemoteThatLosesEveryProbeDeclaresALivePeerDead() {
    RunResult run = Labs.run(LAB, """
        duration 150
        every 1 from 30 Traffic
        from 60 until 100 EspLost
        from 60 until 100 KeepaliveLost
        """);
    assertThat(count(run, 60, 100, Observation.PeerNotResponding.class)).isPositive();
    assertThat(run.steps().get(run.steps().size() - 1).state().router(VXR1).hsrp()).isEqualTo(HsrpState.ACTIVE);
    assertThat(run.verdicts().get(Property.TUNNEL_RESTORED).holds()).isTrue();
  }

  @Test
  void helloLossLosesHellosOnlyNotCoupsOrResigns() {
    // VXR-2 never hears VXR-1's Hellos, goes Active too; VXR-1 hears it and sends a Coup, which gets through.
    RunResult run = Labs.run(LAB, "duration 40\nfrom 0 until 40 HelloLost 7204VXR-1 7204VXR-2\n");
    var atVxr2 = run.steps().stream().filter(s -> s.time() <= 40).flatMap(s -> s.observations().stream())
        .filter(o -> o instanceof Observation.HsrpEventHandled e && e.device().equals(SeedLab.VXR2))
        .map(o -> ((Observation.HsrpEventHandled) o).event()).toList();
    assertThat(atVxr2).doesNotContain(HsrpEvent.F_HELLO_HIGHER_PRI_SPEAK, HsrpEvent.G_HELLO_HIGHER_PRI_ACTIVE,
        HsrpEvent.K_HELLO_HIGHER_PRI_STANDBY).contains(HsrpEvent.J_COUP_HIGHER_PRI);
    assertThat(run.steps()).anyMatch(s -> s.action().equals(new Action.HelloLost(VXR1, VXR2)));
  }
}
