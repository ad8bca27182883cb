package io.havpn.bridge.tlc;

import io.havpn.bridge.tla.TlaValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One state of a counterexample.
 *
 * @param index TLC's 1-based state number
 * @param action the action that produced this state ({@link TraceAction#INITIAL} for the first)
 * @param variables every variable's value, in the order TLC printed them (not the declaration order)
 */
public record TraceState(int index, TraceAction action, Map<String, TlaValue> variables) {

  public TraceState {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  public TlaValue get(String variable) {
    TlaValue value = variables.get(variable);
    if (value == null) {
      throw new NoSuchElementException("state " + index + " has no variable " + variable + "; it has "
          + variables.keySet());
    }
    return value;
  }
}
