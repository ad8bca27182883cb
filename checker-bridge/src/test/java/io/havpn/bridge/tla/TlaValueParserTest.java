package io.havpn.bridge.tla;

import static io.havpn.bridge.tla.TlaValue.bool;
import static io.havpn.bridge.tla.TlaValue.integer;
import static io.havpn.bridge.tla.TlaValue.modelValue;
import static io.havpn.bridge.tla.TlaValue.record;
import static io.havpn.bridge.tla.TlaValue.seq;
import static io.havpn.bridge.tla.TlaValue.set;
import static io.havpn.bridge.tla.TlaValue.string;
import static io.havpn.bridge.tla.TlaValue.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TlaValueParserTest {

  @Test
  void readsRecordsWithStringAndIntegerFields() {
    assertThat(TlaValue.parse("[pc |-> \"init\", n |-> 0]"))
        .isEqualTo(record("pc", string("init"), "n", integer(0)));
  }

  @Test
  void readsFunctionsOverModelValues() {
    TlaValue fn = TlaValue.parse("(p1 :> 1 @@ p2 :> 0)");

    assertThat(fn).isInstanceOf(TlaFunction.class);
    assertThat(((TlaFunction) fn).apply(modelValue("p2"))).isEqualTo(integer(0));
    assertThat(fn).isEqualTo(TlaValue.function(Map.of(modelValue("p1"), integer(1), modelValue("p2"), integer(0))));
  }

  @Test
  void readsFunctionsWhoseKeysAreTuples() {
    TlaValue fn = TlaValue.parse("(<<1, \"x\">> :> {} @@ <<2, \"y\">> :> {1})");

    assertThat(((TlaFunction) fn).apply(seq(integer(2), string("y")))).isEqualTo(set(integer(1)));
  }

  @Test
  void readsSequencesSetsAndTheirEmptyForms() {
    assertThat(TlaValue.parse("<<1, 2>>")).isEqualTo(seq(integer(1), integer(2)));
    assertThat(TlaValue.parse("{1, 2}")).isEqualTo(set(integer(1), integer(2)));
    assertThat(TlaValue.parse("<<>>")).isEqualTo(seq());
    assertThat(TlaValue.parse("<< >>")).isEqualTo(seq());
    assertThat(TlaValue.parse("{}")).isEqualTo(set());
  }

  @Test
  void readsBooleansModelValuesAndNegativeNumbers() {
    assertThat(TlaValue.parse("TRUE")).isEqualTo(bool(true));
    assertThat(TlaValue.parse("FALSE")).isEqualTo(bool(false));
    assertThat(TlaValue.parse("p_1")).isEqualTo(modelValue("p_1"));
    assertThat(TlaValue.parse("-7")).isEqualTo(integer(-7));
    assertThat(TlaValue.parse("(3 :> -1)")).isEqualTo(TlaValue.function(Map.of(integer(3), integer(-1))));
  }

  @Test
  void readsIntegersBeyondLong() {
    assertThat(TlaValue.parse("-123456789012345678901234567890"))
        .isEqualTo(integer(new BigInteger("-123456789012345678901234567890")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"a\\\"b\"            | a\"b",
      "\"back\\\\slash\"     | back\\slash",
      "\"tab\\there\"        | tab\there"})
  void readsEscapedStrings(String printed, String expected) {
    assertThat(TlaValue.parse(printed)).isEqualTo(string(expected.replace("\\t", "\t")));
  }

  @Test
  void readsNewlineEscapes() {
    assertThat(TlaValue.parse("\"back\\\\slash\\nnl\\ttab\"")).isEqualTo(string("back\\slash\nnl\ttab"));
  }

  @Test
  void readsIntervalsAsTheSetOfTheirIntegers() {
    assertThat(TlaValue.parse("1..3")).isEqualTo(set(integer(1), integer(2), integer(3)));
    assertThat(TlaValue.parse("{1..0}")).isEqualTo(set(set()));
  }

  @Test
  void readsNestedValues() {
    TlaValue nested = TlaValue.parse("[r |-> <<{<<>>}, [q |-> (3 :> -1)]>>]");

    assertThat(nested).isEqualTo(record("r", seq(set(seq()),
        record("q", TlaValue.function(Map.of(integer(3), integer(-1)))))));
  }

  @Test
  void readsValuesTlcWrappedOverSeveralLines() {
    String wrapped = "<< [ name |-> \"router\",\n     prio |-> 8 ],\n   [name |-> \"r\", prio |-> 9] >>";

    assertThat(TlaValue.parse(wrapped)).isEqualTo(seq(record("name", string("router"), "prio", integer(8)),
        record("name", string("r"), "prio", integer(9))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"(p1 :> 1 @@ p2 :> 0)", "[pc |-> \"run\", n |-> 1]", "<<[x |-> 0]>>", "{0}",
      "\"a\\\"b\"", "<<1, \"x\">>", "{{}, {1}, {2}, {1, 2}}", "-7", "FALSE", "p1"})
  void printsValuesTheWayTlcDoes(String printed) {
    assertThat(TlaValue.parse(printed)).hasToString(printed);
  }

  @Test
  void errorsNameLineAndColumn() {
    assertThatThrownBy(() -> TlaValue.parse("[a |-> 1,\n b |-> ]"))
        .isInstanceOf(TlaParseException.class)
        .hasMessageStartingWith("line 2, column 8: expected a value")
        .satisfies(e -> {
          assertThat(((TlaParseException) e).line()).isEqualTo(2);
          assertThat(((TlaParseException) e).column()).isEqualTo(8);
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "<<1, 2          ; column 7: expected '>>'",
      "\"open          ; column 1: string is not closed",
      "(1 :> 2 @@ 1 :> 3) ; column 12: 1 appears twice",
      "[a |-> 1, a |-> 2] ; column 11: field a appears twice",
      "{1} 2           ; column 5: expected the end of the value",
      "\"bad\\q\"       ; column 5: unknown escape",
      "- 1             ; column 1: expected a number",
      "1..2000000      ; interval 1..2000000 has more than"})
  void rejectsWhatTlcDoesNotPrint(String text, String message) {
    assertThatThrownBy(() -> TlaValue.parse(text)).isInstanceOf(TlaParseException.class).hasMessageContaining(message);
  }

  @Test
  void functionsAreComparedAsFunctionsWhateverTheirPrintedForm() {
    Map<TlaValue, TlaValue> oneTwo = new LinkedHashMap<>();
    oneTwo.put(integer(2), string("b"));
    oneTwo.put(integer(1), string("a"));

    assertThat(TlaValue.function(oneTwo)).isEqualTo(seq(string("a"), string("b")))
        .isEqualTo(tuple(string("a"), string("b")))
        .hasSameHashCodeAs(seq(string("a"), string("b")));
    assertThat(TlaValue.parse("[a |-> 1, b |-> 1]")).isEqualTo(TlaValue.parse("(\"b\" :> 1 @@ \"a\" :> 1)"));
    assertThat(TlaValue.parse("<< >>")).isEqualTo(TlaValue.function(Map.of())).isNotEqualTo(set());
  }

  @Test
  void orderOfSetElementsRecordFieldsAndFunctionPairsDoesNotMatter() {
    assertThat(TlaValue.parse("{[a |-> 1], [a |-> 2]}")).isEqualTo(TlaValue.parse("{[a |-> 2], [a |-> 1]}"));
    assertThat(TlaValue.parse("[pc |-> \"run\", n |-> 1]")).isEqualTo(TlaValue.parse("[n |-> 1, pc |-> \"run\"]"))
        .hasSameHashCodeAs(TlaValue.parse("[n |-> 1, pc |-> \"run\"]"));
    assertThat(TlaValue.parse("(p1 :> 1 @@ p2 :> 0)")).isEqualTo(TlaValue.parse("(p2 :> 0 @@ p1 :> 1)"));
    assertThat(TlaValue.parse("<<1, 2>>")).isNotEqualTo(TlaValue.parse("<<2, 1>>"));
  }

  @Test
  void stringsModelValuesAndIntegersAreDifferentValues() {
    assertThat(string("p1")).isNotEqualTo(modelValue("p1"));
    assertThat(string("1")).isNotEqualTo(integer(1));
  }
}
