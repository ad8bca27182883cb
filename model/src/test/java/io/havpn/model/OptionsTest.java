package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpMessage;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each model option changes what it says it changes (the expiry order has its own test class). */
class OptionsTest {

  private static final Lab LAB = SeedLab.lab();
  private static final int VXR1 = LAB.routerIndex(SeedLab.VXR1);
  private static final int VXR2 = LAB.routerIndex(SeedLab.VXR2);

  @Test
  void iosResignsWhenDisplacedByAHigherActiveAndTheRfcDoesNot() {
    for (boolean resign : new boolean[] {true, false}) {
      Lab lab = LAB.withOptions(LAB.options().withResignOnDisplacement(resign));
      VpnHaModel model = new VpnHaModel(lab);
      SystemState dual = dualActive(model);
      SystemState next = model.step(dual, new Action.MessageDelivered(VXR1, VXR2)).next();
      assertThat(next.router(VXR2).hsrp()).isEqualTo(HsrpState.SPEAK);
      assertThat(next.channel(VXR2, VXR1).stream().anyMatch(m -> m.kind() == HsrpMessage.Kind.RESIGN))
          .as("resign=" + resign).isEqualTo(resign);
    }
  }

  /** VXR-2 Active, VXR-1 Active with a Hello to VXR-2 in flight. */
  private static SystemState dualActive(VpnHaModel model) {
    SystemState s = model.initial();
    s = s.withRouter(VXR1, s.router(VXR1).withHsrp(HsrpState.ACTIVE).withTimers(-1, -1, 3).withInterfaceDelayStopped())
        .withRouter(VXR2, s.router(VXR2).withHsrp(HsrpState.ACTIVE).withTimers(-1, -1, 2).withInterfaceDelayStopped());
    List<List<HsrpMessage>> channels = new java.util.ArrayList<>(s.channels());
    channels.set(VXR1 * 2 + VXR2, List.of(new HsrpMessage(HsrpMessage.Kind.HELLO, HsrpState.ACTIVE, 200)));
    return new SystemState(s.routers(), channels, VXR1, false, s.remote(), 0, 0, 0);
  }

  @Test
  void iosAnnouncesEachNewSpeakStandbyOrActiveStateWithAHello() {
    for (boolean announce : new boolean[] {true, false}) {
      VpnHaModel model = new VpnHaModel(LAB.withOptions(LAB.options().withHelloOnStateChange(announce)));
      SystemState s = model.initial();
      s = s.withRouter(VXR1, s.router(VXR1).withHsrp(HsrpState.SPEAK).withTimers(5, 0, 2).withInterfaceDelayStopped())
          .withRouter(VXR2, s.router(VXR2).withHsrp(HsrpState.LISTEN).withTimers(5, 5, 2).withInterfaceDelayStopped());
      SystemState next = model.step(s, new Action.StandbyTimerExpired(VXR1)).next();
      assertThat(next.router(VXR1).hsrp()).isEqualTo(HsrpState.STANDBY);
      assertThat(next.channel(VXR1, VXR2)).as("announce=" + announce).hasSize(announce ? 1 : 0);
    }
  }

  @Test
  void dynamicRriInjectsTheRouteWithTheSasNotWithTheActiveState() {
    Lab dynamic = LAB.withOptions(LAB.options().withRriMode(Options.RriMode.DYNAMIC));
    RunResult run = Labs.run(dynamic, Labs.document());
    int active = firstTime(run, s -> s.router(VXR1).isActive());
    int route = firstTime(run, s -> s.router(VXR1).rriRoute());
    int sas = firstTime(run, s -> s.router(VXR1).holdsSas());
    assertThat(route).isEqualTo(sas).isGreaterThan(active);
    assertThat(run.allHold()).isTrue();
    RunResult staticRri = Labs.run(LAB, Labs.document());
    assertThat(firstTime(staticRri, s -> s.router(VXR1).rriRoute()))
        .isEqualTo(firstTime(staticRri, s -> s.router(VXR1).isActive()));
  }

  @Test
  void hsrpWaitsTheMinimumInterfaceDelayAfterItsInterfaceComesUp() {
    for (int delay : new int[] {0, 1, 3}) {
      Lab lab = LAB.withOptions(LAB.options().withMinimumInterfaceDelay(delay));
      RunResult run = Labs.run(lab, Labs.PRIMARY_FAILS + "at 100 InterfaceUp 7204VXR-1 FastEthernet0/0\n");
      RunResult.TimedStep enabled = run.steps().stream()
          .filter(s -> s.time() >= 100 && s.action().equals(new Action.InterfaceDelayExpired(VXR1)))
          .findFirst().orElseThrow();
      assertThat(enabled.time()).as("delay " + delay).isEqualTo(100 + delay);
    }
  }

  @Test
  void aReloadedRouterComesBackAfterTheReloadTime() {
    RunResult run = Labs.run(LAB, """
        duration 120
        every 1 from 30 Traffic
        at 60 Reload 7204VXR-2
        """);
    int back = run.steps().stream()
        .filter(s -> s.time() >= 60 && s.action().equals(new Action.InterfaceDelayExpired(VXR2)))
        .findFirst().orElseThrow().time();
    assertThat(back).isEqualTo(60 + LAB.options().reloadTime() + LAB.options().minimumInterfaceDelay());
    assertThat(run.allHold()).isTrue();
  }

  @Test
  void budgetsBoundFaultsAndLossesAndAreCountedOnlyWhenSet() {
    VpnHaModel bounded = new VpnHaModel(LAB.withOptions(LAB.options().withBudgets(1, 0)));
    SystemState s = bounded.step(bounded.initial(), new Action.InterfaceDown(VXR2, 1)).next();
    assertThat(s.faults()).isEqualTo(1);
    assertThat(bounded.enabled(s)).noneMatch(a -> a.kind() == Action.Kind.FAULT || a.kind() == Action.Kind.LOSS)
        .contains(new Action.InterfaceUp(VXR2, 1));
    VpnHaModel unbounded = new VpnHaModel(LAB);
    assertThat(unbounded.step(unbounded.initial(), new Action.InterfaceDown(VXR2, 1)).next().faults()).isZero();
  }

  @Test
  void preemptDelayPostponesTheCoupAfterHsrpIsEnabled() {
    String recovery = Labs.PRIMARY_FAILS.replace("duration 160", "duration 220")
        + "at 120 InterfaceUp 7204VXR-1 FastEthernet0/0\n";
    int coup = firstTime(Labs.run(LAB, recovery), 120, s -> s.router(VXR1).isActive());
    Lab delayed = LAB.withRouter(SeedLab.VXR1, r -> r.withPreempt(true, 30));
    int delayedCoup = firstTime(Labs.run(delayed, recovery), 120, s -> s.router(VXR1).isActive());
    assertThat(coup).isLessThan(121 + 30);
    assertThat(delayedCoup).isGreaterThanOrEqualTo(121 + 30).isLessThanOrEqualTo(121 + 30 + LAB.group().helloTime());
  }

  @Test
  void invalidSpiRecoveryShortensTheOutage() {
    Lab recovery = LAB.withRouter(SeedLab.VXR2, r -> r.withInvalidSpiRecovery(true));
    int plain = Labs.run(LAB, Labs.PRIMARY_FAILS).outages().get(0).duration(0);
    int withRecovery = Labs.run(recovery, Labs.PRIMARY_FAILS).outages().get(0).duration(0);
    assertThat(withRecovery).isLessThan(plain).isLessThanOrEqualTo(LAB.group().holdTime() + 2);
  }

  @Test
  void aRouterWithoutTheVirtualIpLearnsItFromTheActiveRouter() {
    Lab learning = LAB.withRouter(SeedLab.VXR2, r -> r.withVirtualIpConfigured(false));
    RunResult run = Labs.run(learning, Labs.PRIMARY_FAILS);
    assertThat(run.steps()).anyMatch(s -> s.state().router(VXR2).hsrp() == HsrpState.LEARN);
    assertThat(run.allHold()).isTrue();
  }

  private static int firstTime(RunResult run, java.util.function.Predicate<SystemState> condition) {
    return firstTime(run, 0, condition);
  }

  private static int firstTime(RunResult run, int from, java.util.function.Predicate<SystemState> condition) {
    return run.steps().stream().filter(s -> s.time() >= from && condition.test(s.state())).findFirst().orElseThrow()
        .time();
  }
}
