package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.model.Action;
import io.havpn.model.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounterexampleJsonTest {

  static final Counterexample FOUND = PropertyCheck.of(LabVariant.named("no-resign-on-g"), 1000, 1)
      .targeting(Failure.DISPLACED_ACTIVE_RESIGNS).run().counterexample();

  @TempDir
  Path dir;

  @Test
  void aSavedCounterexampleLoadsEqualAndReplaysToTheSameFailure() throws IOException {
    Path file = dir.resolve("found.json");
    FOUND.save(file);
    Counterexample loaded = Counterexample.load(file);
    assertThat(loaded).isEqualTo(FOUND);
    assertThat(loaded.replay(SequenceRun.Listener.NONE).failure().check()).isEqualTo(FOUND.violated());
  }

  @Test
  void theJsonIsReadable() throws IOException {
    JsonNode json = new ObjectMapper().readTree(FOUND.toJson());
    assertThat(json.get("actions").get(0).asText()).matches("Wait \\d+|[A-Z][A-Za-z]+( \\S+)*");
    assertThat(json.get("lab").get("group").get("virtualIp").asText()).isEqualTo("172.16.172.53");
    assertThat(json.get("lab").get("routers").get(0).has("active")).isFalse();
    assertThat(json.has("note")).isFalse();
  }

  @Test
  void badJsonSaysWhereAndWhat() {
    assertThatThrownBy(() -> Counterexample.fromJson("{\"format\": \"other/1\"}"))
        .hasMessageContaining("line 1").hasMessageContaining("not a counterexample of format havpn-counterexample/1");
    assertThatThrownBy(() -> Counterexample.fromJson(FOUND.toJson().replace("\"expect\" : \"violated\"",
        "\"expect\" : \"maybe\""))).hasMessageContaining("expect is 'violated' or 'holds'");
  }

  @Test
  void theTraceHasAHeaderTheInitialStateAndOneLinePerModelStep() throws IOException {
    List<Action> steps = new ArrayList<>();
    FOUND.replay(new SequenceRun.Listener() {
      @Override
      public void stepTaken(int stimulus, int time, Action action, Step step) {
        steps.add(action);
      }
    });
    List<String> lines = TraceExport.lines(FOUND);
    assertThat(lines).hasSize(2 + steps.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode header = json.readTree(lines.get(0));
    assertThat(header.get("format").asText()).isEqualTo(TraceExport.FORMAT);
    assertThat(header.get("violated").asText()).isEqualTo(FOUND.violated());
    assertThat(json.readTree(lines.get(1)).get("state").get("routers").get(0).get("hsrp").asText()).isEqualTo("INITIAL");
    for (int i = 0; i < steps.size(); i++) {
      JsonNode line = json.readTree(lines.get(i + 2));
      assertThat(line.get("step").asInt()).isEqualTo(i + 1);
      assertThat(line.get("action").asText()).isEqualTo(steps.get(i).name());
      assertThat(line.get("params")).isEqualTo(json.valueToTree(ActionWords.parameters(FOUND.lab(), steps.get(i))));
    }
  }
}
