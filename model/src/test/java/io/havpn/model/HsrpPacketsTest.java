package io.havpn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpMessage;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What routers make of HSRP packets beyond the table itself. */
class HsrpPacketsTest {

  private static final Lab LAB = SeedLab.lab();
  private static final VpnHaModel MODEL = new VpnHaModel(LAB);
  private static final int VXR1 = 0;
  private static final int VXR2 = 1;

  private static SystemState withPacket(SystemState s, int sender, int receiver, HsrpMessage message) {
    List<List<HsrpMessage>> channels = new ArrayList<>(s.channels());
    channels.set(sender * LAB.routerCount() + receiver, List.of(message));
    return new SystemState(s.routers(), channels, s.vipOwner(), false, s.remote(), 0, 0, 0);
  }

  private static SystemState running(HsrpState vxr1, HsrpState vxr2) {
    SystemState s = MODEL.initial();
    return s.withRouter(VXR1, s.router(VXR1).withHsrp(vxr1).withTimers(9, 9, 2).withInterfaceDelayStopped())
        .withRouter(VXR2, s.router(VXR2).withHsrp(vxr2).withTimers(9, 9, 2).withInterfaceDelayStopped());
  }

  @Test
  void aResignCountsAsEventIOnlyWhenItGivesUpActive() {
    SystemState standby = running(HsrpState.STANDBY, HsrpState.SPEAK);
    SystemState fromSpeak = withPacket(standby, VXR2, VXR1, new HsrpMessage(HsrpMessage.Kind.RESIGN, HsrpState.SPEAK, 100));
    assertThat(MODEL.step(fromSpeak, new Action.MessageDelivered(VXR2, VXR1)).next().router(VXR1).hsrp())
        .isEqualTo(HsrpState.STANDBY);
    SystemState fromActive =
        withPacket(standby, VXR2, VXR1, new HsrpMessage(HsrpMessage.Kind.RESIGN, HsrpState.ACTIVE, 100));
    assertThat(MODEL.step(fromActive, new Action.MessageDelivered(VXR2, VXR1)).next().router(VXR1).hsrp())
        .isEqualTo(HsrpState.ACTIVE);
  }

  @Test
  void aCoupLeavesNoActiveTimerRunning() {
    SystemState listen = withPacket(running(HsrpState.LISTEN, HsrpState.ACTIVE), VXR2, VXR1,
        new HsrpMessage(HsrpMessage.Kind.HELLO, HsrpState.ACTIVE, 100));
    Step coup = MODEL.step(listen, new Action.MessageDelivered(VXR2, VXR1));
    assertThat(coup.next().router(VXR1).hsrp()).isEqualTo(HsrpState.ACTIVE);
    assertThat(coup.next().router(VXR1).activeTimer()).isEqualTo(RouterState.STOPPED);
    assertThat(coup.observations()).anySatisfy(o -> assertThat(o).isInstanceOfSatisfying(
        Observation.HsrpEventHandled.class, e -> assertThat(e.event()).isEqualTo(HsrpEvent.H_HELLO_LOWER_PRI_ACTIVE)));
  }
}
