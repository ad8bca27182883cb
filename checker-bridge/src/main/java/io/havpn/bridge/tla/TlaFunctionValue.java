package io.havpn.bridge.tla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values that are TLA+ functions: sequences and tuples (domain {@code 1..n}), records (domain: field names as
 * strings) and explicit functions. Two of them are equal when {@link #asFunction()} is, whatever their form.
 */
public sealed interface TlaFunctionValue extends TlaValue permits TlaSeq, TlaTuple, TlaRecord, TlaFunction {

  /** This value as a function from domain element to value, in printing order. */
  Map<TlaValue, TlaValue> asFunction();

  /** The shared equality of the four forms; each record's {@code equals} delegates here. */
  static boolean sameFunction(TlaFunctionValue self, Object other) {
    if (self == other) {
      return true;
    }
    if (self instanceof TlaRecord a && other instanceof TlaRecord b) {
      return a.fields().equals(b.fields()); // the common case, without building either function
    }
    return other instanceof TlaFunctionValue f && self.asFunction().equals(f.asFunction());
  }

  /**
   * The shared hash of the four forms, equal for equal functions. Each pair is mixed before the pairs are summed: a
   * plain sum of key ^ value, as {@link Map#hashCode} does, gives the same hash to states that differ by values
   * swapped between keys, which a lab's many booleans and small counters make common.
   */
  static int hash(Map<TlaValue, TlaValue> function) {
    int hash = 0;
    for (Map.Entry<TlaValue, TlaValue> pair : function.entrySet()) {
      hash += pairHash(pair.getKey(), pair.getValue());
    }
    return hash;
  }

  /** One pair's share of {@link #hash}: the key and value combined, then mixed (MurmurHash3's finalizer). */
  static int pairHash(TlaValue key, TlaValue value) {
    int h = 31 * key.hashCode() + value.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** The function of a sequence or tuple: {@code 1 :> e1 @@ 2 :> e2 ...}. */
  static Map<TlaValue, TlaValue> indexed(List<TlaValue> elements) {
    Map<TlaValue, TlaValue> function = new LinkedHashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      function.put(TlaValue.integer(i + 1L), elements.get(i));
    }
    return function;
  }
}
