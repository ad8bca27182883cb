package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved counterexample under {@code src/test/resources/regressions/} replays as recorded: the same check fails
 * again ({@code "expect": "violated"}: a design mistake that must stay caught, or an open model bug), or every check
 * holds ({@code "expect": "holds"}: a fixed bug that must stay fixed).
 */
class RegressionsTest {

  static final Path REGRESSIONS = Path.of("src", "test", "resources", "regressions");

  static List<Path> saved() throws IOException {
    try (Stream<Path> files = Files.list(REGRESSIONS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyDesignMistakeHasASavedCounterexample() throws IOException {
    List<String> variants = saved().stream().map(RegressionsTest::load).map(Counterexample::variant).toList();
    assertThat(variants).containsAll(LabVariant.designMistakes().stream().map(LabVariant::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("saved")
  void aSavedCounterexampleReplaysAsRecorded(Path file) {
    Counterexample counterexample = load(file);
    SequenceRun.Outcome outcome = counterexample.replay(SequenceRun.Listener.NONE);
    String report = String.join("\n", CounterexampleReport.lines(counterexample));
    if (counterexample.expect().equals(Counterexample.EXPECT_HOLDS)) {
      assertThat(outcome.status()).as(report).isEqualTo(SequenceRun.Status.PASSED);
    } else {
      assertThat(outcome.failure()).as(report).isNotNull();
      assertThat(outcome.failure().check()).as(report).isEqualTo(counterexample.violated());
    }
  }

  private static Counterexample load(Path file) {
    try {
      return Counterexample.load(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
