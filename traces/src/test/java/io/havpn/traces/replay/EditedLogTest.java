package io.havpn.traces.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Observation;
import io.havpn.traces.Logs;
import io.havpn.traces.replay.ReplayResult.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance: a log edited to contradict the model is rejected at the edited line, with an explanation. */
class EditedLogTest {

  /** Small bounds keep the proof quick; the contradictions do not depend on losses. */
  private static final ReplayOptions BOUNDS = new ReplayOptions(4, 200_000, 2_000, 1_000, false);

  private static List<String> simulation() {
    return new ArrayList<>(Logs.resource("simulate-document.log").lines().toList());
  }

  private static ReplayResult replay(List<String> lines) {
    return Logs.replay(List.of(new Logs.Input(null, "edited.log", String.join("\n", lines))), BOUNDS);
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  @Test
  void aRouteAddedOnTheStandbyRouterIsRejectedAtThatLine() {
    List<String> lines = simulation();
    int standby = indexOf(lines, "[7204VXR-2] *Mar  1 00:00:41.000: HSRP: Fa0/0 Grp 1 Redundancy \"VPNHA\" state "
        + "Speak -> Standby");
    lines.add(standby + 1, "[7204VXR-2] *Mar  1 00:00:50.000: IPSEC(rte_mgr): VPN Route Added 20.1.1.0 "
        + "255.255.255.0 via 172.16.172.69 in IP DEFAULT TABLE");
    ReplayResult result = replay(lines);
    assertThat(result.verdict()).isEqualTo(Verdict.CONTRADICTED);
    ReplayResult.Unmatched unmatched = result.firstUnmatched().orElseThrow();
    assertThat(unmatched.entry().first().line()).isEqualTo(standby + 2);
    assertThat(unmatched.reason()).contains("no behaviour of the model logs this line");
    // what the model could log for the Standby router there: a route only comes with Standby -> Active
    assertThat(unmatched.couldLog()).allSatisfy(alternative -> assertThat(alternative.stream()
        .anyMatch(o -> o instanceof Observation.RouteAdded)).isEqualTo(alternative.stream()
        .anyMatch(o -> o instanceof Observation.HsrpStateChanged c && c.to() == io.havpn.model.hsrp.HsrpState.ACTIVE)));
  }

  @Test
  void aStateChangeOutOfRfcOrderIsRejectedAtThatLine() {
    List<String> lines = simulation();
    int speak = indexOf(lines, "[7204VXR-1] *Mar  1 00:00:11.000: HSRP: Fa0/0 Grp 1 Listen -> Speak");
    lines.set(speak, lines.get(speak).replace("Listen -> Speak", "Listen -> Standby")); // Listen has no d/c to Standby
    ReplayResult result = replay(lines);
    assertThat(result.verdict()).isEqualTo(Verdict.CONTRADICTED);
    ReplayResult.Unmatched unmatched = result.firstUnmatched().orElseThrow();
    assertThat(unmatched.entry().first().line()).isEqualTo(speak + 1);
    assertThat(unmatched.device()).isEqualTo("7204VXR-1");
    assertThat(unmatched.couldLog()).anySatisfy(alternative -> assertThat(alternative).anyMatch(o ->
        o instanceof Observation.HsrpStateChanged c && c.to() == io.havpn.model.hsrp.HsrpState.SPEAK));
  }

  @Test
  void anUntimedDocumentLogWithAStateChangeOutOfOrderIsStoppedAtThatLine() {
    List<Logs.Input> inputs = new ArrayList<>(Logs.document("fr"));
    Logs.Input recovery = inputs.get(4);
    inputs.set(4, new Logs.Input(recovery.device(), recovery.name(),
        recovery.text().replace("Grp 1 Init -> Listen", "Grp 1 Init -> Speak")));
    ReplayResult result = Logs.replay(inputs, BOUNDS.withMaxNodes(40_000));
    assertThat(result.verdict()).isNotEqualTo(Verdict.REPLAYED);
    ReplayResult.Unmatched unmatched = result.firstUnmatched().orElseThrow();
    assertThat(unmatched.entry().first().text()).isEqualTo("HSRP: Fa0/0 Grp 1 Init -> Speak");
  }
}
