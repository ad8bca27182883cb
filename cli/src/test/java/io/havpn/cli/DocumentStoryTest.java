package io.havpn.cli;

import static io.havpn.cli.DocumentLogs.documentLines;
import static io.havpn.cli.DocumentLogs.modelLines;
import static io.havpn.cli.DocumentLogs.normalise;
import static io.havpn.cli.DocumentLogs.unmatched;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.cli.ios.ShowCommands;
import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.SystemState;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model reproduces the source document's story (examples/seed-lab/document.scenario) step for step, checked
 * against the document's own logs and show output. Every seed orders same-second events differently; the story must
 * come out of the rules whatever the order.
 */
class DocumentStoryTest {

  private static final Lab LAB = SeedLab.lab();
  private static final int FAILOVER = 60;
  private static final int RECOVERY = 120;

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 8).boxed();
  }

  /** One device's log in one part of the story, as the document prints it. */
  record Episode(String description, String logFile, String device, int from, int until) {
    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<Arguments> episodes() {
    List<Episode> episodes = List.of(
        new Episode("the failed primary goes to Init and tears its tunnel down", "failover-7204VXR-1.log",
            SeedLab.VXR1, FAILOVER, RECOVERY - 1),
        new Episode("the standby takes over when its active timer expires", "failover-7204VXR-2.log",
            SeedLab.VXR2, FAILOVER, RECOVERY - 1),
        new Episode("the primary recovers alone: Listen, Speak, Standby, Active, then hears the Resign",
            "recovery-7204VXR-1.log", SeedLab.VXR1, RECOVERY, Integer.MAX_VALUE),
        new Episode("the displaced router hears the higher Active, resigns and becomes Standby",
            "recovery-7204VXR-2.log", SeedLab.VXR2, RECOVERY, Integer.MAX_VALUE));
    return episodes.stream().flatMap(e -> seeds().map(seed -> Arguments.of(e, seed)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("episodes")
  void hsrpLogMatchesTheDocument(Episode episode, long seed) {
    RunResult run = DocumentLogs.runDocumentScenario(LAB, seed);
    assertThat(unmatched(documentLines(episode.logFile()),
        modelLines(LAB, run, episode.device(), episode.from(), episode.until()))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void remoteCountsFiveKeepaliveMissesThenDeletesItsSas(long seed) {
    RunResult run = DocumentLogs.runDocumentScenario(LAB, seed);
    List<String> model = modelLines(LAB, run, SeedLab.REMOTE, FAILOVER, RECOVERY - 1);
    assertThat(unmatched(documentLines("failover-vpn7200.log"), model)).isEmpty();
    String miss = "ISAKMP (0:1): incrementing error counter on sa: PEERS_ALIVE_TIMER";
    long documentMisses = DocumentLogs.read("logs/failover-vpn7200.log").lines().map(DocumentLogs::normalise)
        .filter(miss::equals).count();
    assertThat(documentMisses).isEqualTo(5);
    assertThat(model.stream().filter(miss::equals).count()).isEqualTo(documentMisses);
    assertThat(model.indexOf("ISAKMP (0:1): peer not responding!")).isGreaterThan(model.lastIndexOf(miss));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void newSasComeUpWithTheNewActiveThroughTheVirtualIp(long seed) {
    RunResult run = DocumentLogs.runDocumentScenario(LAB, seed);
    int deleted = firstTime(run, FAILOVER, o -> o instanceof Observation.IkeSaDeleted);
    Observation.IkeSaEstablished established = run.steps().stream()
        .filter(s -> s.time() >= deleted)
        .flatMap(s -> s.observations().stream())
        .filter(o -> o instanceof Observation.IkeSaEstablished).map(o -> (Observation.IkeSaEstablished) o)
        .findFirst().orElseThrow();
    assertThat(established.peer()).isEqualTo(LAB.group().virtualIp());
    assertThat(established.responder()).isEqualTo(LAB.router(LAB.routerIndex(SeedLab.VXR2)).address());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rriRouteFollowsTheActiveRouter(long seed) {
    RunResult run = DocumentLogs.runDocumentScenario(LAB, seed);
    String added = normalise(DocumentLogs.read("logs/failover-7204VXR-2.log").lines()
        .filter(l -> l.contains("VPN Route Added")).findFirst().orElseThrow());
    String removed = normalise(DocumentLogs.read("logs/recovery-7204VXR-2.log").lines()
        .filter(l -> l.contains("VPN Route Removed")).findFirst().orElseThrow());
    List<String> failover = modelLines(LAB, run, SeedLab.VXR2, FAILOVER, RECOVERY - 1);
    assertThat(failover.indexOf(added)).isGreaterThan(failover.indexOf("HSRP: Fa0/0 Grp 1 Standby -> Active"));
    List<String> recovery = modelLines(LAB, run, SeedLab.VXR2, RECOVERY, run.end());
    assertThat(recovery.indexOf(removed)).isGreaterThan(recovery.indexOf("HSRP: Fa0/0 Grp 1 Active -> Speak"));
  }

  /** VXR-1 goes Active on its own timers while VXR-2 is still Active: the document's real transient dual-Active. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void recoveryPassesThroughATransientDualActiveReachedByTimers(long seed) {
    RunResult run = DocumentLogs.runDocumentScenario(LAB, seed);
    int vxr1 = LAB.routerIndex(SeedLab.VXR1);
    int vxr2 = LAB.routerIndex(SeedLab.VXR2);
    RunResult.TimedStep dual = run.steps().stream()
        .filter(s -> s.time() >= RECOVERY && s.state().router(vxr1).isActive() && s.state().router(vxr2).isActive())
        .findFirst().orElseThrow(() -> new AssertionError("no dual-Active state during recovery"));
    assertThat(dual.action()).isEqualTo(new Action.ActiveTimerExpired(vxr1));
    SystemState after = run.steps().get(run.steps().size() - 1).state();
    assertThat(after.router(vxr1).hsrp()).isEqualTo(HsrpState.ACTIVE);
    assertThat(after.router(vxr2).hsrp()).isEqualTo(HsrpState.STANDBY);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void showOutputBeforeAndAfterTheFailoverMatchesTheDocument(long seed) {
    RunResult run = DocumentLogs.runDocumentScenario(LAB, seed);
    ShowCommands show = new ShowCommands(LAB);
    SystemState before = snapshot(run, "before failover");
    SystemState after = snapshot(run, "after failover");
    int vxr1 = LAB.routerIndex(SeedLab.VXR1);
    int vxr2 = LAB.routerIndex(SeedLab.VXR2);
    assertThat(standbyLines(show.showStandby(before, vxr1))).isEqualTo(standbyLines(doc("before-7204VXR-1-show-standby")));
    assertThat(standbyLines(show.showStandby(before, vxr2))).isEqualTo(standbyLines(doc("before-7204VXR-2-show-standby")));
    assertThat(standbyLines(show.showStandby(after, vxr1)))
        .isEqualTo(standbyLines(doc("after-failover-7204VXR-1-show-standby")));
    assertThat(standbyLines(show.showStandby(after, vxr2)))
        .isEqualTo(standbyLines(doc("after-failover-7204VXR-2-show-standby")));
    assertThat(remoteRoute(show.showIpRoute(before, vxr1))).isEqualTo(remoteRoute(doc("before-7204VXR-1-show-ip-route")));
    assertThat(remoteRoute(show.showIpRoute(before, vxr2))).isEqualTo(remoteRoute(doc("before-7204VXR-2-show-ip-route")));
    assertThat(remoteRoute(show.showIpRouteInternal(before))).isEqualTo(remoteRoute(doc("before-7206-1-show-ip-route")));
    assertThat(remoteRoute(show.showIpRoute(after, vxr1)))
        .isEqualTo(remoteRoute(doc("after-failover-7204VXR-1-show-ip-route")));
    assertThat(remoteRoute(show.showIpRoute(after, vxr2)))
        .isEqualTo(remoteRoute(doc("after-failover-7204VXR-2-show-ip-route")));
    assertThat(remoteRoute(show.showIpRouteInternal(after)))
        .isEqualTo(remoteRoute(doc("after-failover-7206-1-show-ip-route")));
    assertThat(saRows(show.showCryptoIsakmpSaRemote(before))).isEqualTo(saRows(doc("before-vpn7200-show-crypto-isakmp-sa")));
    assertThat(saRows(show.showCryptoIsakmpSaRemote(after)))
        .isEqualTo(saRows(doc("after-failover-vpn7200-show-crypto-isakmp-sa")));
  }

  /** With the RFC's table (no Resign on g) the model cannot produce the document's "Active: i/Resign rcvd". */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rfcDisplacementWithoutResignCannotReproduceTheDocument(long seed) {
    Lab rfc = LAB.withOptions(LAB.options().withResignOnDisplacement(false));
    RunResult run = DocumentLogs.runDocumentScenario(rfc, seed);
    assertThat(unmatched(documentLines("recovery-7204VXR-1.log"),
        modelLines(rfc, run, SeedLab.VXR1, RECOVERY, run.end())))
        .containsExactly("HSRP: Fa0/0 Grp 1 Active: i/Resign rcvd (100/172.16.172.54)");
  }

  private static int firstTime(RunResult run, int from, java.util.function.Predicate<Observation> match) {
    return run.steps().stream().filter(s -> s.time() >= from)
        .filter(s -> s.observations().stream().anyMatch(match)).findFirst().orElseThrow().time();
  }

  private static SystemState snapshot(RunResult run, String label) {
    return run.snapshots().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().state();
  }

  private static List<String> doc(String name) {
    return DocumentLogs.read("show/" + name + ".txt").lines().toList();
  }

  /** The show standby lines that carry state, without the document's clock readings. */
  private static List<String> standbyLines(List<String> lines) {
    return lines.stream().map(DocumentLogs::normalise)
        .filter(l -> l.matches("^(State is|Virtual IP|Preemption|Active router is|Standby router is|Priority|Track|"
            + "IP redundancy name).*"))
        .map(l -> l.replaceAll(" \\(expires in [0-9.]+ sec\\)", "").replaceAll(",$", ""))
        .toList();
  }

  /** The route to the remote protected network, without the route's age. */
  private static List<String> remoteRoute(List<String> lines) {
    return lines.stream().map(DocumentLogs::normalise).filter(l -> l.contains(" 20.1.1.0 "))
        .map(l -> l.replaceAll(", \\d\\d:\\d\\d:\\d\\d,", ",")).toList();
  }

  private static List<String> saRows(List<String> lines) {
    Ipv4 remote = LAB.remote().outside().address();
    return lines.stream().map(DocumentLogs::normalise).filter(l -> l.contains(remote.toString())).toList();
  }
}
