package io.havpn.bridge.itf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItfReaderErrorsTest {

  /** The traces are written with ' for " to stay readable. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'states': []}                                             | $: missing \"vars\"",
      "{'vars': ['x'], 'states': [{'y': 1}]}                      | states[0]: y is neither in vars nor in params",
      "{'vars': ['x'], 'states': [{'#meta': {}}]}                 | $: state 0 has no value for x",
      "{'vars': ['x'], 'states': [{'x': {'#set': [1, 1.5]}}]}     | states[0].x.#set[1]: ITF has no value like 1.5",
      "{'vars': ['x'], 'states': [{'x': {'#bigint': '12a'}}]}     | states[0].x.#bigint: expected a string of digits",
      "{'vars': ['x'], 'states': [{'x': {'#foo': 1}}]}            | states[0].x: unknown ITF form #foo",
      "{'vars': ['x'], 'states': [{'x': {'#map': [[1]]}}]}        | states[0].x.#map[0]: expected a [key, value] pair",
      "{'vars': ['x'], 'states': [{'x': {'#set': [], 'a': 1}}]}   | states[0].x: #set must be the object's only key",
      "{'vars': ['x'], 'states': [{'x': null}]}                   | states[0].x: ITF has no value like null",
      "{'vars': ['x'], 'states': [{'x': 1}], 'loop': 1}           | $: loop 1 is not the index of one of the 1 states",
      "[1, 2]                                                     | $: a trace is a JSON object",
      "{'vars': [                                                 | not JSON"})
  void malformedTracesFailNamingTheJsonPath(String json, String message) {
    assertThatThrownBy(() -> ItfReader.read(json.replace('\'', '"'))).isInstanceOf(ItfFormatException.class)
        .hasMessageContaining(message);
  }
}
