package io.havpn.bridge.itf;

import static io.havpn.bridge.tla.TlaValue.integer;
import static io.havpn.bridge.tla.TlaValue.modelValue;
import static io.havpn.bridge.tla.TlaValue.set;
import static io.havpn.bridge.tla.TlaValue.string;
import static io.havpn.bridge.tla.TlaValue.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.bridge.Resources;
import io.havpn.bridge.tla.TlaFunction;
import io.havpn.bridge.tla.TlaTuple;
import io.havpn.bridge.tla.TlaValue;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItfRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode tree(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void readsTheAdrExample() {
    ItfTrace trace = ItfReader.read(Resources.text("itf/adr015-missionaries.itf.json"));

    assertThat(trace.vars()).containsExactly("bank_of_boat", "who_is_on_bank");
    assertThat(trace.states()).hasSize(6);
    assertThat(trace.loop()).isEmpty();
    assertThat(trace.meta()).containsEntry("source", "MC_MissionariesAndCannibalsTyped.tla");
    assertThat(trace.states().get(5).meta()).containsEntry("index", 5);
    TlaValue lastBanks = trace.states().get(5).values().get("who_is_on_bank");
    assertThat(((TlaFunction) lastBanks).apply(string("E"))).isEqualTo(set());
    assertThat(lastBanks).as("a #map on strings is the record TLC would print")
        .isEqualTo(TlaValue.parse("[E |-> {}, W |-> {\"c1_OF_PERSON\", \"c2_OF_PERSON\", \"m1_OF_PERSON\", "
            + "\"m2_OF_PERSON\"}]"));
  }

  @Test
  void adrExampleWritesBackToTheSameJson() throws Exception {
    String original = Resources.text("itf/adr015-missionaries.itf.json");

    String written = new ItfWriter().write(ItfReader.read(original));

    assertThat(tree(written)).isEqualTo(tree(original));
  }

  @Test
  void everyFormWritesBackToTheSameJson() throws Exception {
    String original = Resources.text("itf/every-form.itf.json");

    ItfTrace trace = ItfReader.read(original);

    assertThat(tree(new ItfWriter().write(trace))).isEqualTo(tree(original));
    assertThat(ItfReader.read(new ItfWriter().write(trace))).isEqualTo(trace);
  }

  @Test
  void everyFormIsReadAsTheTlaValueItDenotes() {
    ItfTrace trace = ItfReader.read(Resources.text("itf/every-form.itf.json"));
    Map<String, TlaValue> first = trace.states().get(0).values();

    assertThat(trace.params()).containsExactly("Routers");
    assertThat(trace.loop()).hasValue(0);
    assertThat(first.get("Routers")).isEqualTo(set(modelValue("r1"), modelValue("r2")));
    assertThat(first.get("hsrp")).isEqualTo(TlaValue.parse("(r1 :> \"Standby\" @@ r2 :> \"Active\")"));
    assertThat(first.get("timers")).isEqualTo(TlaValue.parse("[active |-> 10, standby |-> 0, hello |-> -3]"));
    assertThat(first.get("last")).isInstanceOf(TlaTuple.class).isEqualTo(TlaValue.parse("<<\"init\", 0, TRUE>>"));
    assertThat(first.get("counter")).isEqualTo(integer(new BigInteger("123456789012345678901234567890")));
    assertThat(first.get("peer")).isEqualTo(TlaValue.function(Map.of(tuple(integer(1), string("a")),
        set(integer(1), integer(2)))));
  }

  @Test
  void integersOutsideJsonsSafeRangeAreWrittenAsBigint() throws Exception {
    ItfWriter writer = new ItfWriter();

    assertThat(tree(writer.writeValue(integer(9_007_199_254_740_991L)))).isEqualTo(tree("9007199254740991"));
    assertThat(tree(writer.writeValue(integer(9_007_199_254_740_992L))))
        .isEqualTo(tree("{\"#bigint\": \"9007199254740992\"}"));
    assertThat(ItfReader.readValue("{\"#bigint\": \"42\"}")).isEqualTo(integer(42));
  }

  @Test
  void apalacheStyleTracesWithOnlyBigintsRoundTripInThatStyle() throws Exception {
    String apalache = "{\"vars\": [\"x\"], \"states\": [{\"#meta\": {\"index\": 0}, \"x\": {\"#bigint\": \"1\"}},"
        + " {\"#meta\": {\"index\": 1}, \"x\": {\"#tup\": [{\"#bigint\": \"2\"}]}}]}";

    String written = new ItfWriter(ItfWriter.Integers.ALWAYS_BIGINT).write(ItfReader.read(apalache));

    assertThat(tree(written)).isEqualTo(tree(apalache));
  }

  @Test
  void recordWithAFieldNamedLikeAnItfFormIsWrittenAsAMap() {
    TlaValue odd = TlaValue.record("#set", integer(1));

    String json = new ItfWriter().writeValue(odd);

    assertThat(json).contains("#map");
    assertThat(ItfReader.readValue(json)).isEqualTo(odd);
  }
}
