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
    return self == other || other instanceof TlaFunctionValue f && self.asFunction().equals(f.asFunction());
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
