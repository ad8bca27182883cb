package io.havpn.cli;

import static io.havpn.cli.SimulateCommandTest.havpn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.cli.SimulateCommandTest.Outcome;
import io.havpn.model.lab.DesignMistake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code havpn validate}: TLC says whether traces written by havpn (or edited by hand) are behaviours of the spec. */
class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void theDocumentsScenarioValidatesAndTheSameTraceWithOneStateEditedIsRejectedAtThatState() throws IOException {
    Path trace = dir.resolve("document.itf.json");
    assertThat(havpn("simulate", "--trace", trace.toString()).exit()).isEqualTo(ExitCode.OK);

    Outcome valid = havpn("validate", trace.toString());
    assertThat(valid.exit()).as(valid.out() + valid.err()).isEqualTo(ExitCode.OK);
    assertThat(valid.out()).contains(trace + ": a behaviour of the spec", "verdict: 1 of 1 trace(s)");

    JsonNode itf = JSON.readTree(trace.toFile());
    ObjectNode router = (ObjectNode) itf.at("/states/300/routers/#map/0/1");
    router.put("rriRoute", !router.get("rriRoute").booleanValue());
    Path edited = dir.resolve("edited.itf.json");
    JSON.writeValue(edited.toFile(), itf);

    Outcome rejected = havpn("validate", edited.toString());
    assertThat(rejected.exit()).as(rejected.out() + rejected.err()).isEqualTo(ExitCode.VIOLATED);
    assertThat(rejected.out()).contains(edited + ": NOT a behaviour of the spec: states 0 to 299 matched",
        "could not match state 300", "routers[0].rriRoute: trace " + (router.get("rriRoute").booleanValue()
            ? "TRUE, model FALSE" : "FALSE, model TRUE"));
  }

  @ParameterizedTest
  @EnumSource(DesignMistake.class)
  void theShrunkCounterexampleOfEveryDesignMistakeIsABehaviourOfTheSpec(DesignMistake mistake) {
    Path trace = dir.resolve(mistake.id() + ".itf.json");
    Outcome fuzz = havpn("fuzz", "--lab", mistake.id(), "--runs", "2000", "--seed", "1", "--no-progress", "--trace",
        trace.toString());
    assertThat(fuzz.exit()).as(fuzz.out()).isEqualTo(ExitCode.VIOLATED);

    Outcome validate = havpn("validate", trace.toString());

    assertThat(validate.exit()).as(validate.out() + validate.err()).isEqualTo(ExitCode.OK);
    assertThat(validate.out()).contains("lab: seed-lab+" + mistake.id(), "a behaviour of the spec");
  }

  @Test
  void theBehaviourThatReplaysTheDocumentsLogsIsABehaviourOfTheSpec() {
    String logs = "../traces/src/test/resources/document/fr/";
    Path trace = dir.resolve("replay.itf.json");
    Outcome replay = havpn("replay", "--device", "7204VXR-1=" + logs + "steady-7204VXR-1.log",
        "--device", "vpn7200=" + logs + "failover-vpn7200.log", "--device", "7204VXR-1=" + logs + "failover-7204VXR-1.log",
        "--device", "7204VXR-2=" + logs + "failover-7204VXR-2.log", "--device", "7204VXR-1=" + logs
            + "recovery-7204VXR-1.log", "--device", "7204VXR-2=" + logs + "recovery-7204VXR-2.log",
        "--trace", trace.toString());
    assertThat(replay.exit()).as(replay.out() + replay.err()).isEqualTo(ExitCode.OK);

    Outcome validate = havpn("validate", trace.toString());

    assertThat(validate.exit()).as(validate.out() + validate.err()).isEqualTo(ExitCode.OK);
    assertThat(validate.out()).contains(trace + ": a behaviour of the spec");
  }

  @Test
  void randomWalksOfTheModelValidateWithJsonOutput() throws IOException {
    Outcome run = havpn("validate", "--random-walks", "3", "--steps", "20", "--seed", "9", "--json");

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("allAccepted").booleanValue()).isTrue();
    assertThat(json.get("traces")).hasSize(3);
    assertThat(json.at("/traces/2/name").textValue()).isEqualTo("random walk, seed 11");
    assertThat(json.at("/traces/2/states").intValue()).isEqualTo(21);
  }

  @Test
  void aMissingFileIsBadInputNamingIt() {
    Outcome run = havpn("validate", dir.resolve("nowhere.itf.json").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("nowhere.itf.json: no such trace file");
  }

  @Test
  void aFileThatIsNotItfIsBadInputNamingIt() throws IOException {
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"states\": 3}");
    Outcome run = havpn("validate", garbage.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("garbage.json: not an ITF trace");
  }

  @Test
  void nothingToValidateIsBadInput() {
    Outcome run = havpn("validate");
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("give TRACE files or --random-walks N");
  }
}
