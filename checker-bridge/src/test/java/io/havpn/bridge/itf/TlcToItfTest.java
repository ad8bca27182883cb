package io.havpn.bridge.itf;

import static io.havpn.bridge.tla.TlaValue.integer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.bridge.Resources;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.Counterexample;
import io.havpn.bridge.tlc.TlcOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlcToItfTest {

  private static Counterexample counterexample(String sample) {
    return TlcOutput.parse(Resources.text(sample)).counterexample().orElseThrow();
  }

  @Test
  void invariantTraceBecomesAFiniteItfTraceWithActionsInMeta() throws Exception {
    ItfTrace trace = TlcToItf.convert(counterexample("tlc-samples/out-inv.txt"), "Counter.tla");

    assertThat(trace.vars()).containsExactly("x", "log");
    assertThat(trace.loop()).isEmpty();
    assertThat(trace.meta()).containsEntry("source", "Counter.tla").containsEntry("format", "ITF");
    assertThat(trace.states().get(0).meta()).containsEntry("index", 0).containsEntry("action", "Initial predicate");
    assertThat(trace.states().get(3).meta()).containsEntry("index", 3).containsEntry("action", "Inc")
        .containsEntry("location", "Counter.tla:7:8");
    JsonNode json = new ObjectMapper().readTree(new ItfWriter().write(trace));
    assertThat(json.at("/states/3/log").toString()).isEqualTo("[\"inc\",\"inc\",\"inc\"]");
    assertThat(json.at("/states/3/x").intValue()).isEqualTo(3);
  }

  @Test
  void lassoBackToTlcStateOneLoopsToItfIndexZero() {
    ItfTrace trace = TlcToItf.convert(counterexample("tlc-samples/out-live.txt"), "Live.tla");

    assertThat(trace.loop()).hasValue(0);
  }

  @Test
  void stutteringLoopsOnTheLastState() {
    ItfTrace trace = TlcToItf.convert(counterexample("tlc-samples/out-stut.txt"), "Stut.tla");

    assertThat(trace.states()).hasSize(3);
    assertThat(trace.loop()).hasValue(2);
    assertThat(trace.states().get(2).values()).containsEntry("x", integer(2));
  }

  @Test
  void variablesCanBeListedInDeclarationOrderAndModelValuesBecomeUnserializable() {
    List<String> declared = List.of("rec", "fn", "st", "sq", "mv", "b", "s");

    ItfTrace trace = TlcToItf.convert(counterexample("tlc-samples/out-vals.txt"), "Vals.tla", declared);
    String json = new ItfWriter().write(trace);

    assertThat(trace.vars()).containsExactlyElementsOf(declared);
    assertThat(trace.states().get(0).values().keySet()).containsExactlyElementsOf(declared);
    assertThat(json).contains("\"#unserializable\" : \"p1\"", "\"#map\"", "\"#set\"");
    ItfTrace readBack = ItfReader.read(json);
    assertThat(readBack).isEqualTo(trace);
    assertThat(readBack.states().get(1).values().get("fn")).isEqualTo(TlaValue.parse("(p1 :> 1 @@ p2 :> 0)"));
  }
}
