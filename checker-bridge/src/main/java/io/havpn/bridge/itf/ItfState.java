package io.havpn.bridge.itf;

import io.havpn.bridge.tla.TlaValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One state of an ITF trace.
 *
 * @param meta the state's {@code #meta} (by convention its {@code index}; TLC traces add the action)
 * @param values each variable's (and, in the first state, each parameter's) value
 */
public record ItfState(Map<String, Object> meta, Map<String, TlaValue> values) {

  public ItfState {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
