package io.havpn.bridge.tla;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A sequence {@code <<1, 2>>}; what TLC prints for every tuple and every function on {@code 1..n}. */
public record TlaSeq(List<TlaValue> elements) implements TlaFunctionValue {

  public TlaSeq {
    elements = List.copyOf(elements);
  }

  @Override
  public Map<TlaValue, TlaValue> asFunction() {
    return TlaFunctionValue.indexed(elements);
  }

  @Override
  public boolean equals(Object other) {
    return TlaFunctionValue.sameFunction(this, other);
  }

  @Override
  public int hashCode() {
    return TlaFunctionValue.hash(asFunction());
  }

  @Override
  public String toString() {
    return angled(elements);
  }

  static String angled(List<TlaValue> elements) {
    return elements.stream().map(TlaValue::toString).collect(Collectors.joining(", ", "<<", ">>"));
  }
}
