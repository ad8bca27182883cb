package io.havpn.cli.verify;

import java.time.Duration;

/**
 * The budgets of the stages, chosen so that {@code havpn verify} on the built-in lab stays within a minute on two
 * cores (see the README).
 *
 * @param tlcWorkers TLC's worker threads
 * @param tlcTimeLimit the wall-clock limit of each TLC run
 * @param tlcSafetyOnly TLC checks the safety properties only (the eventual ones need the liveness check)
 * @param sequences property-test sequences
 * @param length actions per property-test sequence
 */
public record VerifyOptions(int tlcWorkers, Duration tlcTimeLimit, boolean tlcSafetyOnly, int sequences,
    int length) {}
