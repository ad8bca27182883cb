package io.havpn.bridge.tla;

import java.util.List;
import java.util.Map;

/**
 * A tuple: in TLA+ the same value as the sequence with the same elements (TLC prints both as {@code <<...>>}); kept
 * apart only so that ITF's {@code #tup} (Apalache, Quint) reads and writes back as it was.
 */
public record TlaTuple(List<TlaValue> elements) implements TlaFunctionValue {

  public TlaTuple {
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
    return TlaSeq.angled(elements);
  }
}
