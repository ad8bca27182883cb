package io.havpn.bridge.tlc;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The numbers of a run. Counts are -1 when TLC did not report them, as TLC itself does in simulation.
 *
 * @param initialStates distinct initial states (2190)
 * @param statesGenerated from the final statistics (2199), else the last progress report
 * @param depth the depth of the state graph search (2194)
 * @param elapsed TLC's own "Finished in" time (2186)
 * @param fingerprintCollisionProbability TLC's optimistic estimate after a successful run (2193)
 */
public record TlcStatistics(long initialStates, long statesGenerated, long distinctStates, long statesLeftOnQueue,
    int depth, Optional<Duration> elapsed, OptionalDouble fingerprintCollisionProbability) {

  public static final TlcStatistics NONE =
      new TlcStatistics(-1, -1, -1, -1, -1, Optional.empty(), OptionalDouble.empty());

  TlcStatistics withInitialStates(long count) {
    return new TlcStatistics(count, statesGenerated, distinctStates, statesLeftOnQueue, depth, elapsed,
        fingerprintCollisionProbability);
  }

  TlcStatistics withCounts(long generated, long distinct, long left) {
    return new TlcStatistics(initialStates, generated, distinct, left, depth, elapsed,
        fingerprintCollisionProbability);
  }

  TlcStatistics withDepth(int searchDepth) {
    return new TlcStatistics(initialStates, statesGenerated, distinctStates, statesLeftOnQueue, searchDepth, elapsed,
        fingerprintCollisionProbability);
  }

  TlcStatistics withElapsed(Duration time) {
    return new TlcStatistics(initialStates, statesGenerated, distinctStates, statesLeftOnQueue, depth,
        Optional.of(time), fingerprintCollisionProbability);
  }

  TlcStatistics withCollisionProbability(double probability) {
    return new TlcStatistics(initialStates, statesGenerated, distinctStates, statesLeftOnQueue, depth, elapsed,
        OptionalDouble.of(probability));
  }
}
