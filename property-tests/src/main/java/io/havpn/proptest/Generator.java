package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.SystemState;
import io.havpn.model.lab.Lab;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses the next stimulus of a sequence from the situation the run has reached. Every random choice comes from
 * {@code random}, so a sequence is a function of its seed. A generator must only return stimuli that are enabled:
 * an injected fault, repair, traffic or EspLost must be in {@code enabled}.
 */
@FunctionalInterface
public interface Generator {

  /**
   * @param lab the lab the run is on
   * @param state the settled state: nothing urgent is due
   * @param enabled {@code model.enabled(state)}
   * @param sofar the stimuli already applied
   */
  record Situation(Lab lab, SystemState state, List<Action> enabled, List<Stimulus> sofar) {}

  Stimulus next(Situation situation, SplittableRandom random);

  /** The default: weighted toward faults, recoveries, priority changes, losses and time around the HSRP timers. */
  static Generator weighted() {
    return new WeightedGenerator();
  }
}
