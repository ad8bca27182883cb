package io.havpn.bridge.tla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The four forms of a TLA+ function are equal, with equal hashes, when they are the same function. */
class TlaFunctionValueTest {

  @Test
  void aRecordAndTheFunctionOverItsFieldNamesAreEqualWithEqualHashes() {
    TlaRecord record = new TlaRecord(Map.of("up", TlaValue.bool(true), "n", TlaValue.integer(3)));
    Map<TlaValue, TlaValue> mapping = new LinkedHashMap<>();
    mapping.put(TlaValue.string("n"), TlaValue.integer(3));
    mapping.put(TlaValue.string("up"), TlaValue.bool(true));
    TlaFunction function = new TlaFunction(mapping);
    assertThat(record).isEqualTo(function);
    assertThat(function).isEqualTo(record);
    assertThat(record.hashCode()).isEqualTo(function.hashCode());
  }

  @Test
  void aSequenceATupleAndTheFunctionOverOneToNAreEqualWithEqualHashes() {
    List<TlaValue> elements = List.of(TlaValue.string("a"), TlaValue.integer(7));
    TlaSeq seq = new TlaSeq(elements);
    TlaTuple tuple = new TlaTuple(elements);
    TlaFunction function = new TlaFunction(Map.of(TlaValue.integer(1), TlaValue.string("a"), TlaValue.integer(2),
        TlaValue.integer(7)));
    assertThat(seq).isEqualTo(function).isEqualTo(tuple);
    assertThat(List.of(tuple.hashCode(), function.hashCode())).containsOnly(seq.hashCode());
  }

  /** With Map's own hash (a sum of key ^ value), these 64 states had 10 hashes between them. */
  @Test
  void statesThatSwapValuesBetweenFieldsHashApart() {
    Set<Integer> hashes = new HashSet<>();
    int states = 0;
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        for (int c = 0; c < 4; c++) {
          hashes.add(new TlaRecord(Map.of("a", TlaValue.integer(a), "b", TlaValue.integer(b), "c",
              TlaValue.integer(c))).hashCode());
          states++;
        }
      }
    }
    assertThat(hashes).hasSize(states);
  }
}
