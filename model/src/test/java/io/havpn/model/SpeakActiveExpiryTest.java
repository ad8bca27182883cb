package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options.ExpiryOrder;
import io.havpn.model.lab.SeedLab;
import org.junit.jupiter.api.Test;

/**
 * The RFC gap TLC found in the seed lab with one fault: a Speak router whose active timer runs out before its standby
 * timer (it entered Speak from Listen by d, which restarts only the standby timer) loses the expiry under the RFC's
 * table, reaches Standby with no active timer and stays there with no Active router. IOS keeps the expiry.
 */
class SpeakActiveExpiryTest {

  private static final Lab LAB = SeedLab.lab();
  private static final int VXR1 = 0;
  private static final int VXR2 = 1;

  /** VXR-1 is gone; VXR-2 in Speak, its active timer due now, its standby timer due in 4 s. */
  private static SystemState speakWithActiveTimerFirst(VpnHaModel model) {
    SystemState s = model.initial();
    return s.withRouter(VXR1, s.router(VXR1).withHsrp(HsrpState.INITIAL).withInterfacesUp(0b10)
            .withInterfaceDelayStopped())
        .withRouter(VXR2, s.router(VXR2).withHsrp(HsrpState.SPEAK).withTimers(0, 4, 2).withInterfaceDelayStopped());
  }

  /** Lets the lone router run for a minute, taking whatever is due, then Tick. */
  private static SystemState runAlone(VpnHaModel model, SystemState s) {
    for (int second = 0; second < 60; second++) {
      for (Action due = dueAction(model, s); due != null; due = dueAction(model, s)) {
        s = model.step(s, due).next();
      }
      s = model.step(s, new Action.Tick()).next();
    }
    return s;
  }

  private static Action dueAction(VpnHaModel model, SystemState s) {
    return model.enabled(s).stream().filter(a -> a.kind() == Action.Kind.TIMER).findFirst().orElse(null);
  }

  @Test
  void iosKeepsTheExpiredActiveTimerUntilStandbyAndBecomesActive() {
    VpnHaModel ios = new VpnHaModel(LAB);
    SystemState start = speakWithActiveTimerFirst(ios);
    assertThat(ios.enabled(start)).doesNotContain(new Action.ActiveTimerExpired(VXR2)).contains(new Action.Tick());
    assertThat(runAlone(ios, start).router(VXR2).hsrp()).isEqualTo(HsrpState.ACTIVE);
  }

  @Test
  void theRfcTableLosesTheExpiryAndTheRouterStaysStandbyWithNoActive() {
    for (ExpiryOrder rfc : new ExpiryOrder[] {ExpiryOrder.ACTIVE_FIRST, ExpiryOrder.ANY}) {
      VpnHaModel model = new VpnHaModel(LAB.withOptions(LAB.options().withExpiryOrder(rfc)));
      SystemState end = runAlone(model, speakWithActiveTimerFirst(model));
      assertThat(end.router(VXR2).hsrp()).as(rfc.name()).isEqualTo(HsrpState.STANDBY);
      assertThat(end.router(VXR2).activeTimer()).isEqualTo(RouterState.STOPPED);
      assertThat(Property.SINGLE_ACTIVE.holds(model, end)).isFalse();
    }
  }
}
