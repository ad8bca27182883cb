package io.havpn.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code every} lines are generated as the run reaches them; the result must be that of the expanded list. */
class ScenarioScheduleTest {

  private static final Lab LAB = SeedLab.lab();
  /** Repeats that overlap each other and the single injections, one past the duration, one with an end. */
  private static final String FLAPPING = """
      duration 400
      every 1 from 30 Traffic
      at 60 InterfaceDown 7204VXR-1 FastEthernet0/0
      every 90 from 150 InterfaceDown 7204VXR-1 FastEthernet0/0
      every 90 from 180 until 330 InterfaceUp 7204VXR-1 FastEthernet0/0
      at 90 InterfaceUp 7204VXR-1 FastEthernet0/0
      every 7 from 100 until 900 Traffic
      from 200 until 210 EspLost
      from 250 until 260 HelloLost 7204VXR-2 7204VXR-1
      snapshot 150 flap
      """;

  @Test
  void theScheduleIsTheExpansionOfEveryLineInTimeThenLineOrder() {
    Scenario lazy = ScenarioParser.parse(LAB, "s", FLAPPING);
    List<Scenario.Injection> expected = new ArrayList<>(lazy.at());
    int[][] repeats = {{1, 30, 400, 2}, {90, 150, 400, 4}, {90, 180, 330, 5}, {7, 100, 400, 7}}; // period, from, until, line
    for (int[] r : repeats) {
      Action action = lazy.repeats().stream().filter(x -> x.line() == r[3]).findFirst().orElseThrow().action();
      for (int t = r[1]; t <= r[2]; t += r[0]) {
        expected.add(new Scenario.Injection(t, action, r[3]));
      }
    }
    expected.sort(Comparator.comparingInt(Scenario.Injection::time).thenComparingInt(Scenario.Injection::line));
    assertThat(lazy.repeats()).hasSize(4);
    assertThat(lazy.injections()).containsExactlyElementsOf(expected);
    assertThat(lazy.lastDisruption()).isEqualTo(330); // InterfaceDown at 150, 240, 330; InterfaceUp at 180, 270
  }

  @Test
  void aRunOfTheLazyScenarioIsTheRunOfItsExpandedForm() {
    Scenario lazy = ScenarioParser.parse(LAB, "s", FLAPPING);
    Scenario expanded = new Scenario(lazy.source(), lazy.duration(), lazy.injections(), List.of(), lazy.lossWindows(),
        lazy.snapshots());
    assertThat(expanded.repeats()).isEmpty();
    assertThat(expanded.lastDisruption()).isEqualTo(lazy.lastDisruption());
    ScenarioRunner runner = new ScenarioRunner(new VpnHaModel(LAB));
    for (long seed = 1; seed <= 3; seed++) {
      RunResult fromLazy = runner.run(lazy, seed);
      assertThat(fromLazy.steps()).hasSizeGreaterThan(400);
      assertThat(fromLazy).isEqualTo(runner.run(expanded, seed));
    }
  }

  @Test
  void aRepeatOverMillionsOfSecondsIsNotExpandedBeforeTheRun() {
    Scenario scenario = ScenarioParser.parse(LAB, "s", "duration 2000000000\nevery 1 from 0 Traffic\n");
    assertThat(scenario.at()).isEmpty();
    assertThat(scenario.repeats()).containsExactly(new Scenario.Repeat(1, 0, 2_000_000_000, new Action.Traffic(), 2));
    Iterator<Scenario.Injection> schedule = scenario.schedule();
    assertThat(schedule.next().time()).isZero();
    assertThat(schedule.next().time()).isEqualTo(1);
    assertThat(schedule.hasNext()).isTrue();
  }
}
