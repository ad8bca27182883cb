package io.havpn.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action;
import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

  private static final Lab LAB = SeedLab.lab();
  private static final String FAILOVER = """
      duration 120
      every 1 from 30 Traffic
      at 60 InterfaceDown 7204VXR-1 FastEthernet0/0
      """;

  private static RunResult run(String text, long seed) {
    return new ScenarioRunner(new VpnHaModel(LAB)).run(ScenarioParser.parse(LAB, "t", text), seed);
  }

  @Test
  void theSameSeedGivesTheSameRun() {
    assertThat(run(FAILOVER, 7).steps()).isEqualTo(run(FAILOVER, 7).steps());
  }

  @Test
  void differentSeedsMayOrderSameSecondEventsDifferently() {
    boolean differs = false;
    for (long seed = 2; seed < 10 && !differs; seed++) {
      differs = !run(FAILOVER, 1).steps().equals(run(FAILOVER, seed).steps());
    }
    assertThat(differs).isTrue();
  }

  @Test
  void timePassesOnlyWhenNothingIsDue() {
    VpnHaModel model = new VpnHaModel(LAB);
    RunResult result = run(FAILOVER, 3);
    RunResult.TimedStep previous = null;
    for (RunResult.TimedStep step : result.steps()) {
      if (step.action() instanceof Action.Tick && previous != null) {
        assertThat(model.enabled(previous.state())).contains(new Action.Tick())
            .noneMatch(a -> a.kind() == Action.Kind.TIMER || a.kind() == Action.Kind.DELIVERY);
      }
      previous = step;
    }
  }

  @Test
  void anInjectionThatIsNotEnabledIsReportedNotDropped() {
    RunResult result = run("duration 40\nat 10 InterfaceUp 7204VXR-1 FastEthernet0/0\n", 1);
    assertThat(result.warnings()).singleElement().asString()
        .contains("t:2").contains("InterfaceUp(7204VXR-1, FastEthernet0/0) is not enabled");
  }

  @Test
  void theRunGoesOnUntilTheEventualPropertiesCanBeJudged() {
    RunResult result = run(FAILOVER, 1);
    assertThat(result.stableFrom()).isEqualTo(60 + Property.failoverBound(LAB));
    assertThat(result.end()).isGreaterThanOrEqualTo(result.stableFrom());
  }

  @Test
  void aLossWindowLosesTheMatchingPacketsOnly() {
    RunResult result = run(FAILOVER + "from 40 until 50 HelloLost 7204VXR-1 7204VXR-2\n", 1);
    assertThat(result.steps()).filteredOn(s -> s.action() instanceof Action.HelloLost)
        .isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.time()).isBetween(40, 50);
          assertThat(s.action()).isEqualTo(new Action.HelloLost(0, 1));
        });
  }

  @Test
  void outagesAreMeasuredFromTheFailureToTheRestoredTunnel() {
    RunResult result = run(FAILOVER, 1);
    assertThat(result.outages()).singleElement().satisfies(outage -> {
      assertThat(outage.start()).isEqualTo(60);
      assertThat(outage.end()).isGreaterThan(60 + LAB.remote().keepalive().detectionTime());
      assertThat(outage.duration(result.end())).isLessThanOrEqualTo(Property.failoverBound(LAB));
    });
  }
}
