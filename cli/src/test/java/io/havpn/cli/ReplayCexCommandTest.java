package io.havpn.cli;

import static io.havpn.cli.SimulateCommandTest.havpn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.ItfWriter;
import io.havpn.bridge.spec.LabModule;
import io.havpn.bridge.spec.StateCodec;
import io.havpn.model.Action;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.SeedLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCexCommandTest {

  @TempDir
  Path dir;

  private Path trace;

  /**
   * A trace of the built-in lab's Java model with havpn check's ci budget, written as ITF: the first enabled action
   * each step but a fault at step 2 (the model counts faults only against a budget).
   */
  @BeforeEach
  void writeTraceOfTheBuiltInLab() throws IOException {
    VpnHaModel model = new VpnHaModel(LabModule.bounded(SeedLab.lab(), 1, 0));
    SystemState state = model.initial();
    List<ItfState> states = new ArrayList<>();
    states.add(new ItfState(Map.of("index", 0), StateCodec.encode(state)));
    for (int i = 1; i <= 6; i++) {
      boolean faultStep = i == 2;
      Action action = model.enabled(state).stream().filter(a -> !faultStep || a.kind() == Action.Kind.FAULT)
          .findFirst().orElseThrow();
      state = model.step(state, action).next();
      states.add(new ItfState(Map.of("index", i, "action", action.name()), StateCodec.encode(state)));
    }
    trace = dir.resolve("trace.itf.json");
    Files.writeString(trace, new ItfWriter().write(
        new ItfTrace(Map.of(), List.of(), StateCodec.VARIABLES, states, OptionalInt.empty())));
  }

  @Test
  void aTraceTheModelFollowsExitsZeroWithOneLinePerStep() {
    SimulateCommandTest.Outcome run = havpn("replay-cex", trace.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("step 0 initial state: matches", "step 1 Tick: matches",
        "step 2 InterfaceDown(7204VXR-1, FastEthernet0/0): matches", "step 6 ")
        .contains("verdict: the Java model takes every step of the trace");
  }

  @Test
  void aDesignMistakeTheTraceDoesNotHaveDivergesShowingBothValuesAndTheEnabledActions() {
    // With the redundancy name mismatched, the standby router's route appears at the first Tick already.
    SimulateCommandTest.Outcome run = havpn("replay-cex", trace.toString(), "--mistake", "redundancy-name-mismatch");

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.VIOLATED);
    assertThat(run.out()).contains("step 1 Tick: diverges", "divergence at step 1", "closest Java action: Tick",
        "  routers[1].rriRoute\n    trace: FALSE\n    java:  TRUE", "enabled in the Java model: Tick, ",
        "verdict: the Java model diverges from the trace at step 1");
  }

  @Test
  void jsonNamesTheDivergentStepAndVariable() throws IOException {
    SimulateCommandTest.Outcome run =
        havpn("replay-cex", trace.toString(), "--mistake", "redundancy-name-mismatch", "--json");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("replayed").booleanValue()).isFalse();
    assertThat(root.at("/divergence/step").intValue()).isEqualTo(1);
    assertThat(root.at("/divergence/differences/0/variable").textValue()).isEqualTo("routers");
    assertThat(root.at("/divergence/differences/0/trace")).isNotEqualTo(root.at("/divergence/differences/0/java"));
  }

  @Test
  void aMalformedOrMissingTraceExitsTwoNamingTheFile() throws IOException {
    Path malformed = dir.resolve("broken.itf.json");
    Files.writeString(malformed, "{\"vars\": [\"faults\"], \"states\": [{\"faults\": {\"#set\": 1}}]}");

    SimulateCommandTest.Outcome broken = havpn("replay-cex", malformed.toString());
    assertThat(broken.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(broken.err()).contains(malformed.toString(), "not an ITF trace");

    Path missing = dir.resolve("missing.itf.json");
    SimulateCommandTest.Outcome absent = havpn("replay-cex", missing.toString());
    assertThat(absent.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(absent.err()).contains(missing.toString(), "no such trace file");
  }

  @Test
  void anItfTraceOfAnotherSpecExitsTwo() throws IOException {
    Path other = dir.resolve("other.itf.json");
    Files.writeString(other, "{\"vars\": [\"x\"], \"states\": [{\"x\": 1}]}");

    SimulateCommandTest.Outcome run = havpn("replay-cex", other.toString());
    assertThat(run.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(other.toString(), "no variable routers");
  }
}
