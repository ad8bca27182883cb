package io.havpn.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.havpn.model.Action;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {

  private static final Lab LAB = SeedLab.lab();

  @Test
  void readsEveryStatement() {
    Scenario scenario = ScenarioParser.parse(LAB, "s", """
        # comment
        duration 100
        at 60 InterfaceDown 7204VXR-1 FastEthernet0/0   # trailing comment
        at 70 InterfaceUp 7204VXR-1 Fa0/0
        every 10 from 30 until 50 Traffic
        from 61 until 70 HelloLost 7204VXR-2 7204VXR-1
        snapshot 55 before failover
        """);
    assertThat(scenario.duration()).isEqualTo(100);
    assertThat(scenario.injections()).extracting(Scenario.Injection::time).containsExactly(30, 40, 50, 60, 70);
    assertThat(scenario.injections().get(3).action()).isEqualTo(new Action.InterfaceDown(0, 0));
    assertThat(scenario.injections().get(4).action()).isEqualTo(new Action.InterfaceUp(0, 0));
    assertThat(scenario.lossWindows()).containsExactly(new Scenario.LossWindow(61, 70, new Action.HelloLost(1, 0), 6));
    assertThat(scenario.snapshots()).containsExactly(new Scenario.SnapshotPoint(55, "before failover"));
    assertThat(scenario.lastDisruption()).isEqualTo(70);
  }

  @Test
  void everyWithoutAnEndRepeatsUntilTheDuration() {
    Scenario scenario = ScenarioParser.parse(LAB, "s", "duration 10\nevery 4 from 1 Traffic\n");
    assertThat(scenario.injections()).extracting(Scenario.Injection::time).containsExactly(1, 5, 9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown action            | at 5 Explode 7204VXR-1                      | 2 | unknown action 'Explode' (expected one of
      negative time             | at -5 Reload 7204VXR-1                      | 2 | negative time -5
      time not a number         | at soon Reload 7204VXR-1                    | 2 | 'soon' is not a time
      unknown router            | at 5 Reload 7204VXR-9                       | 2 | unknown router '7204VXR-9' (expected one of 7204VXR-1, 7204VXR-2)
      unknown interface         | at 5 InterfaceDown 7204VXR-1 Serial0/0      | 2 | unknown interface 'Serial0/0' on 7204VXR-1 (expected one of FastEthernet0/0, FastEthernet0/1)
      wrong argument count      | at 5 InterfaceDown 7204VXR-1                | 2 | InterfaceDown takes 2 argument(s)
      unknown statement         | after 5 Reload 7204VXR-1                    | 2 | unknown statement 'after'
      time after the duration   | at 500 Reload 7204VXR-1                     | 2 | time 500 is after the scenario's duration
      model action injected     | at 5 Tick                                   | 2 | unknown action 'Tick'
      loss outside a window     | at 5 HelloLost 7204VXR-1 7204VXR-2          | 2 | use a window
      window of a fault         | from 5 until 9 Reload 7204VXR-1             | 2 | takes a loss action
      window ends before start  | from 9 until 5 HelloLost 7204VXR-1 7204VXR-2 | 2 | the window ends (5) before it starts (9)
      zero period               | every 0 from 5 Traffic                      | 2 | period of 'every' must be at least 1 s
      hello lost to itself      | from 1 until 2 HelloLost 7204VXR-1 7204VXR-1 | 2 | two different routers
      """)
  void badLinesNameTheFileTheLineAndWhatWasExpected(String label, String line, int lineNumber, String message) {
    assertThatThrownBy(() -> ScenarioParser.parse(LAB, "lab.scenario", "duration 100\n" + line + "\n"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("lab.scenario:" + lineNumber + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ScenarioException) e).line()).isEqualTo(lineNumber));
  }

  @Test
  void aScenarioWithoutADurationIsRejected() {
    assertThatThrownBy(() -> ScenarioParser.parse(LAB, "x.scenario", "at 5 Traffic\n"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("x.scenario:").hasMessageContaining("duration");
  }
}
