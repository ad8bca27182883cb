package io.havpn.traces.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.SystemState;
import io.havpn.traces.Family;
import io.havpn.traces.Logs;
import io.havpn.traces.replay.ReplayResult.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The acceptance: both renderings of the source document's logs replay fully on the document's lab. */
class DocumentReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void bothRenderingsOfTheDocumentsLogsReplayFully(String rendering) {
    ReplayInput input = Logs.input(Logs.document(rendering));
    assertThat(input.unknownByFamily()).doesNotContainKeys(Family.HSRP, Family.ISAKMP, Family.IPSEC);
    assertThat(input.counts().get(ReplayInput.Kind.UNKNOWN)).isZero();
    ReplayResult result = Logs.replay(Logs.document(rendering), ReplayOptions.defaults());
    assertThat(result.verdict()).isEqualTo(Verdict.REPLAYED);
    assertThat(result.matched()).isEqualTo(result.entries());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theMatchedBehaviourHasTheRecoverysTransientDualActive(String rendering) {
    ReplayResult result = Logs.replay(Logs.document(rendering), ReplayOptions.defaults());
    assertThat(result.behaviour()).anySatisfy(step -> {
      SystemState s = step.state();
      assertThat(s.router(0).isActive() && s.router(1).isActive()).isTrue();
    });
  }

  @org.junit.jupiter.api.Test
  void aReplayReportsItsProgressEntryByEntryUpToTheWholeLog() {
    java.util.List<Integer> reported = new java.util.ArrayList<>();
    ReplayResult result = new LogReplay(new io.havpn.model.VpnHaModel(io.havpn.model.lab.SeedLab.lab()),
        Logs.input(Logs.document("fr")).devices(), ReplayOptions.defaults()).onProgress(reported::add).replay();
    assertThat(result.verdict()).isEqualTo(Verdict.REPLAYED);
    assertThat(reported).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates()
        .endsWith(result.entries()).hasSizeGreaterThan(result.entries() / 2);
  }

  @org.junit.jupiter.api.Test
  void theDocumentsSimulationLogReplaysMergedByTimestamp() {
    ReplayResult result = Logs.replay(java.util.List.of(new Logs.Input(null, "simulate-document.log",
        Logs.resource("simulate-document.log"))), ReplayOptions.defaults());
    assertThat(result.verdict()).isEqualTo(Verdict.REPLAYED);
  }
}
