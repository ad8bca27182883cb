package io.havpn.traces;

/**
 * One log message after re-splitting and re-joining: where it came from, the device, the time and the text.
 *
 * @param source the file (or other input) name
 * @param line the 1-based physical line the message starts on
 * @param part the message's index among those run together on that physical line (0 for the first)
 * @param device the device that logged it, or null when nothing names it
 * @param millis the timestamp in milliseconds (from an arbitrary origin), or {@link #NO_TIME}
 * @param text the message without its timestamp, sequence number and device prefix
 */
public record LogLine(String source, int line, int part, String device, long millis, String text) {

  public static final long NO_TIME = Long.MIN_VALUE;

  public boolean timed() {
    return millis != NO_TIME;
  }

  /** {@code file:12}, or {@code file:12 (message 3 on the line)} for run-together text. */
  public String where() {
    return source + ":" + line + (part == 0 ? "" : " (message " + (part + 1) + " on the line)");
  }
}
