package io.havpn.bridge.tlc;

/**
 * A message the parser did not turn into a field of {@link TlcOutput}, kept so that nothing is dropped silently.
 *
 * @param reason why: {@code "informational"}, {@code "unknown code"}, or what failed when reading it
 */
public record SkippedMessage(TlcMessage message, String reason) {

  public static final String INFORMATIONAL = "informational";
  public static final String UNKNOWN_CODE = "unknown code";

  public int code() {
    return message.code();
  }
}
