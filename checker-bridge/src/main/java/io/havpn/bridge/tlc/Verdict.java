package io.havpn.bridge.tlc;

/** What TLC concluded, read from its messages (the exit code is checked against it, see {@link TlcExitCode}). */
public enum Verdict {
  /** 2193: the whole state space was checked and no error was found. */
  NO_ERROR,
  /** A simulation ({@code -simulate}) ran to its end without finding an error; not a proof. */
  SIMULATION_NO_ERROR,
  /** 2110, or 2107 in an initial state. */
  INVARIANT_VIOLATED,
  /** 2112. */
  ACTION_PROPERTY_VIOLATED,
  /** 2116 (lasso or stuttering), or 2108 in an initial state. */
  TEMPORAL_PROPERTY_VIOLATED,
  /** 2114. */
  DEADLOCK,
  /** 2132: {@code Assert(FALSE, ...)}. */
  ASSERTION_FAILED,
  /** 2104: an {@code ASSUME} is false. */
  ASSUMPTION_FALSE,
  /** 2103 and friends: TLC could not evaluate an expression. */
  EVALUATION_ERROR,
  /** 1000 that no later message explained. */
  TLC_ERROR,
  /** 3002 after SANY's syntax or semantic errors. */
  PARSE_ERROR,
  /** An error in the cfg file. */
  CONFIG_ERROR,
  /** Out of memory, stack overflow. */
  SYSTEM_ERROR,
  /** No message gave a verdict: the run was cut short, or (distributed TLC) the verdict was not printed. */
  NO_VERDICT;

  public boolean isViolation() {
    return switch (this) {
      case INVARIANT_VIOLATED, ACTION_PROPERTY_VIOLATED, TEMPORAL_PROPERTY_VIOLATED, DEADLOCK, ASSERTION_FAILED,
          ASSUMPTION_FALSE -> true;
      default -> false;
    };
  }

  public boolean isSuccess() {
    return this == NO_ERROR || this == SIMULATION_NO_ERROR;
  }
}
