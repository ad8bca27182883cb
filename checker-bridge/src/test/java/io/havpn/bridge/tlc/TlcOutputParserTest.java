package io.havpn.bridge.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.tla.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parser on hand-written output: what it does with messages it does not know or cannot read. */
class TlcOutputParserTest {

  private static String framed(int code, int kind, String body) {
    return "@!@!@STARTMSG " + code + ":" + kind + " @!@!@\n" + body + "\n@!@!@ENDMSG " + code + " @!@!@\n";
  }

  @Test
  void unknownInformationalMessageIsKeptWithItsCode() {
    TlcOutput output = TlcOutput.parse(framed(9999, TlcMessage.INFO, "something new"));

    assertThat(output.skipped()).singleElement().satisfies(s -> {
      assertThat(s.code()).isEqualTo(9999);
      assertThat(s.reason()).isEqualTo(SkippedMessage.UNKNOWN_CODE);
      assertThat(s.message().body()).isEqualTo("something new");
    });
  }

  @Test
  void unknownErrorMessageIsAnErrorThatALaterVerdictOverrides() {
    TlcOutput unknown = TlcOutput.parse(framed(2999, TlcMessage.ERROR, "a new kind of failure"));
    TlcOutput thenViolation = TlcOutput.parse(framed(2999, TlcMessage.ERROR, "a new kind of failure")
        + framed(2110, TlcMessage.ERROR, "Invariant Inv is violated."));

    assertThat(unknown.verdict()).isEqualTo(Verdict.TLC_ERROR);
    assertThat(unknown.errors()).extracting(TlcError::code).containsExactly(2999);
    assertThat(thenViolation.verdict()).isEqualTo(Verdict.INVARIANT_VIOLATED);
  }

  @Test
  void stateThatCannotBeReadIsKeptWithTheReason() {
    TlcOutput output = TlcOutput.parse(framed(2217, TlcMessage.STATE, "1: <Initial predicate>\n/\\ x = <<1,"));

    assertThat(output.counterexample()).isEmpty();
    assertThat(output.skipped()).singleElement().satisfies(s -> {
      assertThat(s.code()).isEqualTo(2217);
      assertThat(s.reason()).startsWith("could not read it: value of x: line 1, column 5");
    });
  }

  @Test
  void stateWithoutActionLabelIsRead() {
    TlcOutput output = TlcOutput.parse(framed(2121, TlcMessage.ERROR, "The behavior up to this point is:")
        + framed(2216, TlcMessage.STATE, "1:\nx = 0") + framed(2216, TlcMessage.STATE, "2:\nx = 1"));

    List<TraceState> states = output.counterexample().orElseThrow().states();
    assertThat(states).extracting(TraceState::action).containsExactly(TraceAction.INITIAL, TraceAction.UNNAMED);
    assertThat(states.get(1).get("x")).isEqualTo(TlaValue.integer(1));
  }

  @Test
  void listenerSeesEachMessageAsSoonAsItEnds() {
    List<Integer> seen = new ArrayList<>();
    TlcOutputParser parser = new TlcOutputParser(Optional.empty(), message -> seen.add(message.code()));

    framed(2185, 0, "Starting...").lines().forEach(parser::accept);
    assertThat(seen).containsExactly(2185);
    parser.accept("@!@!@STARTMSG 2200:0 @!@!@");
    parser.accept("Progress(2) at 2026-11-21 21:41:13: 2 states generated (220 s/min), 2 distinct states found "
        + "(220 ds/min), 0 states left on queue.");
    assertThat(seen).containsExactly(2185);
    parser.accept("@!@!@ENDMSG 2200 @!@!@");

    assertThat(seen).containsExactly(2185, 2200);
    assertThat(parser.finish().statistics().distinctStates()).isEqualTo(2);
  }

  @Test
  void outputCutOffMidRunHasNoVerdictAndIsNotFinished() {
    TlcOutput cut = TlcOutput.parse(framed(2185, 0, "Starting...") + "@!@!@STARTMSG 2217:4 @!@!@\n1: <Initial "
        + "predicate>\n/\\ x = 0\n");

    assertThat(cut.verdict()).isEqualTo(Verdict.NO_VERDICT);
    assertThat(cut.finished()).isFalse();
    assertThat(cut.counterexample().orElseThrow().states()).hasSize(1);
  }
}
