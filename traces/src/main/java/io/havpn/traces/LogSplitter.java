package io.havpn.traces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns physical lines into log messages, one per IOS message, whatever the copy and paste did to them:
 * <ul>
 *   <li>messages run together on one line (the English rendering of the source document) are split where the next
 *       message starts: a timestamp, {@code HSRP:}, {@code SB1:}, {@code %FAC-N-MNEMONIC:}, {@code ISAKMP},
 *       {@code IPSEC(}, {@code RT:}, a comment {@code !---} or a prompt {@code host#show ...};</li>
 *   <li>a message wrapped onto the next lines is joined back: a line that starts no message and is indented, or
 *       starts with a lower-case letter, a digit or a bracket, continues the message before it;</li>
 *   <li>a prompt starts a {@code show} block that takes every following line up to the next message, blank line or
 *       markdown fence;</li>
 *   <li>a {@code [device]} prefix (as {@code havpn simulate} prints) names the device of its line.</li>
 * </ul>
 * Any other line is text (prose, headings) and is reported as such, never dropped.
 */
public final class LogSplitter {

  /** What a message is, for the classifier. */
  public enum Kind { LOG, SHOW, TEXT, FENCE, BINARY }

  /** Receives the messages in order, and a break wherever a log's continuity ends (fence, prose, binary data). */
  public interface Sink {
    void message(LogLine line, Kind kind);

    /**
     * The same, telling whether every character of the message is printable ASCII (the reader knows it from its scan
     * of the line, and the parser's fast path then need not look again).
     */
    default void message(LogLine line, Kind kind, boolean plainAscii) {
      message(line, kind);
    }

    void logBreak();
  }

  /** Where a message can start inside a line (the lookbehind keeps it from starting inside a word). */
  private static final Pattern MESSAGE_START = Pattern.compile(
      "(?<![\\w%(#-])(?:HSRP: |SB\\d+: |%[A-Z][A-Z0-9_]*-\\d-[A-Z0-9_]+: ?|ISAKMP ?\\(|ISAKMP: ?|IPSEC\\(|!---|RT: "
          + "|[A-Za-z0-9][A-Za-z0-9_.-]*#(?:show|sh)\\b)");
  private static final Pattern TIMESTAMP_START = Pattern.compile(
      "(?<!\\S)(?:\\d{1,10}: )?[*.]?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\\d{1,2} (?:\\d{4} )?"
          + "\\d{2}:\\d{2}:\\d{2}");
  private static final Pattern PROMPT = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_.-]*)#(?:show|sh)\\b.*");
  /** The starts of a message inside a line, besides a timestamp (the splitter tests cheaply for them first). */
  static final String[] TOKENS = {"HSRP: ", "%", "ISAKMP", "IPSEC(", "!---", "RT: ", "#s", "SB"};

  private final String source;
  private final String fileDevice;
  private final Sink sink;
  private final CommonForms.Names deviceNames = new CommonForms.Names();

  /** The message being built: its first line's text, and a builder only once a wrapped line is joined to it. */
  private String pendingText;
  private StringBuilder pending;
  private Kind pendingKind;
  /** Every character of the current physical line, and of the pending message, is printable ASCII. */
  private boolean linePlain;
  private boolean pendingPlain;
  private int pendingLine;
  private int pendingPart;
  private String pendingDevice;
  private long pendingMillis;

  /** @param fileDevice the device every line of this input belongs to ({@code --device NAME=FILE}), or null */
  public LogSplitter(String source, String fileDevice, Sink sink) {
    this.source = source;
    this.fileDevice = fileDevice;
    this.sink = sink;
  }

  /** One physical line, without its line terminator. */
  public void line(int number, String raw) {
    line(number, raw, false);
  }

  /**
   * One physical line, without its line terminator.
   *
   * @param plainAscii the caller saw that every character is printable ASCII (no binary test needed)
   */
  public void line(int number, String raw, boolean plainAscii) {
    if (!plainAscii && isBinary(raw)) {
      flush();
      emit(number, 0, fileDevice, LogLine.NO_TIME, printable(raw), Kind.BINARY);
      sink.logBreak();
      return;
    }
    String stripped = raw.strip();
    if (stripped.isEmpty()) {
      flush();
      return;
    }
    if (stripped.startsWith("```")) {
      flush();
      emit(number, 0, fileDevice, LogLine.NO_TIME, stripped, Kind.FENCE);
      sink.logBreak();
      return;
    }
    String device = fileDevice;
    int from = 0;
    if (raw.startsWith("[")) { // [7204VXR-1] *Mar  1 ...: as havpn simulate prints
      int close = raw.indexOf("] ");
      if (close > 1 && close < 64) {
        device = deviceNames.of(raw, 1, close);
        from = close + 2;
      }
    }
    Timestamps.Prefix prefix = Timestamps.parse(raw, from);
    int bodyStart = prefix == null ? from : prefix.end();
    linePlain = plainAscii;
    if (!mayHoldAnotherMessage(raw, bodyStart + 1)) { // one message, or one piece of text: most lines
      if (prefix != null || from > 0 || startsWithToken(raw, bodyStart)) {
        flush();
        begin(number, 0, device, raw, from, raw.length(), prefix);
      } else {
        continuation(number, raw, from, raw.length(), device);
      }
      return;
    }
    List<int[]> pieces = pieces(raw, from);
    for (int p = 0; p < pieces.size(); p++) {
      int start = pieces.get(p)[0];
      int end = pieces.get(p)[1];
      boolean startsMessage = pieces.get(p)[2] == 1 || (p == 0 && from > 0);
      if (startsMessage) {
        flush();
        begin(number, p, device, raw, start, end, Timestamps.parse(raw, start));
      } else {
        continuation(number, raw, start, end, device);
      }
    }
  }

  /** The end of the input. */
  public void end() {
    flush();
  }

  /** @param prefix the sequence number and timestamp at {@code start}, or null */
  private void begin(int number, int part, String device, String raw, int start, int end, Timestamps.Prefix prefix) {
    if (prefix != null && prefix.end() > end) {
      prefix = null; // a timestamp cut by the next message is no timestamp
    }
    long millis = prefix == null ? LogLine.NO_TIME : prefix.millis();
    int body = prefix == null ? start : prefix.end();
    String text = stripped(raw, body, end);
    Kind kind = Kind.LOG;
    if (text.indexOf('#') > 0) {
      Matcher prompt = PROMPT.matcher(text);
      if (prompt.matches()) {
        kind = Kind.SHOW;
        device = prompt.group(1); // the prompt names the device whose output follows
      }
    }
    pendingText = text;
    pending = null;
    pendingKind = kind;
    pendingPlain = linePlain;
    pendingLine = number;
    pendingPart = part;
    pendingDevice = device;
    pendingMillis = millis;
  }

  private void continuation(int number, String raw, int start, int end, String device) {
    String text = raw.substring(start, end).strip();
    if (text.isEmpty()) {
      return;
    }
    boolean indented = start == 0 && Character.isWhitespace(raw.charAt(0));
    char first = text.charAt(0);
    boolean wrapped = indented || Character.isLowerCase(first) || Character.isDigit(first) || first == '('
        || first == '[' || first == '"';
    if (pendingText != null && (pendingKind == Kind.SHOW || (pendingKind == Kind.LOG && wrapped))) {
      if (pending == null) {
        pending = new StringBuilder(pendingText.length() + text.length() + 1).append(pendingText);
      }
      pending.append(' ').append(text);
      pendingPlain &= linePlain;
      return;
    }
    flush();
    emit(number, 0, device, LogLine.NO_TIME, text, Kind.TEXT);
    sink.logBreak();
  }

  private void flush() {
    if (pendingText != null) {
      String text = pending == null ? pendingText : pending.toString();
      sink.message(new LogLine(source, pendingLine, pendingPart, pendingDevice, pendingMillis, text), pendingKind,
          pendingPlain);
      pendingText = null;
      pending = null;
    }
  }

  /** raw[start, end) without leading and trailing white space, as {@code substring(...).strip()} gives it. */
  private static String stripped(String raw, int start, int end) {
    while (start < end && Character.isWhitespace(raw.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
  }

  private void emit(int number, int part, String device, long millis, String text, Kind kind) {
    sink.message(new LogLine(source, number, part, device, millis, text), kind);
  }

  /**
   * The pieces of a line from {@code from}: {start, end, startsMessage}. Most lines hold one message and take the fast
   * path; only a line with a second message token in it is scanned with the patterns.
   */
  static List<int[]> pieces(String raw, int from) {
    List<int[]> pieces = new ArrayList<>(1);
    int bodyStart = from;
    Timestamps.Prefix prefix = Timestamps.parse(raw, from);
    if (prefix != null) {
      bodyStart = prefix.end();
    }
    boolean firstIsMessage = prefix != null || startsWithToken(raw, bodyStart);
    if (!mayHoldAnotherMessage(raw, bodyStart + 1)) {
      pieces.add(new int[] {from, raw.length(), firstIsMessage ? 1 : 0});
      return pieces;
    }
    List<Integer> starts = new ArrayList<>();
    Matcher ts = TIMESTAMP_START.matcher(raw);
    ts.region(bodyStart, raw.length());
    while (ts.find()) {
      starts.add(ts.start());
    }
    Matcher m = MESSAGE_START.matcher(raw);
    m.region(bodyStart, raw.length());
    while (m.find()) {
      if (m.start() == bodyStart) {
        continue;
      }
      int s = m.start();
      // a token right after a timestamp belongs to that timestamp's message
      boolean afterTimestamp = false;
      for (int t : starts) {
        if (t < s) {
          Timestamps.Prefix p = Timestamps.parse(raw, t);
          if (p != null && p.end() == s) {
            afterTimestamp = true;
          }
        }
      }
      if (!afterTimestamp) {
        starts.add(s);
      }
    }
    starts.sort(Integer::compare);
    int current = from;
    boolean currentIsMessage = firstIsMessage;
    for (int s : starts) {
      if (s <= current) {
        continue;
      }
      if (!raw.substring(current, s).isBlank()) {
        pieces.add(new int[] {current, s, currentIsMessage ? 1 : 0});
      }
      current = s;
      currentIsMessage = true;
    }
    pieces.add(new int[] {current, raw.length(), currentIsMessage ? 1 : 0});
    return pieces;
  }

  private static boolean startsWithToken(String raw, int i) {
    if (raw.startsWith("HSRP: ", i) || raw.startsWith("%", i) || raw.startsWith("ISAKMP", i)
        || raw.startsWith("IPSEC(", i) || raw.startsWith("RT: ", i) || raw.startsWith("!---", i)) {
      return true;
    }
    Matcher m = MESSAGE_START.matcher(raw);
    m.region(i, raw.length());
    return m.lookingAt();
  }

  /**
   * Cheap test: could a second message start after {@code from}? True when one of {@link #TOKENS} or a clock
   * ({@code d:dd:}) starts there. Five searches for one character ({@code String.indexOf(char)} is vectorised) find
   * them all: every token has a {@code %}, {@code !}, {@code #}, {@code :} or {@code S} at a known place.
   */
  static boolean mayHoldAnotherMessage(String raw, int from) {
    int n = raw.length();
    if (from >= n) {
      return false;
    }
    if (raw.indexOf('%', from) >= 0) {
      return true;
    }
    for (int i = raw.indexOf('!', from); i >= 0; i = raw.indexOf('!', i + 1)) {
      if (raw.startsWith("!---", i)) {
        return true;
      }
    }
    for (int i = raw.indexOf('#', from); i >= 0; i = raw.indexOf('#', i + 1)) {
      if (i + 1 < n && raw.charAt(i + 1) == 's') {
        return true;
      }
    }
    for (int i = raw.indexOf(':', from); i >= 0; i = raw.indexOf(':', i + 1)) {
      if (i + 1 < n && raw.charAt(i + 1) == ' '
          && ((i - 4 >= from && raw.startsWith("HSRP", i - 4)) || (i - 2 >= from && raw.startsWith("RT", i - 2)))) {
        return true; // HSRP: or RT:
      }
      if (i >= 2 && i + 3 < n && Character.isDigit(raw.charAt(i - 1)) && Character.isDigit(raw.charAt(i + 1))
          && Character.isDigit(raw.charAt(i + 2)) && raw.charAt(i + 3) == ':') {
        return true; // a second timestamp: hh:mm:ss
      }
    }
    for (int i = raw.indexOf('S', from); i >= 0; i = raw.indexOf('S', i + 1)) {
      if ((i + 1 < n && raw.charAt(i + 1) == 'B') || (i - 1 >= from && raw.startsWith("ISAKMP", i - 1))
          || (i - 2 >= from && raw.startsWith("IPSEC(", i - 2))) {
        return true; // SB, ISAKMP or IPSEC(
      }
    }
    return false;
  }

  /** NUL or other control characters (tab aside), or many undecodable bytes: not text. */
  static boolean isBinary(String raw) {
    int odd = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((c < 32 && c != '\t' && c != '\f') || c == '\uFFFD') {
        odd++;
      }
    }
    return odd > 0 && odd * 20 >= raw.length() || odd > 8;
  }

  private static String printable(String raw) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < raw.length() && b.length() < 60; i++) {
      char c = raw.charAt(i);
      b.append(c >= 32 && c < 127 ? c : '.');
    }
    return b.toString();
  }
}
