package io.havpn.bridge.alloy;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.config.RouterConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lint's evaluation of an assertion on the instance (no solve) judges it as Alloy's own {@code check} command does:
 * violated exactly when {@code check} finds a counterexample.
 */
class DesignCheckerTest {

  @Test
  void theEvaluatorAgreesWithTheCheckCommandOnAViolatedAndAHoldingAssertion() throws Exception {
    List<RouterConfig> broken = MisconfigurationTest.configs(List.of(new MisconfigurationTest.Edit("7204VXR-1",
        " standby 1 track FastEthernet0/1 150", " standby 1 track FastEthernet0/1")));
    List<DesignCheck> judged = List.of(DesignCheck.TRACKED_FAILURE_MOVES_ACTIVE, DesignCheck.REMOTE_HAS_KEEPALIVE);
    List<Finding> findings = DesignChecker.check(broken, judged);
    for (DesignCheck check : judged) {
      boolean byEvaluator = findings.stream().anyMatch(f -> f.check() == check);
      assertThat(DesignChecker.violatedByCheckCommand(broken, check)).as(check.id()).isEqualTo(byEvaluator);
    }
    assertThat(findings).extracting(Finding::check).containsOnly(DesignCheck.TRACKED_FAILURE_MOVES_ACTIVE);
  }
}
