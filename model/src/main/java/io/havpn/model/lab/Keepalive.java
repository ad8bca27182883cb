package io.havpn.model.lab;

/**
 * {@code crypto isakmp keepalive SECS [RETRY] [periodic|on-demand]} (RFC 3706 dead peer detection).
 *
 * @param interval seconds without inbound traffic before the peer is probed
 * @param retry seconds between unanswered probes (IOS default 2)
 * @param limit unanswered probes before the peer is declared dead (5 in the source document's log)
 */
public record Keepalive(int interval, int retry, int limit, Mode mode) {

  public enum Mode { ON_DEMAND, PERIODIC }

  public static final int DEFAULT_RETRY = 2;
  public static final int DEFAULT_LIMIT = 5;

  public Keepalive {
    if (interval < 1 || retry < 1 || limit < 1) {
      throw new IllegalArgumentException("keepalive interval, retry and limit must be positive");
    }
  }

  public static Keepalive onDemand(int interval) {
    return new Keepalive(interval, DEFAULT_RETRY, DEFAULT_LIMIT, Mode.ON_DEMAND);
  }

  /** Seconds from the last inbound packet until the peer is declared dead. */
  public int detectionTime() {
    return interval + retry * limit;
  }
}
