package io.havpn.cli.verify;

import java.util.Optional;

/**
 * One step of {@code havpn verify}: a technique run on the lab, or a cross-check of what earlier stages found. A new
 * technique plugs in as one class implementing this interface, added to {@link VerifyCommand#stages}.
 */
public interface Stage {

  /** Short id, for the terminal and the machine outputs: {@code tlc}. */
  String id();

  /** What it does, for a person: {@code TLC model check (ci size)}. */
  String title();

  /** The matrix column its verdicts fill, or empty for a stage that only cross-checks evidence. */
  Optional<Technique> technique();

  /**
   * True for a stage that runs in a process of its own (TLC) and so may run beside the stages after it, on the other
   * core; the stages listed by {@link #needs()} wait for it.
   */
  default boolean runsAlongside() {
    return false;
  }

  /** The ids of the stages whose findings this one reads (counterexample replay needs TLC's traces). */
  default java.util.List<String> needs() {
    return java.util.List.of();
  }

  /**
   * Runs the stage. A stage reports its own failures (a tool that crashed, a time-out) as a result with status
   * {@link StageResult.Status#FAILED}; it throws only for a bug.
   *
   * @param run the lab, the options and what earlier stages found
   * @param progress where it reports how far it is
   */
  StageResult run(VerifyRun run, StageProgress progress);
}
