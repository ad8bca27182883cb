package io.havpn.traces;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
  /** The time of the prefix the byte path last parsed (one array, not a record per line). */
  private final long[] millis = new long[1];

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
    line(number, raw, plainAscii, null, 0);
  }

  /**
   * One physical line of printable ASCII, {@code ascii[offset, offset + length)}, as the reader's byte path holds it.
   * The common shape, {@code [device]}, a timestamp and one message (every line {@code havpn simulate} prints), is
   * read from the bytes, and only the message becomes a string; any other line becomes a string whole and goes the
   * way of {@link #line(int, String, boolean)}, with the bytes for the test for a second message.
   * {@code LogReaderBytesTest} compares the two ways.
   */
  void line(int number, byte[] ascii, int offset, int length) {
    if (length > 2 && ascii[offset] == '[') {
      int close = closingBracket(ascii, offset, length);
      if (close > 1) {
        int prefixEnd = Timestamps.parse(ascii, offset, length, close + 2, millis);
        int scan = prefixEnd < 0 ? ANOTHER : scan(ascii, offset, length, prefixEnd + 1);
        if (scan != ANOTHER) {
          String device = deviceNames.of(ascii, offset + 1, offset + close);
          int start = prefixEnd;
          int end = length;
          while (start < end && ascii[offset + start] == ' ') { // as strip() does: ' ' is printable ASCII's white space
            start++;
          }
          while (end > start && ascii[offset + end - 1] == ' ') {
            end--;
          }
          flush();
          linePlain = true;
          begin(number, 0, device, asciiString(ascii, offset + start, end - start), millis[0],
              scan == ONE_WITH_HASH);
          return;
        }
      }
    }
    line(number, asciiString(ascii, offset, length), true, ascii, offset);
  }

  /** The first {@code "] "} of the line if it is before index 64 (where {@link #line} looks for a device), or -1. */
  private static int closingBracket(byte[] ascii, int offset, int length) {
    for (int i = 0, last = Math.min(length - 1, 64); i < last; i++) {
      if (ascii[offset + i] == ']' && ascii[offset + i + 1] == ' ') {
        return i < 64 ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Printable ASCII bytes as a string: the one String constructor that copies the bytes and nothing else (the
   * charset constructors go through the decoding machinery first).
   */
  @SuppressWarnings("deprecation")
  static String asciiString(byte[] ascii, int offset, int length) {
    return new String(ascii, 0, offset, length);
  }

  private void line(int number, String raw, boolean plainAscii, byte[] ascii, int offset) {
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
    int scan = ascii != null ? scan(ascii, offset, raw.length(), bodyStart + 1) : scan(raw, bodyStart + 1);
    if (scan != ANOTHER) { // one message, or one piece of text: most lines
      if (prefix != null || from > 0 || startsWithToken(raw, bodyStart)) {
        flush();
        begin(number, 0, device, raw, from, raw.length(), prefix, scan == ONE_WITH_HASH);
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
        begin(number, p, device, raw, start, end, Timestamps.parse(raw, start), true);
      } else {
        continuation(number, raw, start, end, device);
      }
    }
  }

  /** The end of the input. */
  public void end() {
    flush();
  }

  /**
   * @param prefix the sequence number and timestamp at {@code start}, or null
   * @param mayBePrompt false when the caller's {@link #scan} saw no {@code #} after the message's first character
   */
  private void begin(int number, int part, String device, String raw, int start, int end, Timestamps.Prefix prefix,
      boolean mayBePrompt) {
    if (prefix != null && prefix.end() > end) {
      prefix = null; // a timestamp cut by the next message is no timestamp
    }
    long millis = prefix == null ? LogLine.NO_TIME : prefix.millis();
    int body = prefix == null ? start : prefix.end();
    begin(number, part, device, stripped(raw, body, end), millis, mayBePrompt);
  }

  /** Starts the pending message: its text without prefixes and white space around it. */
  private void begin(int number, int part, String device, String text, long millis, boolean mayBePrompt) {
    Kind kind = Kind.LOG;
    if (mayBePrompt && text.indexOf('#') > 0) {
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
    return scan(raw, from) == ANOTHER;
  }

  /** {@link #scan}: no second message and no {@code #} after {@code from}. */
  static final int ONE = 0;
  /** {@link #scan}: no second message, but a {@code #} (a prompt may be there: {@link #begin} looks). */
  static final int ONE_WITH_HASH = 1;
  /** {@link #scan}: a second message may start after {@code from}. */
  static final int ANOTHER = 2;

  /** {@link #mayHoldAnotherMessage} as {@link #ANOTHER}, or whether a {@code #} is there. */
  static int scan(String raw, int from) {
    int n = raw.length();
    if (from >= n) {
      return ONE;
    }
    if (raw.indexOf('%', from) >= 0) {
      return ANOTHER;
    }
    for (int i = raw.indexOf('!', from); i >= 0; i = raw.indexOf('!', i + 1)) {
      if (raw.startsWith("!---", i)) {
        return ANOTHER;
      }
    }
    int hash = raw.indexOf('#', from);
    for (int i = hash; i >= 0; i = raw.indexOf('#', i + 1)) {
      if (i + 1 < n && raw.charAt(i + 1) == 's') {
        return ANOTHER;
      }
    }
    for (int i = raw.indexOf(':', from); i >= 0; i = raw.indexOf(':', i + 1)) {
      if (colonStartsToken(raw, from, i)) {
        return ANOTHER;
      }
    }
    for (int i = raw.indexOf('S', from); i >= 0; i = raw.indexOf('S', i + 1)) {
      if (sStartsToken(raw, from, i)) {
        return ANOTHER;
      }
    }
    return hash >= 0 ? ONE_WITH_HASH : ONE;
  }

  /**
   * The bytes that may belong to a token of another message: {@code % ! # :}, and {@code B}, {@code K} and {@code (}
   * for {@code SB}, {@code ISAKMP} and {@code IPSEC(} (rarer in debug output than their {@code S}); only these are
   * looked at closer.
   */
  private static final boolean[] MARK = new boolean[128];

  static {
    for (char c : "%!#:BK(".toCharArray()) {
      MARK[c] = true;
    }
  }

  /** Reads eight bytes of a byte array as one long, byte k in bits 8k to 8k+7. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH = 0x8080808080808080L;

  /**
   * {@link #scan} on a line's bytes as the reader read them, {@code ascii[offset, offset + n)}, all printable
   * ASCII. Eight bytes at a time: one word's marks are found with a few arithmetic operations, and only a marked byte
   * is looked at closer; five searches instead started over at every {@code :} and {@code S} (a line of debug output
   * has many).
   */
  static int scan(byte[] ascii, int offset, int n, int from) {
    int hash = ONE;
    int i = Math.max(from, 0);
    for (; i + 8 <= n; i += 8) {
      for (long m = marks((long) LONGS.get(ascii, offset + i)); m != 0; m &= m - 1) {
        int found = mark(ascii, offset, n, from, i + (Long.numberOfTrailingZeros(m) >>> 3));
        if (found == ANOTHER) {
          return ANOTHER;
        }
        hash |= found;
      }
    }
    if (i < n && n >= 8) { // the last bytes: the line's last eight as one word, the bytes already seen masked off
      int last = n - 8;
      for (long m = marks((long) LONGS.get(ascii, offset + last)) & (-1L << ((i - last) << 3)); m != 0; m &= m - 1) {
        int found = mark(ascii, offset, n, from, last + (Long.numberOfTrailingZeros(m) >>> 3));
        if (found == ANOTHER) {
          return ANOTHER;
        }
        hash |= found;
      }
      return hash;
    }
    for (; i < n; i++) {
      if (MARK[ascii[offset + i]]) {
        int found = mark(ascii, offset, n, from, i);
        if (found == ANOTHER) {
          return ANOTHER;
        }
        hash |= found;
      }
    }
    return hash;
  }

  /**
   * The high bit of each byte of w (printable ASCII) that is a {@link #MARK}, and of {@code " $ & '} besides: the
   * marks {@code ! # % (} lie in 0x21 to 0x28, and one range test (two additions) costs less than four tests for one
   * byte each; {@link #mark} looks at the four extra bytes and lets them go. A byte of {@code w ^ c} is zero where w
   * has c; below 0x80, adding 0x7F sets a byte's high bit unless it is zero, and carries into no other byte.
   */
  private static long marks(long w) {
    long punctuation = (w + 0x5F * ONES) & ~(w + 0x57 * ONES); // high bit where 0x21 <= byte, and not 0x29 <= byte
    return (punctuation | ~(zeroTest(w ^ (':' * ONES)) & zeroTest(w ^ ('B' * ONES)) & zeroTest(w ^ ('K' * ONES))))
        & HIGH;
  }

  /** High bit set in every byte of v that is not zero (every byte below 0x80). */
  private static long zeroTest(long v) {
    return (v + LOW7) | v;
  }

  /**
   * {@link #scan} of the one marked byte at i: ANOTHER, ONE_WITH_HASH for a lone {@code #}, or ONE. A token must
   * start at {@code from} or after: its first byte is checked against {@code from}, as the string scan does.
   */
  private static int mark(byte[] ascii, int offset, int n, int from, int i) {
    int j = offset + i;
    switch (ascii[j]) {
      case ':':
        if (i + 1 < n && ascii[j + 1] == ' '
            && ((i - 4 >= from && ascii[j - 4] == 'H' && ascii[j - 3] == 'S' && ascii[j - 2] == 'R'
                && ascii[j - 1] == 'P') || (i - 2 >= from && ascii[j - 2] == 'R' && ascii[j - 1] == 'T'))) {
          return ANOTHER; // HSRP: or RT:
        }
        return i >= 2 && i + 3 < n && digit(ascii[j - 1]) && digit(ascii[j + 1]) && digit(ascii[j + 2])
            && ascii[j + 3] == ':' ? ANOTHER : ONE; // a second timestamp: hh:mm:ss
      case 'B': // SB from i - 1
        return i - 1 >= from && ascii[j - 1] == 'S' ? ANOTHER : ONE;
      case 'K': // ISAKMP from i - 3
        return i - 3 >= from && i + 2 < n && ascii[j - 3] == 'I' && ascii[j - 2] == 'S' && ascii[j - 1] == 'A'
            && ascii[j + 1] == 'M' && ascii[j + 2] == 'P' ? ANOTHER : ONE;
      case '(': // IPSEC( from i - 5
        return i - 5 >= from && ascii[j - 5] == 'I' && ascii[j - 4] == 'P' && ascii[j - 3] == 'S'
            && ascii[j - 2] == 'E' && ascii[j - 1] == 'C' ? ANOTHER : ONE;
      case '%':
        return ANOTHER;
      case '!':
        return i + 3 < n && ascii[j + 1] == '-' && ascii[j + 2] == '-' && ascii[j + 3] == '-' ? ANOTHER : ONE;
      case '#':
        return i + 1 < n && ascii[j + 1] == 's' ? ANOTHER : ONE_WITH_HASH;
      default: // " $ & ', marked with the others of their range (see marks)
        return ONE;
    }
  }

  private static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** The {@code :} at i ends {@code HSRP: } or {@code RT: }, or is the first of a clock's ({@code hh:mm:ss}). */
  private static boolean colonStartsToken(String raw, int from, int i) {
    int n = raw.length();
    if (i + 1 < n && raw.charAt(i + 1) == ' '
        && ((i - 4 >= from && raw.startsWith("HSRP", i - 4)) || (i - 2 >= from && raw.startsWith("RT", i - 2)))) {
      return true; // HSRP: or RT:
    }
    return i >= 2 && i + 3 < n && Character.isDigit(raw.charAt(i - 1)) && Character.isDigit(raw.charAt(i + 1))
        && Character.isDigit(raw.charAt(i + 2)) && raw.charAt(i + 3) == ':'; // a second timestamp: hh:mm:ss
  }

  /** The {@code S} at i is part of {@code SB}, {@code ISAKMP} or {@code IPSEC(}. */
  private static boolean sStartsToken(String raw, int from, int i) {
    return (i + 1 < raw.length() && raw.charAt(i + 1) == 'B') || (i - 1 >= from && raw.startsWith("ISAKMP", i - 1))
        || (i - 2 >= from && raw.startsWith("IPSEC(", i - 2));
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
