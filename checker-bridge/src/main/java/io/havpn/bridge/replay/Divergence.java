package io.havpn.bridge.replay;

import java.util.List;
import java.util.Optional;

/**
 * Where the Java model cannot follow the trace.
 *
 * @param step the index of the trace state no enabled Java action reaches; the trace's length for the loop back
 * @param tlaAction the action the trace names for the step (empty when it names none)
 * @param closestCandidate the enabled Java action whose next state is closest to the trace's (fewest differing
 *     variables); empty at step 0 and when nothing is enabled
 * @param differences the trace's and the Java model's value of every variable that differs, against the closest
 *     candidate's next state (or, at step 0, the initial state; with nothing enabled, the current state)
 * @param enabled every action the Java model had enabled, described with the lab's names
 * @param matchingActions the enabled Java actions of another name whose next state is the trace's: the TLA+ action
 *     that could have been meant (usually none)
 */
public record Divergence(int step, Optional<String> tlaAction, Optional<String> closestCandidate,
    List<VariableDifference> differences, List<String> enabled, List<String> matchingActions) {

  public Divergence {
    differences = List.copyOf(differences);
    enabled = List.copyOf(enabled);
    matchingActions = List.copyOf(matchingActions);
  }

  /** The names of the differing variables, such as {@code [routers, ospfNextHops]}. */
  public List<String> variables() {
    return differences.stream().map(VariableDifference::variable).distinct().toList();
  }
}
