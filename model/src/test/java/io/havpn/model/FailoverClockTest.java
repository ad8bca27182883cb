package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import org.junit.jupiter.api.Test;

/** The failover clock: when the bound applies, and how an outage counts against it. */
class FailoverClockTest {

  private static final Lab LAB = SeedLab.lab();
  private static final VpnHaModel MODEL = new VpnHaModel(LAB);
  private static final int BOUND = FailoverClock.bound(LAB);
  private static final Action TICK = new Action.Tick();
  private static final Action TRAFFIC = new Action.Traffic();
  /** The converged lab at a second's end: nothing due, the tunnel up with VXR-1. */
  private static final SystemState CONVERGED = converged();
  /** The same with the remote's SAs gone: the tunnel down. */
  private static final SystemState DOWN = CONVERGED.withRemote(RemoteState.NO_SA);

  private static SystemState converged() {
    RunResult run = Labs.run(LAB, "duration 50\nevery 1 from 30 Traffic\n");
    return run.steps().get(run.steps().size() - 1).state();
  }

  @Test
  void theBoundIsThePropertysAndWithoutKeepaliveWhatTheRunnerWaitsFor() {
    assertThat(BOUND).isEqualTo(Property.failoverBound(LAB)).isEqualTo(31);
    Lab noKeepalive = LAB.withRemote(LAB.remote().withKeepalive(null));
    assertThat(FailoverClock.bound(noKeepalive)).isEqualTo(2 * 10 + 60);
  }

  @Test
  void aPingedSecondOfOutageCountsOneAndTheRestoredTunnelResetsIt() {
    assertThat(Property.TUNNEL_RESTORED.holds(MODEL, CONVERGED)).isTrue();
    FailoverClock pinged = new FailoverClock(5, true, BOUND);
    assertThat(pinged.next(MODEL, DOWN, TICK, DOWN).outage()).isEqualTo(6);
    assertThat(pinged.next(MODEL, CONVERGED, TICK, CONVERGED).outage()).isZero();
    assertThat(pinged.next(MODEL, DOWN, TICK, DOWN).pinged()).isFalse();
  }

  @Test
  void aSecondWithoutTrafficRestartsTheClock() {
    FailoverClock silent = new FailoverClock(5, false, BOUND);
    assertThat(silent.next(MODEL, DOWN, TICK, DOWN).outage()).isZero();
    assertThat(silent.next(MODEL, DOWN, TRAFFIC, DOWN).pinged()).isTrue();
    assertThat(silent.next(MODEL, DOWN, new Action.EspLost(), DOWN).pinged()).isTrue();
  }

  @Test
  void faultsRepairsAndLossesRestartTheClockOtherStepsLeaveIt() {
    FailoverClock running = new FailoverClock(7, true, 7);
    assertThat(running.next(MODEL, DOWN, new Action.InterfaceDown(0, 1), DOWN).outage()).isZero();
    assertThat(running.next(MODEL, DOWN, new Action.InterfaceUp(0, 1), DOWN).outage()).isZero();
    assertThat(running.next(MODEL, DOWN, new Action.HelloLost(0, 1), DOWN).settledFor()).isZero();
    assertThat(running.next(MODEL, DOWN, new Action.HelloTimerExpired(0), DOWN)).isEqualTo(running);
    assertThat(running.next(MODEL, DOWN, new Action.KeepaliveSent(), DOWN)).isEqualTo(running);
  }

  @Test
  void theClockIsCappedOneSecondPastTheBoundSoThatTheStateSpaceIsFinite() {
    FailoverClock overrun = new FailoverClock(BOUND + 1, true, BOUND + 1);
    FailoverClock next = overrun.next(MODEL, DOWN, TICK, DOWN);
    assertThat(next.outage()).isEqualTo(BOUND + 1);
    assertThat(next.settledFor()).isEqualTo(BOUND + 1);
    assertThat(next.overrun(LAB)).isTrue();
    assertThat(new FailoverClock(BOUND, true, 0).overrun(LAB)).isFalse();
  }

  @Test
  void theBoundDoesNotApplyWhileAReloadAPartitionOrTheLackOfAnyRouterToCarryTheTunnelLasts() {
    assertThat(FailoverClock.settled(LAB, CONVERGED)).isTrue();
    SystemState reloading = MODEL.step(CONVERGED, new Action.Reload(0)).next();
    assertThat(FailoverClock.settled(LAB, reloading)).isFalse();
    assertThat(FailoverClock.settled(LAB, MODEL.step(CONVERGED, new Action.Partition()).next())).isFalse();
    SystemState bothInsideDown = MODEL.step(MODEL.step(CONVERGED, new Action.InterfaceDown(0, 1)).next(),
        new Action.InterfaceDown(1, 1)).next();
    assertThat(FailoverClock.settled(LAB, bothInsideDown)).isFalse();
    FailoverClock running = new FailoverClock(3, true, 3);
    assertThat(running.next(MODEL, CONVERGED, TICK, reloading).outage()).isZero();
  }

  @Test
  void aColdElectionStartsTheClockWithAHoldAndAHelloTimeToSpare() {
    SystemState boot = MODEL.initial();
    assertThat(FailoverClock.coldElectionAllowance(LAB, boot)).isEqualTo(10 + 3);
    assertThat(FailoverClock.initial(LAB, boot).outage()).isEqualTo(-13);
    assertThat(FailoverClock.coldElectionAllowance(LAB, CONVERGED)).isZero();
  }

  @Test
  void theDocumentsStoryKeepsEveryOutageWithinTheBound() {
    RunResult run = Labs.run(LAB, Labs.document());
    assertThat(run.verdicts().get(Property.FAILOVER_BOUND).holds()).as(run.verdicts().toString()).isTrue();
    assertThat(run.outages()).isNotEmpty();
  }
}
