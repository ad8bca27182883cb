package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
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
}
