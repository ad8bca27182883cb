package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.tlc.Verdict;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each protocol module is checkable alone: TLC checks its own invariants (and HSRP's eventual properties) on the
 * document's lab, and a design mistake in that protocol breaks one of them.
 */
class ProtocolModulesTlcTest {

  private static final TlcOptions OPTIONS = TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(5));

  static Stream<ProtocolModule> protocols() {
    return ProtocolModule.ALL.stream();
  }

  private static TlcResult check(Lab lab, ProtocolModule protocol) {
    return new TlcRunner().run(LabCheck.protocolSpec(lab, protocol), OPTIONS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("protocols")
  void everyInvariantOfTheModuleHoldsAloneOnTheDocumentsLab(ProtocolModule protocol) {
    TlcResult result = check(SeedLab.lab(), protocol);
    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.NO_ERROR);
    assertThat(result.passed()).isTrue();
    assertThat(result.output().statistics().distinctStates()).isGreaterThan(100);
  }

  @Test
  void hsrpAloneLosesItsActiveRouterWhenSpeakHandlesCBeforeD() {
    TlcResult result = check(DesignMistake.SPEAK_C_BEFORE_D.apply(SeedLab.lab()), ProtocolModule.HSRP);
    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.TEMPORAL_PROPERTY_VIOLATED);
    assertThat(result.counterexample()).isPresent();
  }

  @Test
  void rriAloneKeepsARouteOnAStandbyRouterWhenTheRedundancyNameDiffers() {
    TlcResult result = check(DesignMistake.REDUNDANCY_NAME_MISMATCH.apply(SeedLab.lab()), ProtocolModule.RRI);
    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(result.output().violatedProperty()).isPresent();
    assertThat(result.output().violatedProperty().get()).isIn("SasOnlyOnActive", "RouteOnlyOnActive");
  }

  @Test
  void rriAloneLeavesTheInsideRouterWithoutARouteWhenOneRouterLacksRri() {
    TlcResult result = check(DesignMistake.RRI_MISSING.apply(SeedLab.lab()), ProtocolModule.RRI);
    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.INVARIANT_VIOLATED);
    assertThat(result.output().violatedProperty()).contains("InsideRoutesToActive");
  }

  @Test
  void theRemoteAloneNeverProbesWithoutKeepalive() {
    TlcResult withKeepalive = check(SeedLab.lab(), ProtocolModule.IKE_KEEPALIVE);
    TlcResult without = check(DesignMistake.NO_KEEPALIVE.apply(SeedLab.lab()), ProtocolModule.IKE_KEEPALIVE);
    assertThat(without.verdict()).as(without.summary()).isEqualTo(Verdict.NO_ERROR);
    // without probes the remote has no retry timer or error counter: far fewer states
    assertThat(without.output().statistics().distinctStates())
        .isLessThan(withKeepalive.output().statistics().distinctStates());
  }
}
