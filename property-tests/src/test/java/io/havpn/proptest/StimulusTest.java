package io.havpn.proptest;

import static io.havpn.proptest.Sequences.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.havpn.model.Action;
import io.havpn.model.VpnHaModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StimulusTest {

  @Test
  void everyEnvironmentActionReadsBackFromItsText() {
    List<Stimulus> all = new ArrayList<>();
    for (Action action : new VpnHaModel(SEED).enabled(new VpnHaModel(SEED).initial())) {
      if (action.kind() != Action.Kind.TIME) {
        all.add(new Stimulus.Inject(action));
      }
    }
    all.add(new Stimulus.Inject(new Action.Heal()));
    all.add(new Stimulus.Inject(new Action.InterfaceUp(1, 1)));
    all.add(new Stimulus.Inject(new Action.HelloLost(1, 0)));
    all.add(new Stimulus.Inject(new Action.KeepaliveLost()));
    all.add(new Stimulus.Inject(new Action.EspLost()));
    all.add(new Stimulus.Wait(7));
    assertThat(all).hasSizeGreaterThan(10)
        .allSatisfy(stimulus -> assertThat(Stimulus.parse(SEED, stimulus.text(SEED))).isEqualTo(stimulus));
  }

  @Test
  void textIsTheScenarioLanguage() {
    assertThat(new Stimulus.Inject(new Action.InterfaceDown(0, 0)).text(SEED))
        .isEqualTo("InterfaceDown 7204VXR-1 FastEthernet0/0");
    assertThat(new Stimulus.Inject(new Action.HelloLost(1, 0)).text(SEED)).isEqualTo("HelloLost 7204VXR-2 7204VXR-1");
    assertThat(new Stimulus.Wait(7).text(SEED)).isEqualTo("Wait 7");
  }

  @Test
  void onlyLossesOfPacketsInFlightArm() {
    assertThat(new Stimulus.Inject(new Action.HelloLost(0, 1)).armsLoss()).isTrue();
    assertThat(new Stimulus.Inject(new Action.KeepaliveLost()).armsLoss()).isTrue();
    assertThat(new Stimulus.Inject(new Action.EspLost()).armsLoss()).isFalse();
    assertThat(new Stimulus.Inject(new Action.Reload(0)).armsLoss()).isFalse();
  }

  @Test
  void theModelsOwnActionsAreNotStimuli() {
    assertThatThrownBy(() -> new Stimulus.Inject(new Action.Tick())).hasMessageContaining("model's own action");
    assertThatThrownBy(() -> new Stimulus.Inject(new Action.MessageDelivered(0, 1)))
        .hasMessageContaining("model's own action");
  }

  @Test
  void badTextSaysWhatWasExpected() {
    assertThatThrownBy(() -> Stimulus.parse(SEED, "Wait 0")).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Stimulus.parse(SEED, "Wait soon")).hasMessageContaining("whole seconds");
    assertThatThrownBy(() -> Stimulus.parse(SEED, "Reload R9")).hasMessageContaining("unknown router 'R9'");
    assertThatThrownBy(() -> Stimulus.parse(SEED, "Explode")).hasMessageContaining("expected one of");
  }
}
