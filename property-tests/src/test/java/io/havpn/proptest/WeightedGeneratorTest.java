package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action;
import io.havpn.model.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedGeneratorTest {

  static final PropertyCheck SEED_LAB = PropertyCheck.of(LabVariant.named(LabVariant.SEED), 1, 0);

  private static List<List<Stimulus>> sequences(int count) {
    List<List<Stimulus>> sequences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sequences.add(SEED_LAB.generate(PropertyCheck.sequenceSeed(9, i), new RunStatistics()).stimuli());
    }
    return sequences;
  }

  @Test
  void theMixHasEveryKindOfStimulus() {
    RunStatistics statistics = PropertyCheck.of(LabVariant.named(LabVariant.SEED), 200, 9).keepingGoing().run()
        .statistics();
    assertThat(statistics.stimuli().keySet()).contains("InterfaceDown outside", "InterfaceDown inside",
        "InterfaceUp outside", "InterfaceUp inside", "Reload", "Partition", "Heal", "HelloLost", "KeepaliveLost",
        "EspLost", "Traffic", "Wait");
  }

  @Test
  void waitsRunFromOneSecondToTheFailoverBound() {
    List<Integer> waits = sequences(200).stream().flatMap(List::stream)
        .filter(Stimulus.Wait.class::isInstance).map(s -> ((Stimulus.Wait) s).seconds()).toList();
    assertThat(waits).contains(1).allMatch(w -> w <= Property.failoverBound(Sequences.SEED))
        .anyMatch(w -> w > Sequences.SEED.group().holdTime());
  }

  @Test
  void helloLossesComeInBursts() {
    int longestBurst = 0;
    for (List<Stimulus> sequence : sequences(200)) {
      int burst = 0;
      for (Stimulus stimulus : sequence) {
        boolean loss = stimulus instanceof Stimulus.Inject inject && inject.action() instanceof Action.HelloLost;
        burst = loss ? burst + 1 : 0;
        longestBurst = Math.max(longestBurst, burst);
      }
    }
    assertThat(longestBurst).isGreaterThanOrEqualTo(4);
  }

  @Test
  void sequencesHaveTheRequestedLengthUnlessACheckFailsFirst() {
    for (int i = 0; i < 50; i++) {
      PropertyCheck.Generated generated = SEED_LAB.generate(PropertyCheck.sequenceSeed(9, i), new RunStatistics());
      if (generated.outcome().failure() == null || generated.outcome().failure().stimulus() < 0) {
        assertThat(generated.stimuli()).hasSize(PropertyCheck.DEFAULT_LENGTH);
      }
    }
  }
}
