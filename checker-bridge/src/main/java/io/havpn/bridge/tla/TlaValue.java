package io.havpn.bridge.tla;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TLA+ value as TLC prints it in a state and as ITF stores it.
 *
 * <p>Equality is TLA+ equality: the order of set elements, record fields and function pairs does not matter, and a
 * sequence, a tuple, a record and a function are equal when they are the same function (TLC prints a function on
 * {@code 1..n} as a sequence and one on strings as a record, so a projection may build either form).
 *
 * <p>{@link #toString()} prints the value the way TLC does, and {@link #parse(String)} reads it back.
 */
public sealed interface TlaValue permits TlaInt, TlaBool, TlaString, TlaModelValue, TlaSet, TlaFunctionValue {

  static TlaValue parse(String text) {
    return TlaValueParser.parse(text);
  }

  static TlaInt integer(long value) {
    return new TlaInt(BigInteger.valueOf(value));
  }

  static TlaInt integer(BigInteger value) {
    return new TlaInt(value);
  }

  static TlaBool bool(boolean value) {
    return value ? TlaBool.TRUE : TlaBool.FALSE;
  }

  static TlaString string(String value) {
    return new TlaString(value);
  }

  static TlaModelValue modelValue(String name) {
    return new TlaModelValue(name);
  }

  static TlaSet set(TlaValue... elements) {
    return new TlaSet(Arrays.asList(elements));
  }

  static TlaSeq seq(TlaValue... elements) {
    return new TlaSeq(List.of(elements));
  }

  static TlaTuple tuple(TlaValue... elements) {
    return new TlaTuple(List.of(elements));
  }

  static TlaRecord record(Map<String, ? extends TlaValue> fields) {
    return new TlaRecord(new LinkedHashMap<>(fields));
  }

  /** A record from alternating field names and values: {@code record("pc", string("init"), "n", integer(0))}. */
  static TlaRecord record(Object... namesAndValues) {
    return TlaRecord.of(namesAndValues);
  }

  static TlaFunction function(Map<? extends TlaValue, ? extends TlaValue> mapping) {
    return new TlaFunction(new LinkedHashMap<>(mapping));
  }
}
