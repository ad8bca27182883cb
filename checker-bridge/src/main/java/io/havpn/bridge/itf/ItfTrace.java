package io.havpn.bridge.itf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A trace in the Informal Trace Format (Apalache ADR-015): states in order, and for an infinite behaviour the index of
 * the state where its loop starts (the loop ends in the last state and goes back there).
 *
 * @param meta free-form metadata ({@code #meta}): plain JSON values as Java maps, lists, strings, numbers, booleans
 * @param params names set in the first state only (the spec's constants), often empty
 * @param vars names every state sets
 * @param loop 0-based index of the state the last state is followed by, for lassos
 */
public record ItfTrace(Map<String, Object> meta, List<String> params, List<String> vars, List<ItfState> states,
    OptionalInt loop) {

  public static final String FORMAT_DESCRIPTION = "https://apalache-mc.org/docs/adr/015adr-trace.html";

  public ItfTrace {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    params = List.copyOf(params);
    vars = List.copyOf(vars);
    states = List.copyOf(states);
    if (loop.isPresent() && (loop.getAsInt() < 0 || loop.getAsInt() >= states.size())) {
      throw new IllegalArgumentException("loop " + loop.getAsInt() + " is not the index of one of the "
          + states.size() + " states");
    }
    for (int i = 0; i < states.size(); i++) {
      for (String var : vars) {
        if (!states.get(i).values().containsKey(var)) {
          throw new IllegalArgumentException("state " + i + " has no value for " + var
              + " (every state sets every var)");
        }
      }
    }
  }
}
