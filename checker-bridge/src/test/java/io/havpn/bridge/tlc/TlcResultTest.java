package io.havpn.bridge.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.Resources;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a run that ended by itself is judged from its exit code and its output. */
class TlcResultTest {

  private static final List<String> COMMAND = List.of("java", "tlc2.TLC");

  private static TlcResult exited(int code, String sample) {
    return TlcResult.exited(code, TlcOutput.parse(Resources.text(sample)), Duration.ofSeconds(1), COMMAND);
  }

  @Test
  void exitCodeThatMatchesTheVerdictIsAFinishedRunWithoutProblem() {
    TlcResult result = exited(12, "tlc-samples/out-inv.txt");

    assertThat(result.outcome()).isEqualTo(TlcResult.Outcome.FINISHED);
    assertThat(result.problem()).isEmpty();
    assertThat(result.passed()).isFalse();
    assertThat(result.summary())
        .isEqualTo("TLC INVARIANT_VIOLATED (Small), 4 distinct states, exit 12 (safety violation)");
  }

  @Test
  void cfgSyntaxErrorExits255AndThatAgreesWithAConfigError() {
    assertThat(exited(255, "tlc-more/out-cfg-syntax.txt").problem()).isEmpty();
  }

  @Test
  void exitCodeThatContradictsTheOutputIsAProblem() {
    TlcResult result = exited(0, "tlc-samples/out-inv.txt");

    assertThat(result.problem()).contains("exit code 0 (no error) disagrees with the output's verdict "
        + "INVARIANT_VIOLATED");
    assertThat(result.passed()).isFalse();
  }

  @Test
  void exitCodeThatIsNotTlcsIsACrash() {
    TlcResult result = exited(134, "tlc-samples/out-ok.txt");

    assertThat(result.outcome()).isEqualTo(TlcResult.Outcome.CRASHED);
    assertThat(result.problem()).get().asString().contains("134 (not a TLC exit code)");
  }

  @Test
  void exitWithoutTlcsFinalMessageIsACrashThatQuotesTheLastOutput() {
    String cut = "@!@!@STARTMSG 2185:0 @!@!@\nStarting...\n@!@!@ENDMSG 2185 @!@!@\n"
        + "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n";
    TlcResult result = TlcResult.exited(153, TlcOutput.parse(cut), Duration.ofSeconds(1), COMMAND);

    assertThat(result.outcome()).isEqualTo(TlcResult.Outcome.CRASHED);
    assertThat(result.problem()).get().asString()
        .contains("153 (system error) before finishing", "OutOfMemoryError: Java heap space");
  }

  @Test
  void successPassesOnlyWhenItFinished() {
    assertThat(exited(0, "tlc-samples/out-ok.txt").passed()).isTrue();
    assertThat(TlcResult.timedOut(TlcOutput.parse(Resources.text("tlc-samples/out-ok.txt")), Duration.ofSeconds(3),
        COMMAND, Duration.ofSeconds(2)).passed()).isFalse();
  }
}
