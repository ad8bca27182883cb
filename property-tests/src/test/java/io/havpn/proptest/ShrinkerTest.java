package io.havpn.proptest;

import static io.havpn.proptest.Sequences.SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.havpn.model.Action;
import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShrinkerTest {

  private static final Lab RRI_MISSING = Sequences.variant("rri-missing");

  @Test
  void dropsWhatTheFailureDoesNotNeed() {
    List<Stimulus> noisy = Sequences.of(RRI_MISSING, "Wait 55", "Traffic", "InterfaceDown 7204VXR-2 FastEthernet1/0",
        "Wait 2", "InterfaceUp 7204VXR-2 FastEthernet1/0", "Wait 33", "EspLost", "InterfaceDown 7204VXR-1 FastEthernet0/0",
        "Wait 9", "Traffic");
    Shrinker.Result result = new Shrinker(new VpnHaModel(RRI_MISSING), SCHEDULE, Property.TUNNEL_RESTORED.id())
        .shrink(noisy);
    assertThat(result.stimuli()).containsExactlyElementsOf(
        Sequences.of(RRI_MISSING, "InterfaceDown 7204VXR-1 FastEthernet0/0"));
    assertThat(result.failure().check()).isEqualTo(Property.TUNNEL_RESTORED.id());
  }

  @Test
  void dropsAFaultTogetherWithItsRepair() {
    Lab lab = Sequences.variant("no-resign-on-g");
    List<Stimulus> withDetour = Sequences.of(lab, "Wait 55", "InterfaceDown 7204VXR-2 FastEthernet1/0", "Partition",
        "InterfaceUp 7204VXR-2 FastEthernet1/0", "Wait 15");
    List<Stimulus> shrunk = new Shrinker(new VpnHaModel(lab), SCHEDULE, Failure.DISPLACED_ACTIVE_RESIGNS)
        .shrink(withDetour).stimuli();
    assertThat(shrunk).noneMatch(s -> s instanceof Stimulus.Inject inject
        && (inject.action() instanceof Action.InterfaceDown || inject.action() instanceof Action.InterfaceUp));
  }

  @Test
  void refusesASequenceThatDoesNotFail() {
    Lab seed = Sequences.SEED;
    Shrinker shrinker = new Shrinker(new VpnHaModel(seed), SCHEDULE, Property.SINGLE_ACTIVE.id());
    assertThatThrownBy(() -> shrinker.shrink(Sequences.of(seed, "Wait 5"))).hasMessageContaining("does not fail");
  }

  static Stream<Counterexample> designMistakeCounterexamples() {
    return LabVariant.designMistakes().stream()
        .map(v -> PropertyCheck.of(v, 1000, 3).targeting(v.expected()).run().counterexample());
  }

  /** Nothing more can go: no single stimulus, no second of any wait, no router renamed lower. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designMistakeCounterexamples")
  void everyShrunkCounterexampleIsOneMinimal(Counterexample counterexample) {
    VpnHaModel model = new VpnHaModel(counterexample.lab());
    Shrinker judge = new Shrinker(model, counterexample.scheduleSeed(), counterexample.violated());
    List<Stimulus> shrunk = counterexample.stimuli();
    assertThat(judge.attempt(shrunk)).isNotNull();
    for (int i = 0; i < shrunk.size(); i++) {
      List<Stimulus> without = new ArrayList<>(shrunk);
      without.remove(i);
      assertThat(judge.attempt(without)).as("without action %d of %s", i + 1, counterexample.actions()).isNull();
      if (shrunk.get(i) instanceof Stimulus.Wait wait && wait.seconds() > 1) {
        List<Stimulus> shorter = new ArrayList<>(shrunk);
        shorter.set(i, new Stimulus.Wait(wait.seconds() - 1));
        assertThat(judge.attempt(shorter)).as("one second less at %d of %s", i + 1, counterexample.actions()).isNull();
      }
    }
  }
}
