package io.havpn.model;

import static io.havpn.model.lab.SeedLab.VXR1;
import static io.havpn.model.lab.SeedLab.VXR2;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.CryptoMap;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options.ExpiryOrder;
import io.havpn.model.lab.Track;
import io.havpn.model.scenario.RunResult;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each design mistake of PRIMER section 5 makes its property fail in a scripted scenario, while the correct lab passes
 * the same scenario. (The model mistake "no Resign on g" shows against the document's log instead: see the CLI's
 * DocumentStoryTest, since in a two-router group the Resign changes nothing but that log line.)
 */
class DesignMistakesTest {

  record Mistake(String name, UnaryOperator<Lab> mistake, String scenario, Property violated) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Mistake> mistakes() {
    return Stream.of(
        new Mistake("track decrement too small to move the Active role (200 - 10 > 100)",
            lab -> lab.withRouter(VXR1, r -> r.withTracks(List.of(new Track("FastEthernet0/1", 10)))),
            Labs.PRIMARY_INSIDE_FAILS, Property.TUNNEL_RESTORED),
        new Mistake("preempt missing on the router that should take over",
            lab -> lab.withRouter(VXR2, r -> r.withPreempt(false, 0)),
            Labs.PRIMARY_INSIDE_FAILS, Property.TUNNEL_RESTORED),
        new Mistake("redundancy name not matching the standby group name",
            lab -> lab.withRouter(VXR2, r -> r.withCryptoMap(new CryptoMap(r.cryptoMap().peer(), true, "VPN-HA"))),
            Labs.PRIMARY_FAILS, Property.ROUTE_ONLY_ON_ACTIVE),
        new Mistake("remote peer set to a real address instead of the virtual IP",
            lab -> lab.withRemote(lab.remote().withPeer(Ipv4.parse("172.16.172.52"))),
            Labs.PRIMARY_FAILS, Property.REMOTE_PEERS_WITH_VIP),
        new Mistake("no keepalive on the remote",
            lab -> lab.withRemote(lab.remote().withKeepalive(null)),
            Labs.PRIMARY_FAILS, Property.TUNNEL_RESTORED),
        new Mistake("no keepalive on the remote (bound)",
            lab -> lab.withRemote(lab.remote().withKeepalive(null)),
            Labs.PRIMARY_FAILS, Property.FAILOVER_BOUND),
        new Mistake("RRI missing on one router",
            lab -> lab.withRouter(VXR2, r -> r.withCryptoMap(new CryptoMap(r.cryptoMap().peer(), false, "VPNHA"))),
            Labs.PRIMARY_FAILS, Property.TUNNEL_RESTORED),
        new Mistake("static route not redistributed",
            lab -> lab.withRouter(VXR2, r -> r.withRedistributeStatic(false)),
            Labs.PRIMARY_FAILS, Property.TUNNEL_RESTORED),
        new Mistake("Speak + c handled before d",
            lab -> lab.withOptions(lab.options().withExpiryOrder(ExpiryOrder.ACTIVE_FIRST)),
            Labs.PRIMARY_BOOTS_ALONE, Property.SINGLE_ACTIVE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void designMistakeViolatesItsProperty(Mistake mistake) {
    RunResult wrong = Labs.run(mistake.mistake().apply(Labs.seed()), mistake.scenario());
    RunResult.Verdict verdict = wrong.verdicts().get(mistake.violated());
    assertThat(verdict.holds()).as(verdict.detail()).isFalse();
    assertThat(verdict.time()).isGreaterThanOrEqualTo(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void correctLabPassesTheSameScenario(Mistake mistake) {
    RunResult correct = Labs.run(Labs.seed(), mistake.scenario());
    assertThat(correct.verdicts().values()).allSatisfy(v -> assertThat(v.holds()).as(v.toString()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lateDetections")
  void mistakesThatOnlyShowAfterAFailoverHoldBeforeIt(Mistake mistake) {
    Lab wrong = mistake.mistake().apply(Labs.seed());
    RunResult run = Labs.run(wrong, mistake.scenario());
    VpnHaModel model = new VpnHaModel(wrong);
    SystemState beforeFailover = run.steps().stream().filter(s -> s.time() == 59).reduce((a, b) -> b).orElseThrow()
        .state();
    assertThat(mistake.violated().holds(model, beforeFailover)).isTrue();
  }

  static Stream<Arguments> lateDetections() {
    return mistakes().filter(m -> m.name().startsWith("RRI missing") || m.name().startsWith("static route")
        || m.name().startsWith("preempt missing") || m.name().startsWith("track decrement")).map(Arguments::of);
  }

}
