package io.havpn.bridge.tlc;

/**
 * How TLC said it runs (2187, 2188, 2271): {@code Running breadth-first search Model-Checking with fp 56 and seed
 * 9055650387383888889 with 1 worker on 2 cores ...}. The seed is what reproduces a simulation.
 */
public record TlcMode(Kind kind, long seed, int workers) {

  public enum Kind {
    BREADTH_FIRST,
    DEPTH_FIRST,
    SIMULATION
  }
}
