package io.havpn.model.explore;

import io.havpn.model.Action;
import io.havpn.model.Property;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exhaustive breadth-first exploration of the model's reachable states from {@link VpnHaModel#initial()}, under the
 * lab's fault and loss budgets. It checks the safety properties in every state and keeps, for each state, the step
 * that first reached it, so a shortest path to any state (a counterexample) can be rebuilt.
 */
public final class Explorer {

  private final VpnHaModel model;

  public Explorer(VpnHaModel model) {
    this.model = model;
  }

  /** How a state was first reached: from which state, by which action (both null for the initial state). */
  public record Origin(SystemState previous, Action action, int depth) {}

  /** A safety property that failed, and the shortest path to the first state where it did. */
  public record Violation(Property property, List<Action> path, SystemState state) {}

  /**
   * @param states every reachable state, with how it was first reached
   * @param transitions steps taken (edges explored)
   * @param depth the longest shortest path from the initial state
   * @param complete false when {@code maxStates} stopped the search
   */
  public record Result(Map<SystemState, Origin> states, long transitions, int depth, List<Violation> violations,
      boolean complete) {

    public int distinctStates() {
      return states.size();
    }

    /** The actions of a shortest path from the initial state to {@code target}. */
    public List<Action> pathTo(SystemState target) {
      List<Action> path = new ArrayList<>();
      for (Origin origin = states.get(target); origin.action() != null; origin = states.get(origin.previous())) {
        path.add(origin.action());
      }
      Collections.reverse(path);
      return path;
    }
  }

  /** Explores everything reachable, checking {@code invariants} in every state; stops after {@code maxStates}. */
  public Result explore(Set<Property> invariants, int maxStates) {
    SystemState initial = model.initial();
    Map<SystemState, Origin> seen = new HashMap<>();
    seen.put(initial, new Origin(null, null, 0));
    ArrayDeque<SystemState> frontier = new ArrayDeque<>();
    frontier.add(initial);
    List<Violation> violations = new ArrayList<>();
    Set<Property> unviolated = new java.util.HashSet<>(invariants);
    check(initial, unviolated, violations, seen);
    long transitions = 0;
    int depth = 0;
    boolean complete = true;
    while (!frontier.isEmpty()) {
      SystemState s = frontier.poll();
      int nextDepth = seen.get(s).depth() + 1;
      for (Action action : model.enabled(s)) {
        Step step = model.stepEnabled(s, action);
        transitions++;
        SystemState next = step.next();
        if (!seen.containsKey(next)) {
          if (seen.size() >= maxStates) {
            complete = false;
            continue;
          }
          seen.put(next, new Origin(s, action, nextDepth));
          depth = Math.max(depth, nextDepth);
          frontier.add(next);
          check(next, unviolated, violations, seen);
        }
      }
    }
    return new Result(seen, transitions, depth, violations, complete);
  }

  private void check(SystemState s, Set<Property> unviolated, List<Violation> violations,
      Map<SystemState, Origin> seen) {
    for (Property property : List.copyOf(unviolated)) {
      if (!property.holds(model, s)) {
        unviolated.remove(property);
        Result partial = new Result(seen, 0, 0, List.of(), false);
        violations.add(new Violation(property, partial.pathTo(s), s));
      }
    }
  }
}
