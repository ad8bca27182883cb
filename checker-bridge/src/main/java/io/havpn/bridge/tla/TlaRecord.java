package io.havpn.bridge.tla;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** A record {@code [pc |-> "init", n |-> 0]}; field order is kept for printing only. */
public record TlaRecord(Map<String, TlaValue> fields) implements TlaFunctionValue {

  public TlaRecord {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  static TlaRecord of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected field names and values in pairs, got " + namesAndValues.length);
    }
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name) || !(namesAndValues[i + 1] instanceof TlaValue value)) {
        throw new IllegalArgumentException("expected a field name and a TlaValue at " + i + ", got "
            + namesAndValues[i] + " and " + namesAndValues[i + 1]);
      }
      fields.put(name, value);
    }
    return new TlaRecord(fields);
  }

  public TlaValue get(String field) {
    TlaValue value = fields.get(field);
    if (value == null) {
      throw new NoSuchElementException("record " + this + " has no field " + field);
    }
    return value;
  }

  @Override
  public Map<TlaValue, TlaValue> asFunction() {
    Map<TlaValue, TlaValue> function = new LinkedHashMap<>();
    fields.forEach((name, value) -> function.put(TlaValue.string(name), value));
    return function;
  }

  @Override
  public boolean equals(Object other) {
    return TlaFunctionValue.sameFunction(this, other);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (Map.Entry<String, TlaValue> field : fields.entrySet()) {
      hash += TlaFunctionValue.pairHash(TlaValue.string(field.getKey()), field.getValue());
    }
    return hash;
  }

  @Override
  public String toString() {
    if (fields.isEmpty()) {
      return "<<>>";
    }
    return fields.entrySet().stream()
        .map(field -> field.getKey() + " |-> " + field.getValue())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
