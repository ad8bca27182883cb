package io.havpn.bridge.tlc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The end of a TLC run: how the process ended, its exit code, everything its output said (also when it was cut
 * short), and a problem description whenever the run cannot be trusted as it stands.
 *
 * @param exitCode empty when TLC did not exit by itself (timed out, not started)
 * @param problem why the verdict cannot be taken as it stands: a timeout, a crash, an exit code that disagrees with
 *     the output; empty when there is none
 */
public record TlcResult(Outcome outcome, OptionalInt exitCode, TlcOutput output, Duration elapsed,
    List<String> command, Optional<String> problem) {

  public enum Outcome {
    /** TLC printed its final message and exited with a TLC exit code. */
    FINISHED,
    /** Killed at the wall-clock limit; {@link #output()} holds what was read until then. */
    TIMED_OUT,
    /** TLC exited without finishing, or with a code that is not TLC's. */
    CRASHED,
    /** The JVM could not be started. */
    NOT_STARTED
  }

  public TlcResult {
    command = List.copyOf(command);
  }

  public Verdict verdict() {
    return output.verdict();
  }

  public Optional<Counterexample> counterexample() {
    return output.counterexample();
  }

  /** True only for a finished run without any problem whose verdict is a success. */
  public boolean passed() {
    return outcome == Outcome.FINISHED && problem.isEmpty() && verdict().isSuccess();
  }

  /** One line for a report: the verdict, the property, the state count, or what went wrong. */
  public String summary() {
    StringBuilder line = new StringBuilder("TLC ").append(verdict());
    output.violatedProperty().ifPresent(p -> line.append(" (").append(p).append(')'));
    output.firstError().filter(e -> !e.locations().isEmpty()).ifPresent(e -> line.append(" at ").append(e));
    if (output.statistics().distinctStates() >= 0) {
      line.append(", ").append(output.statistics().distinctStates()).append(" distinct states");
    }
    exitCode.ifPresent(code -> line.append(", exit ").append(TlcExitCode.describe(code)));
    problem.ifPresent(p -> line.append(": ").append(p));
    return line.toString();
  }

  static TlcResult notStarted(List<String> command, Exception cause) {
    return new TlcResult(Outcome.NOT_STARTED, OptionalInt.empty(), TlcOutput.parse(""), Duration.ZERO, command,
        Optional.of("could not start TLC's JVM: " + cause.getMessage()));
  }

  static TlcResult timedOut(TlcOutput output, Duration elapsed, List<String> command, Duration timeout) {
    return new TlcResult(Outcome.TIMED_OUT, OptionalInt.empty(), output, elapsed, command,
        Optional.of("timed out after " + seconds(timeout) + " s"));
  }

  /** Judges a run that ended by itself: finished and consistent, or crashed. */
  static TlcResult exited(int exitCode, TlcOutput output, Duration elapsed, List<String> command) {
    Optional<TlcExitCode> known = TlcExitCode.of(exitCode);
    Outcome outcome = Outcome.FINISHED;
    Optional<String> problem = Optional.empty();
    if (known.isEmpty() || !output.finished()) {
      outcome = Outcome.CRASHED;
      problem = Optional.of("TLC exited with code " + TlcExitCode.describe(exitCode)
          + (output.finished() ? "" : " before finishing") + lastLines(output));
    } else if (!known.get().agreesWith(output.verdict())) {
      problem = Optional.of("exit code " + TlcExitCode.describe(exitCode) + " disagrees with the output's verdict "
          + output.verdict());
    }
    return new TlcResult(outcome, OptionalInt.of(exitCode), output, elapsed, command, problem);
  }

  private static String lastLines(TlcOutput output) {
    List<String> printed = output.printed();
    if (printed.isEmpty()) {
      return "";
    }
    return "; its last words: " + String.join(" | ", printed.subList(Math.max(0, printed.size() - 5),
        printed.size()));
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
  }
}
