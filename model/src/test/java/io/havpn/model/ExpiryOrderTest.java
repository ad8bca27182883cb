package io.havpn.model;

import static io.havpn.model.RouterState.STOPPED;
import static io.havpn.model.RouterState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action.ActiveTimerExpired;
import io.havpn.model.Action.InterfaceDown;
import io.havpn.model.Action.StandbyTimerExpired;
import io.havpn.model.Action.Tick;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options.ExpiryOrder;
import io.havpn.model.lab.SeedLab;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Options.ExpiryOrder: which of a router's active (c) and standby (d) timer expiries is enabled when both are due, and
 * why it matters: the RFC table has no cell for Speak + c (PRIMER section 2, "Known gaps").
 */
class ExpiryOrderTest {

  private static final int ROUTER = 0;
  private static final int LONE_ROUTER_SECONDS = 60;

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "HANDLED_FIRST, SPEAK,   StandbyTimerExpired",
      "HANDLED_FIRST, LISTEN,  ActiveTimerExpired",
      "HANDLED_FIRST, STANDBY, ActiveTimerExpired",
      "ACTIVE_FIRST,  SPEAK,   ActiveTimerExpired",
      "ACTIVE_FIRST,  LISTEN,  ActiveTimerExpired",
      "ACTIVE_FIRST,  STANDBY, ActiveTimerExpired",
      "ANY,           SPEAK,   ActiveTimerExpired StandbyTimerExpired",
      "ANY,           LISTEN,  ActiveTimerExpired StandbyTimerExpired",
      "ANY,           STANDBY, ActiveTimerExpired StandbyTimerExpired"})
  void expiryOrderDecidesWhichOfTwoDueTimersIsEnabled(ExpiryOrder order, HsrpState state, String expiries) {
    VpnHaModel model = new VpnHaModel(lab(order));
    SystemState initial = model.initial();
    RouterState bothDue = new RouterState(state, 0b11, model.lab().router(ROUTER).priority(), 0, 0, 2, STOPPED, 0,
        UNKNOWN, UNKNOWN, false, false);
    SystemState s = initial.withRouter(ROUTER, bothDue);

    List<String> enabledExpiries = model.enabled(s).stream()
        .filter(a -> a instanceof ActiveTimerExpired || a instanceof StandbyTimerExpired)
        .map(Action::name)
        .toList();

    assertThat(enabledExpiries).containsExactlyInAnyOrder(expiries.split(" "));
  }

  @Test
  void loneRouterBecomesActiveWhenTheHandledExpiryGoesFirst() {
    SystemState end = runLoneRouter(ExpiryOrder.HANDLED_FIRST);

    assertThat(end.router(ROUTER).hsrp()).isEqualTo(HsrpState.ACTIVE);
    assertThat(end.activeMask()).isEqualTo(1 << ROUTER);
  }

  @Test
  void loneRouterIsStuckInStandbyWhenActiveTimerExpiryGoesFirst() {
    SystemState end = runLoneRouter(ExpiryOrder.ACTIVE_FIRST);

    // Speak + c has no cell: the expiry is lost, d then takes it to Standby with no active timer left to expire
    RouterState router = end.router(ROUTER);
    assertThat(router.hsrp()).isEqualTo(HsrpState.STANDBY);
    assertThat(end.activeMask()).as("no Active router").isZero();
    assertThat(router.activeTimer()).isEqualTo(STOPPED);
  }

  /**
   * The seed lab with router 1's HSRP interface taken down first; router 0 boots from {@code initial()} alone, every
   * due timer action is taken before each Tick, for {@value #LONE_ROUTER_SECONDS} simulated seconds.
   */
  private static SystemState runLoneRouter(ExpiryOrder order) {
    VpnHaModel model = new VpnHaModel(lab(order));
    SystemState s = model.step(model.initial(), new InterfaceDown(1, HsrpRouter.HSRP_INTERFACE)).next();
    for (int second = 0; second < LONE_ROUTER_SECONDS; second++) {
      s = takeDueTimers(model, s);
      s = model.step(s, new Tick()).next();
    }
    return takeDueTimers(model, s);
  }

  private static SystemState takeDueTimers(VpnHaModel model, SystemState s) {
    for (int taken = 0; ; taken++) {
      assertThat(taken).as("timer actions in one second").isLessThan(100);
      Action due = model.enabled(s).stream().filter(a -> a.kind() == Action.Kind.TIMER).findFirst().orElse(null);
      if (due == null) {
        return s;
      }
      s = model.step(s, due).next();
    }
  }

  private static Lab lab(ExpiryOrder order) {
    Lab seed = SeedLab.lab();
    return seed.withOptions(seed.options().withExpiryOrder(order));
  }
}
