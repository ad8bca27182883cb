package io.havpn.traces.replay;

/**
 * Bounds of the replay search.
 *
 * @param maxLosses unlogged packet losses (Hello, keepalive, ESP) one behaviour may assume
 * @param maxNodes search nodes kept at once; the search gives up (UNDECIDED) beyond
 * @param maxGapSteps model steps allowed between two matched entries
 * @param toleranceMillis how far a line's timestamp may be from the model second it is matched in
 * @param keepTrace keep the matched behaviour (its states), for {@code --trace}
 */
public record ReplayOptions(int maxLosses, int maxNodes, int maxGapSteps, long toleranceMillis, boolean keepTrace) {

  public static ReplayOptions defaults() {
    return new ReplayOptions(30, 400_000, 2_000, 1_000, true);
  }

  public ReplayOptions withKeepTrace(boolean keep) {
    return new ReplayOptions(maxLosses, maxNodes, maxGapSteps, toleranceMillis, keep);
  }

  public ReplayOptions withMaxNodes(int nodes) {
    return new ReplayOptions(maxLosses, nodes, maxGapSteps, toleranceMillis, keepTrace);
  }
}
