package io.havpn.bridge.tlc;

import java.util.List;
import java.util.Optional;

/**
 * Everything TLC's {@code -tool} output said, read completely: each message is used for one of these fields or kept
 * in {@link #skipped()}.
 *
 * @param violatedProperty the invariant or property TLC named (2110, 2107, 2112, 2108); temporal violations (2116)
 *     and deadlocks name none
 * @param errors every error message in TLC's words with the locations it names, SANY's included
 * @param warnings warning messages (class 3), such as 2401 about the garbage collector
 * @param sanyOutput SANY's unframed text between 2220 and 2219, as printed
 * @param printed every other unframed line: {@code Print}/{@code PrintT} output (repeated while TLC rebuilds a trace)
 *     and whatever else the JVM wrote
 * @param finished whether TLC printed its final 2186 ("Finished in ...")
 */
public record TlcOutput(
    Optional<String> version,
    Optional<TlcMode> mode,
    Verdict verdict,
    Optional<String> violatedProperty,
    Optional<Counterexample> counterexample,
    List<TlcError> errors,
    List<String> warnings,
    TlcStatistics statistics,
    List<String> sanyOutput,
    List<String> printed,
    List<SkippedMessage> skipped,
    boolean finished) {

  public TlcOutput {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    sanyOutput = List.copyOf(sanyOutput);
    printed = List.copyOf(printed);
    skipped = List.copyOf(skipped);
  }

  public static TlcOutput parse(String text) {
    TlcOutputParser parser = new TlcOutputParser();
    text.lines().forEach(parser::accept);
    return parser.finish();
  }

  /** The same output without its counterexample (distributed TLC prints a wrong one). */
  public TlcOutput withoutCounterexample() {
    return new TlcOutput(version, mode, verdict, violatedProperty, Optional.empty(), errors, warnings, statistics,
        sanyOutput, printed, skipped, finished);
  }

  /** The first error in TLC's words, with its location when it has one: what a report should show first. */
  public Optional<TlcError> firstError() {
    return errors.stream().findFirst();
  }
}
