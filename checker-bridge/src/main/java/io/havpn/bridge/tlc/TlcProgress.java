package io.havpn.bridge.tlc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A progress report (2200, or 2209 in simulation): {@code Progress(4) at ...: 8 states generated (898 s/min), 6
 * distinct states found (674 ds/min), 0 states left on queue.} TLC prints -1 for what it does not count (simulation).
 */
public record TlcProgress(int depth, long statesGenerated, long distinctStates, long statesLeftOnQueue) {

  private static final Pattern PROGRESS = Pattern.compile("Progress\\((-?\\d+)\\) at .*?: ([-\\d,]+) states generated"
      + ".*?, ([-\\d,]+) distinct states found.*?, ([-\\d,]+) states left on queue", Pattern.DOTALL);

  static Optional<TlcProgress> from(TlcMessage message) {
    if (message.code() != MessageCode.PROGRESS_STATS && message.code() != MessageCode.PROGRESS_SIMU) {
      return Optional.empty();
    }
    Matcher m = PROGRESS.matcher(message.body());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new TlcProgress(Integer.parseInt(m.group(1)), count(m.group(2)), count(m.group(3)),
        count(m.group(4))));
  }

  /** TLC groups digits with commas in progress lines and not in the final statistics. */
  static long count(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
