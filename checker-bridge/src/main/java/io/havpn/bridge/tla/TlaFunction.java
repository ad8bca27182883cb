package io.havpn.bridge.tla;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** A function written as TLC prints one, {@code (p1 :> 1 @@ p2 :> 0)}; pair order is kept for printing only. */
public record TlaFunction(Map<TlaValue, TlaValue> mapping) implements TlaFunctionValue {

  public TlaFunction {
    mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
  }

  public TlaValue apply(TlaValue argument) {
    TlaValue value = mapping.get(argument);
    if (value == null) {
      throw new NoSuchElementException(argument + " is not in the domain of " + this);
    }
    return value;
  }

  @Override
  public Map<TlaValue, TlaValue> asFunction() {
    return mapping;
  }

  @Override
  public boolean equals(Object other) {
    return TlaFunctionValue.sameFunction(this, other);
  }

  @Override
  public int hashCode() {
    return TlaFunctionValue.hash(mapping);
  }

  @Override
  public String toString() {
    if (mapping.isEmpty()) {
      return "<<>>";
    }
    return mapping.entrySet().stream()
        .map(pair -> pair.getKey() + " :> " + pair.getValue())
        .collect(Collectors.joining(" @@ ", "(", ")"));
  }
}
