package io.havpn.proptest;

import static io.havpn.proptest.Sequences.SEED;
import static io.havpn.proptest.Sequences.play;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action;
import io.havpn.model.Property;
import io.havpn.model.Step;
import io.havpn.model.VpnHaModel;
import io.havpn.model.hsrp.HsrpState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceRunTest {

  /** Seconds after power-on when the seed lab has converged: VXR-1 Active, VXR-2 Standby, whatever the schedule. */
  static final int CONVERGED = 55;
  /** The document's failover: VXR-1's HSRP interface fails once the tunnel is up, and stays down. */
  static final String[] DOCUMENT_FAILOVER = {"Wait " + CONVERGED, "Traffic", "InterfaceDown 7204VXR-1 FastEthernet0/0"};

  @Test
  void theDocumentsFailoverPassesEveryCheck() {
    SequenceRun.Outcome outcome = play(SEED, DOCUMENT_FAILOVER);
    assertThat(outcome.status()).as("%s", outcome.failure()).isEqualTo(SequenceRun.Status.PASSED);
    assertThat(outcome.state().router(1).hsrp()).isEqualTo(HsrpState.ACTIVE);
    assertThat(outcome.state().remote().saWith()).isEqualTo(1);
  }

  @Test
  void safetyIsCheckedAfterEveryStepNotAtTheEnd() {
    SequenceRun.Outcome outcome = play(Sequences.variant("redundancy-name-mismatch"), "Wait 30", "Traffic");
    assertThat(outcome.failure().check()).isEqualTo(Property.ROUTE_ONLY_ON_ACTIVE.id());
    assertThat(outcome.failure().stimulus()).isZero(); // during the first Wait, as soon as VXR-2's HSRP came up
    assertThat(outcome.failure().time()).isLessThan(30);
  }

  @Test
  void aStimulusThatIsNotEnabledMakesTheSequenceInvalid() {
    SequenceRun.Outcome outcome = play(SEED, "Wait 5", "InterfaceUp 7204VXR-1 FastEthernet0/0");
    assertThat(outcome.status()).isEqualTo(SequenceRun.Status.NOT_ENABLED);
    assertThat(outcome.applied()).isEqualTo(1);
  }

  @Test
  void anArmedHelloLossLosesOnlyTheNextHelloOfThatPair() {
    List<Action> losses = new ArrayList<>();
    SequenceRun.replay(new VpnHaModel(SEED),
        Sequences.of(SEED, "Wait " + CONVERGED, "HelloLost 7204VXR-1 7204VXR-2", "Wait 9"),
        Sequences.SCHEDULE, new SequenceRun.Listener() {
          @Override
          public void stepTaken(int stimulus, int time, Action action, Step step) {
            if (action.kind() == Action.Kind.LOSS) {
              losses.add(action);
            }
          }
        });
    assertThat(losses).containsExactly(new Action.HelloLost(0, 1));
  }

  @Test
  void theQuiescentSuffixHealsAPartitionButLeavesFailedInterfacesDown() {
    SequenceRun.Outcome outcome = play(SEED, "Wait 10", "Partition", "InterfaceDown 7204VXR-1 FastEthernet0/0");
    assertThat(outcome.repairs()).containsExactly(new Action.Heal());
    assertThat(outcome.state().router(0).hsrpInterfaceUp()).isFalse();
  }

  @Test
  void theQuiescentSuffixRepairsEverythingWhenNoRouterCouldCarryTheTunnel() {
    SequenceRun.Outcome outcome = play(SEED, "InterfaceDown 7204VXR-1 FastEthernet0/1",
        "InterfaceDown 7204VXR-2 FastEthernet1/0");
    assertThat(outcome.repairs()).containsExactly(new Action.InterfaceUp(0, 1), new Action.InterfaceUp(1, 1));
  }

  @Test
  void aFailoverFromAConvergedGroupIsJudgedByTheFailoverBound() {
    SequenceRun.Outcome outcome = play(SEED, DOCUMENT_FAILOVER);
    assertThat(outcome.quiescentFrom()).isEqualTo(CONVERGED);
    assertThat(outcome.judgedFrom()).isEqualTo(CONVERGED + Property.failoverBound(SEED));
  }

  @Test
  void aColdStartIsAllowedAnElection() {
    SequenceRun.Outcome outcome = play(SEED);
    int interfaceDelay = SEED.options().minimumInterfaceDelay();
    int election = SEED.group().holdTime() + SEED.group().helloTime();
    assertThat(outcome.judgedFrom()).isEqualTo(interfaceDelay + Property.failoverBound(SEED) + election);
    assertThat(outcome.status()).isEqualTo(SequenceRun.Status.PASSED);
  }

  @Test
  void aReloadIsJudgedFromWhenTheRouterIsBack() {
    SequenceRun.Outcome outcome = play(SEED, "Wait " + CONVERGED, "Traffic", "Reload 7204VXR-1");
    int back = SEED.options().reloadTime() + SEED.options().minimumInterfaceDelay();
    assertThat(outcome.judgedFrom()).isEqualTo(CONVERGED + back + Property.failoverBound(SEED));
  }

  @Test
  void anActiveDisplacedWithoutResignIsCaughtOnlyWithTheRfcTable() {
    String[] dualActiveThenHeal = {"Wait " + CONVERGED, "Partition", "Wait 15"};
    assertThat(play(SEED, dualActiveThenHeal).status()).isEqualTo(SequenceRun.Status.PASSED);
    SequenceRun.Outcome rfc = play(Sequences.variant("no-resign-on-g"), dualActiveThenHeal);
    assertThat(rfc.failure().check()).isEqualTo(Failure.DISPLACED_ACTIVE_RESIGNS);
    assertThat(rfc.failure().detail()).contains("7204VXR-2 left Active on g without sending Resign to 7204VXR-1");
  }

  @Test
  void aTunnelThatNeverMovesViolatesTunnelRestored() {
    SequenceRun.Outcome outcome = play(Sequences.variant("no-keepalive"), DOCUMENT_FAILOVER);
    assertThat(outcome.failure().check()).isEqualTo(Property.TUNNEL_RESTORED.id());
    assertThat(outcome.failure().stimulus()).isEqualTo(SequenceRun.QUIESCENT);
  }

  /** Without RRI on VXR-2 the tunnel is down from the failover until VXR-1 is back and preempts, 40 s later. */
  @Test
  void theBoundCountsFromWhenTheFaultsStopNotFromAnEarlierOutage() {
    SequenceRun.Outcome outcome = play(Sequences.variant("rri-missing"), "Wait " + CONVERGED, "Traffic",
        "InterfaceDown 7204VXR-1 FastEthernet0/0", "Wait 40", "InterfaceUp 7204VXR-1 FastEthernet0/0");
    assertThat(outcome.status()).isEqualTo(SequenceRun.Status.PASSED); // faults stop after the recovery: all good
    SequenceRun.Outcome late = play(Sequences.variant("rri-missing"), "Wait " + CONVERGED, "Traffic",
        "InterfaceDown 7204VXR-1 FastEthernet0/0");
    assertThat(late.failure().check()).isEqualTo(Property.TUNNEL_RESTORED.id());
  }

  @Test
  void theSameSequenceAndScheduleSeedGiveTheSameRun() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> log : List.of(first, second)) {
      SequenceRun.replay(new VpnHaModel(SEED), Sequences.of(SEED, DOCUMENT_FAILOVER), 42, new SequenceRun.Listener() {
        @Override
        public void stepTaken(int stimulus, int time, Action action, Step step) {
          log.add(time + " " + action.describe(SEED));
        }
      });
    }
    assertThat(first).hasSizeGreaterThan(100).isEqualTo(second);
  }
}
