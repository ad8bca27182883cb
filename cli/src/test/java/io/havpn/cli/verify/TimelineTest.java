package io.havpn.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.spec.StateCodec;
import io.havpn.bridge.tlc.TraceAction;
import io.havpn.bridge.tlc.TraceState;
import io.havpn.cli.simulate.SimulateCommand;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.ScenarioParser;
import io.havpn.model.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {

  /** The document's story: power-on, failover, recovery. */
  private static RunResult story(Lab lab) throws IOException {
    String text = Files.readString(Path.of("..", "examples", "seed-lab", "document.scenario"));
    return new ScenarioRunner(new VpnHaModel(lab)).run(ScenarioParser.parse(lab, SimulateCommand.BUILT_IN_SCENARIO,
        text), 1);
  }

  @Test
  void tlcStatesAndJavaStatesOfTheSameBehaviourDrawTheSameLanes() throws IOException {
    Lab lab = SeedLab.lab();
    RunResult result = story(lab);
    List<Timeline.JavaStep> java = new ArrayList<>();
    List<TraceState> tlc = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    java.add(new Timeline.JavaStep(0, "initial state", new VpnHaModel(lab).initial()));
    tlc.add(new TraceState(1, TraceAction.INITIAL, StateCodec.encode(new VpnHaModel(lab).initial())));
    actions.add("initial state");
    for (RunResult.TimedStep step : result.steps()) {
      java.add(new Timeline.JavaStep(step.time(), step.action().describe(lab), step.state()));
      tlc.add(new TraceState(tlc.size() + 1, new TraceAction(step.action().name(), Optional.empty()),
          StateCodec.encode(step.state())));
      actions.add(step.action().describe(lab));
    }
    Timeline fromJava = Timeline.ofJava(lab, java);
    Timeline fromTlc = Timeline.ofTlc(lab, tlc, actions, -1);
    // TLC's traces have no clock: their seconds are counted from the Tick steps, and come out the same
    assertThat(fromTlc.points()).hasSameSizeAs(fromJava.points());
    for (int i = 0; i < fromJava.points().size(); i++) {
      assertThat(fromTlc.points().get(i)).as("point " + i).isEqualTo(fromJava.points().get(i));
    }
    assertThat(fromTlc.points().get(fromTlc.points().size() - 1).time()).isEqualTo(result.end());
  }

  @Test
  void theStoryShowsTheFailoverOnTheLanes() throws IOException {
    Lab lab = SeedLab.lab();
    Timeline timeline = Timeline.ofRun(lab, story(lab));
    Timeline.Point before = last(timeline, 55);
    Timeline.Point after = last(timeline, 110);
    assertThat(before.routers().get(0).hsrp()).isEqualTo("ACTIVE");
    assertThat(before.routers().get(0).holdsSas()).isTrue();
    assertThat(before.remote().saWith()).isEqualTo(SeedLab.VXR1);
    assertThat(after.routers().get(0).hsrpUp()).isFalse();
    assertThat(after.routers().get(1).hsrp()).isEqualTo("ACTIVE");
    assertThat(after.routers().get(1).rriRoute()).isTrue();
    assertThat(after.routers().get(1).ospfNextHop()).isTrue();
    assertThat(after.remote().saWith()).isEqualTo(SeedLab.VXR2);
    // the remote counts unanswered keepalives on the way; the fifth (the limit) declares the peer dead
    assertThat(timeline.points().stream().mapToInt(p -> p.remote().dpdErrors()).max().getAsInt()).isEqualTo(4);
  }

  private static Timeline.Point last(Timeline timeline, int second) {
    Timeline.Point found = null;
    for (Timeline.Point p : timeline.points()) {
      if (p.time() <= second) {
        found = p;
      }
    }
    return found;
  }
}
