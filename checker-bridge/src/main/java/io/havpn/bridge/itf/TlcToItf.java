package io.havpn.bridge.itf;

import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.Counterexample;
import io.havpn.bridge.tlc.TraceEnd;
import io.havpn.bridge.tlc.TraceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns a TLC counterexample into an ITF trace. TLC's 1-based states become 0-based; a lasso's "back to state k"
 * becomes {@code loop = k - 1}; stuttering becomes a loop on the last state. Each state's {@code #meta} keeps TLC's
 * action and its location.
 */
public final class TlcToItf {

  private TlcToItf() {}

  /** Variables in the order TLC printed them in the first state. */
  public static ItfTrace convert(Counterexample counterexample, String source) {
    return convert(counterexample, source, List.copyOf(counterexample.states().get(0).variables().keySet()));
  }

  /** @param vars the variables in the order the trace should list them (say, the spec's declaration order) */
  public static ItfTrace convert(Counterexample counterexample, String source, List<String> vars) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", "ITF");
    meta.put("format-description", ItfTrace.FORMAT_DESCRIPTION);
    meta.put("source", source);
    meta.put("description", "Counterexample found by TLC");
    List<ItfState> states = new ArrayList<>();
    for (int i = 0; i < counterexample.states().size(); i++) {
      states.add(state(i, counterexample.states().get(i), vars));
    }
    return new ItfTrace(meta, List.of(), vars, states, loop(counterexample));
  }

  private static ItfState state(int index, TraceState state, List<String> vars) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("index", index);
    meta.put("action", state.action().name());
    state.action().location().ifPresent(location -> meta.put("location", location.toString()));
    Map<String, TlaValue> values = new LinkedHashMap<>();
    vars.forEach(var -> values.put(var, state.get(var)));
    return new ItfState(meta, values);
  }

  private static OptionalInt loop(Counterexample counterexample) {
    TraceEnd end = counterexample.end();
    if (end instanceof TraceEnd.BackToState back) {
      return OptionalInt.of(back.stateIndex() - 1);
    }
    if (end instanceof TraceEnd.Stuttering) {
      return OptionalInt.of(counterexample.states().size() - 1);
    }
    return OptionalInt.empty();
  }
}
