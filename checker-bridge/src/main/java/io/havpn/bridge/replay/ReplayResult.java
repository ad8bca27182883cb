package io.havpn.bridge.replay;

import java.util.List;
import java.util.Optional;

/**
 * The replay of a whole trace: a verdict per state, in order, up to the first divergence (included).
 *
 * @param loop what became of the trace's loop back, for a lasso
 */
public record ReplayResult(List<StepVerdict> steps, Optional<Divergence> divergence, Loop loop) {

  /** The loop back of a lasso. */
  public enum Loop {
    /** The trace is finite (a safety counterexample). */
    NONE,
    /** The last state is the loop state, or a Java action leads from it back there. */
    VERIFIED,
    /** The replay diverged before the loop could be checked, or at the loop back. */
    NOT_VERIFIED
  }

  public ReplayResult {
    steps = List.copyOf(steps);
  }

  /** The Java model explains every step of the trace (and its loop back, for a lasso). */
  public boolean replayed() {
    return divergence.isEmpty();
  }
}
