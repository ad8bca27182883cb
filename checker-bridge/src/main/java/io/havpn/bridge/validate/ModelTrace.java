package io.havpn.bridge.validate;

import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.spec.StateCodec;
import io.havpn.model.Action;
import io.havpn.model.SystemState;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A behaviour of the Java model as an ITF trace of VpnHa: the initial state, then each action (its name, which the
 * spec's action shares, and its description with the lab's names) and the state it led to. This is the trace that
 * {@code havpn simulate --trace}, {@code havpn fuzz --trace} and log replay write, and {@code havpn validate} reads.
 */
public final class ModelTrace {

  private final Lab lab;
  private final String source;
  private final List<ItfState> states = new ArrayList<>();
  private final Map<String, Object> extraMeta = new LinkedHashMap<>();

  /** A trace on {@code lab}, starting in {@code initial}; {@code source} says what produced it. */
  public ModelTrace(Lab lab, String source, SystemState initial) {
    this.lab = lab;
    this.source = source;
    states.add(state(null, -1, initial));
  }

  /** The step {@code action}, taken at second {@code time} (or -1 when unknown), led to {@code next}. */
  public ModelTrace step(Action action, int time, SystemState next) {
    states.add(state(action, time, next));
    return this;
  }

  /** Adds {@code key} to the trace's {@code #meta} (plain JSON values: maps, lists, strings, numbers, booleans). */
  public ModelTrace meta(String key, Object value) {
    extraMeta.put(key, value);
    return this;
  }

  public ItfTrace toItf() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", "ITF");
    meta.put("format-description", ItfTrace.FORMAT_DESCRIPTION);
    meta.put("source", source);
    meta.put("labName", lab.name());
    meta.put("description", "A behaviour of the havpn Java model, state by state");
    meta.putAll(extraMeta);
    return new ItfTrace(meta, List.of(), StateCodec.VARIABLES, states, OptionalInt.empty());
  }

  private ItfState state(Action action, int time, SystemState state) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("index", states.size());
    if (action != null) {
      meta.put("action", action.name());
      meta.put("step", action.describe(lab));
    }
    if (time >= 0) {
      meta.put("time", time);
    }
    return new ItfState(meta, StateCodec.encode(state));
  }
}
