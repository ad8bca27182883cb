package io.havpn.bridge.tlc;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** TLC 2.18's exit codes ({@code tlc2.output.EC.ExitStatus}) and the verdicts each may come with. */
public enum TlcExitCode {
  SUCCESS(0, "no error", Verdict.NO_ERROR, Verdict.SIMULATION_NO_ERROR),
  VIOLATION_ASSUMPTION(10, "assumption violated", Verdict.ASSUMPTION_FALSE, Verdict.EVALUATION_ERROR),
  VIOLATION_DEADLOCK(11, "deadlock", Verdict.DEADLOCK),
  VIOLATION_SAFETY(12, "safety violation", Verdict.INVARIANT_VIOLATED, Verdict.ACTION_PROPERTY_VIOLATED),
  VIOLATION_LIVENESS(13, "liveness violation", Verdict.TEMPORAL_PROPERTY_VIOLATED, Verdict.ACTION_PROPERTY_VIOLATED),
  VIOLATION_ASSERT(14, "assertion failed", Verdict.ASSERTION_FAILED),
  FAILURE_SPEC_EVAL(75, "evaluation error", Verdict.EVALUATION_ERROR, Verdict.TLC_ERROR),
  FAILURE_SAFETY_EVAL(76, "evaluation error in a safety property", Verdict.EVALUATION_ERROR, Verdict.TLC_ERROR),
  FAILURE_LIVENESS_EVAL(77, "evaluation error in a liveness property", Verdict.EVALUATION_ERROR, Verdict.TLC_ERROR),
  ERROR_SPEC_PARSE(150, "spec parse or semantic error", Verdict.PARSE_ERROR),
  ERROR_CONFIG_PARSE(151, "cfg error", Verdict.CONFIG_ERROR),
  ERROR_STATESPACE_TOO_LARGE(152, "state space too large", Verdict.SYSTEM_ERROR, Verdict.TLC_ERROR),
  ERROR_SYSTEM(153, "system error", Verdict.SYSTEM_ERROR, Verdict.TLC_ERROR),
  /** TLC also exits 255 for cfg syntax errors (a 1000 wrapping a 5xxx message). */
  ERROR(255, "other error", Verdict.TLC_ERROR, Verdict.CONFIG_ERROR, Verdict.SYSTEM_ERROR, Verdict.EVALUATION_ERROR);

  private final int code;
  private final String meaning;
  private final Set<Verdict> verdicts;

  TlcExitCode(int code, String meaning, Verdict... verdicts) {
    this.code = code;
    this.meaning = meaning;
    this.verdicts = Set.of(verdicts);
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  public boolean agreesWith(Verdict verdict) {
    return verdicts.contains(verdict);
  }

  public static Optional<TlcExitCode> of(int code) {
    return Arrays.stream(values()).filter(e -> e.code == code).findFirst();
  }

  /** {@code 12 (safety violation)}, or {@code 137 (not a TLC exit code)}. */
  public static String describe(int code) {
    return code + " (" + of(code).map(TlcExitCode::meaning).orElse("not a TLC exit code") + ")";
  }
}
