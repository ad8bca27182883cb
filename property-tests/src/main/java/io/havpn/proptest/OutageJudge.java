package io.havpn.proptest;

import io.havpn.model.Property;

/**
 * The end of the quiescent suffix: TunnelRestored must hold, and no outage may have lasted longer than the failover
 * bound once the bound began (what came before was the faults' doing, not the failover's).
 */
final class OutageJudge {

  private final int boundFrom;
  private final int bound;
  private int longest;
  private int longestFrom = -1;

  OutageJudge(int boundFrom, int bound) {
    this.boundFrom = boundFrom;
    this.bound = bound;
  }

  /** TunnelRestored did not hold from {@code start} to {@code end} (whole seconds). */
  void outage(int start, int end) {
    int from = Math.max(start, boundFrom);
    if (end - from > longest) {
      longest = end - from;
      longestFrom = from;
    }
  }

  /** The check that fails at second {@code now}, with {@code restored} the tunnel then, or null when both hold. */
  String violated(boolean restored) {
    if (!restored) {
      return Property.TUNNEL_RESTORED.id();
    }
    return longest > bound ? Property.FAILOVER_BOUND.id() : null;
  }

  String detail() {
    return "TunnelRestored did not hold for " + longest + " s from " + longestFrom + " s (bound " + bound
        + " s, counted from " + boundFrom + " s)";
  }

  /** The second the longest outage overran the bound. */
  int overranAt() {
    return longestFrom + bound;
  }
}
