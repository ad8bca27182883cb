package io.havpn.cli;

/** The exit codes of every havpn command (documented in the README). */
public final class ExitCode {
  /** Every property holds. */
  public static final int OK = 0;
  /** At least one property is violated. */
  public static final int VIOLATED = 1;
  /** Bad input (file, line and what was expected are printed) or a bad command line. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {}
}
