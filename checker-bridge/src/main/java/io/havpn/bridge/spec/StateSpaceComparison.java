package io.havpn.bridge.spec;

import io.havpn.bridge.tla.TlaValue;
import io.havpn.model.Action;
import io.havpn.model.SystemState;
import io.havpn.model.explore.Explorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the Java explorer's reachable states with TLC's (its {@code -dump} of every distinct state), both seen
 * through {@link StateCodec}. Equal, or the first difference: for a state only Java reaches, the shortest Java path to
 * it (the first in breadth-first order, so the nearest to the initial state); for one only TLC reaches, the state.
 */
public final class StateSpaceComparison {

  /**
   * @param onlyInJava the nearest Java state TLC does not have, with its shortest path; null when none
   * @param onlyInTlc TLC states Java does not reach (at most a few, for the report)
   */
  public record Result(int javaStates, int tlcStates, Difference onlyInJava, List<Map<String, TlaValue>> onlyInTlc) {

    public boolean equal() {
      return javaStates == tlcStates && onlyInJava == null && onlyInTlc.isEmpty();
    }
  }

  public record Difference(Map<String, TlaValue> state, List<Action> path) {}

  private static final int REPORTED = 3;

  private StateSpaceComparison() {}

  public static Result compare(Explorer.Result java, List<Map<String, TlaValue>> tlc) {
    Set<Map<String, TlaValue>> tlcStates = new HashSet<>(tlc);
    Map<Map<String, TlaValue>, SystemState> javaStates = new HashMap<>();
    Difference onlyInJava = null;
    int nearest = Integer.MAX_VALUE;
    for (Map.Entry<SystemState, Explorer.Origin> entry : java.states().entrySet()) {
      Map<String, TlaValue> encoded = StateCodec.encode(entry.getKey());
      javaStates.put(encoded, entry.getKey());
      if (!tlcStates.contains(encoded) && entry.getValue().depth() < nearest) {
        nearest = entry.getValue().depth();
        onlyInJava = new Difference(encoded, java.pathTo(entry.getKey()));
      }
    }
    List<Map<String, TlaValue>> onlyInTlc = new ArrayList<>();
    for (Map<String, TlaValue> state : tlc) {
      if (!javaStates.containsKey(state) && onlyInTlc.size() < REPORTED) {
        onlyInTlc.add(state);
      }
    }
    return new Result(javaStates.size(), tlcStates.size(), onlyInJava, onlyInTlc);
  }
}
