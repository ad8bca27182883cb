package io.havpn.model.explore;

import io.havpn.model.Action;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded walk from the initial state, each action drawn uniformly from the enabled ones: the same seed, the same walk. */
public final class RandomWalk {

  /** One step of a walk: the action taken and the state it led to. */
  public record Taken(Action action, SystemState next) {}

  private RandomWalk() {}

  /** At most {@code steps} steps (fewer when no action is enabled). */
  public static List<Taken> walk(VpnHaModel model, long seed, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Taken> walk = new ArrayList<>(steps);
    SystemState state = model.initial();
    for (int i = 0; i < steps; i++) {
      List<Action> enabled = model.enabled(state);
      if (enabled.isEmpty()) {
        break;
      }
      Action action = enabled.get(random.nextInt(enabled.size()));
      Step step = model.stepEnabled(state, action);
      walk.add(new Taken(action, step.next()));
      state = step.next();
    }
    return walk;
  }
}
