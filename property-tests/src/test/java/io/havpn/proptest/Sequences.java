package io.havpn.proptest;

import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: sequences written in the scenario language, played on a lab. */
final class Sequences {

  static final Lab SEED = SeedLab.lab();
  /** Any fixed schedule seed: the tests below do not depend on the order of same-second events. */
  static final long SCHEDULE = 1;

  private Sequences() {}

  static List<Stimulus> of(Lab lab, String... lines) {
    return Arrays.stream(lines).map(line -> Stimulus.parse(lab, line)).toList();
  }

  static SequenceRun.Outcome play(Lab lab, String... lines) {
    return SequenceRun.replay(new VpnHaModel(lab), of(lab, lines), SCHEDULE, SequenceRun.Listener.NONE);
  }

  static Lab variant(String name) {
    return LabVariant.named(name).lab(new java.util.SplittableRandom(0));
  }
}
