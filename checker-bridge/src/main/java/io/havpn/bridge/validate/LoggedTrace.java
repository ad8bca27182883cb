package io.havpn.bridge.validate;

import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.replay.CounterexampleReplay;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.model.Action;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A trace as TraceVpnHa.tla takes it: one entry per logged state, with the action that led there when it is one of
 * VpnHa's, and the logged values by slot.
 *
 * @param name where the trace comes from, for reports
 * @param notes what of the input was not used as given, and why (an action name VpnHa does not have)
 */
public record LoggedTrace(String name, List<Entry> entries, List<String> notes) {

  private static final Set<String> ACTION_NAMES = Arrays.stream(Action.class.getPermittedSubclasses())
      .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

  /** One logged state; {@code action} is empty when the step is not named (and always for the first entry). */
  public record Entry(Optional<String> action, Map<Integer, TlaValue> slots) {
    public Entry {
      slots = Map.copyOf(slots);
    }
  }

  public LoggedTrace {
    entries = List.copyOf(entries);
    notes = List.copyOf(notes);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException(name + ": the trace has no states");
    }
  }

  /**
   * The ITF trace's states as entries. A state's action is the first word of its {@code #meta} action (TLC writes
   * "Tick line 12, col 3 ..."); a word that is not one of VpnHa's actions is noted and the step left unnamed.
   *
   * @throws IllegalArgumentException naming the state when it holds something that is not part of VpnHa's state
   */
  public static LoggedTrace fromItf(String name, ItfTrace trace, TraceSlots slots) {
    List<Entry> entries = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < trace.states().size(); i++) {
      ItfState state = trace.states().get(i);
      Optional<String> action = i == 0 ? Optional.empty() : CounterexampleReplay.tlaAction(state);
      if (action.isPresent() && !ACTION_NAMES.contains(action.get())) {
        notes.add("state " + i + ": '" + action.get() + "' is not an action of VpnHa; any step may lead there");
        action = Optional.empty();
      }
      try {
        entries.add(new Entry(action, slots.logged(state.values())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": state " + i + ": " + e.getMessage(), e);
      }
    }
    return new LoggedTrace(name, entries, notes);
  }

  /** The slots some entry logs. */
  public Set<Integer> loggedSlots() {
    Set<Integer> logged = new TreeSet<>();
    entries.forEach(e -> logged.addAll(e.slots().keySet()));
    return logged;
  }

  /** True when every entry logs the same slots, so that an entry may list only the values that changed. */
  public boolean uniform() {
    Set<Integer> first = entries.get(0).slots().keySet();
    return entries.stream().allMatch(e -> e.slots().keySet().equals(first));
  }
}
