package io.havpn.traces.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.havpn.traces.Classification;
import io.havpn.traces.Logs;
import io.havpn.traces.ParsedLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated, shuffled, duplicated, binary, CRLF and very long-line inputs give a report, never a crash or a hang. The
 * time limit only guards against a hang; it measures nothing.
 */
class DamagedInputTest {

  private static final ReplayOptions BOUNDS = new ReplayOptions(12, 60_000, 500, 1_000, false);
  private static final Duration HANG = Duration.ofMinutes(2);

  private static String simulation() {
    return Logs.resource("simulate-document.log");
  }

  private static ReplayResult replay(String text) {
    return assertTimeoutPreemptively(HANG, () ->
        Logs.replay(List.of(new Logs.Input(null, "damaged.log", text)), BOUNDS));
  }

  @Test
  void aTruncatedLogStillReplaysWhatItHas() {
    String text = simulation();
    String cut = text.substring(0, text.length() / 2 + 17); // mid-line
    ReplayResult result = replay(cut);
    assertThat(result.verdict()).isEqualTo(ReplayResult.Verdict.REPLAYED); // a prefix of a behaviour is one
  }

  @Test
  void aShuffledLogIsReportedNotCrashed() {
    List<String> lines = new ArrayList<>(simulation().lines().toList());
    Collections.shuffle(lines, new Random(6));
    ReplayResult result = replay(String.join("\n", lines));
    assertThat(result.verdict()).isNotEqualTo(ReplayResult.Verdict.REPLAYED);
    assertThat(result.firstUnmatched()).isPresent();
  }

  @Test
  void duplicatedLinesAreReportedNotCrashed() {
    List<String> lines = new ArrayList<>();
    for (String line : simulation().lines().toList()) {
      lines.add(line);
      lines.add(line);
    }
    ReplayResult result = replay(String.join("\n", lines));
    assertThat(result.entries()).isPositive();
    assertThat(result.verdict()).isNotNull();
  }

  @Test
  void binaryDataIsUnknownNotParsed() {
    byte[] bytes = new byte[4096];
    new Random(6).nextBytes(bytes);
    String binary = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    List<ParsedLine> lines = Logs.parse("7204VXR-1", binary);
    assertThat(lines).isNotEmpty().allSatisfy(l ->
        assertThat(l.classification()).isNotInstanceOf(Classification.Observed.class));
    ReplayInput input = Logs.input(List.of(new Logs.Input("7204VXR-1", "binary", binary)));
    assertThat(input.devices()).isEmpty(); // nothing to replay: the command says so (exit 2)
  }

  @Test
  void crlfLineEndsReplayLikeLf() {
    ReplayResult result = replay(simulation().replace("\n", "\r\n"));
    assertThat(result.verdict()).isEqualTo(ReplayResult.Verdict.REPLAYED);
  }

  @Test
  void aVeryLongLineIsCutAndTheRestReportedAsSkipped() {
    String huge = "HSRP: Fa0/0 Grp 1 " + "x".repeat(3 * io.havpn.traces.LogReader.MAX_LINE);
    List<ParsedLine> lines = Logs.parse("7204VXR-1", huge + "\nHSRP: Fa0/0 Grp 1 Init -> Listen\n");
    assertThat(lines).anySatisfy(l -> assertThat(l.classification()).isInstanceOf(Classification.Skipped.class));
    assertThat(lines.get(lines.size() - 1).classification()).isInstanceOf(Classification.Observed.class);
  }
}
