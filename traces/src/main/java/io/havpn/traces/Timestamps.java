package io.havpn.traces;

/**
 * The prefixes IOS puts before a message: an optional sequence number ({@code service sequence-numbers}:
 * {@code 000123: }) and an optional timestamp, either {@code service timestamps ... datetime} ({@code *Mar  1
 * 00:12:01.123:}, with an optional year, milliseconds and time zone; {@code *} or {@code .} mark an unsynchronised
 * clock) or {@code ... uptime} ({@code 00:12:01:}, {@code 1d02h:}, {@code 2w3d:}). Hand-written: it runs on every line.
 */
public final class Timestamps {

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};
  private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

  private Timestamps() {}

  /** Where a prefix ends and the time it gives. */
  public record Prefix(int end, long millis) {}

  /**
   * Parses the sequence number and timestamp at {@code from}; returns null when there is neither. Uptime forms coarser
   * than seconds ({@code 1d02h}) are recognised but give no time: their resolution is an hour.
   */
  public static Prefix parse(String s, int from) {
    int i = from;
    int afterSequence = digitsThenColonSpace(s, i);
    if (afterSequence > 0) {
      i = afterSequence;
    }
    Prefix stamp = datetime(s, i);
    if (stamp == null) {
      stamp = uptime(s, i);
    }
    if (stamp != null) {
      return stamp;
    }
    return afterSequence > 0 ? new Prefix(afterSequence, LogLine.NO_TIME) : null;
  }

  /** {@code 000123: } -> the index after it, or -1. */
  private static int digitsThenColonSpace(String s, int i) {
    int j = i;
    while (j < s.length() && j - i < 12 && isDigit(s.charAt(j))) {
      j++;
    }
    if (j == i || j + 1 >= s.length() || s.charAt(j) != ':' || s.charAt(j + 1) != ' ') {
      return -1;
    }
    return j + 2;
  }

  private static Prefix datetime(String s, int i) {
    int n = s.length();
    if (i < n && (s.charAt(i) == '*' || s.charAt(i) == '.')) {
      i++;
    }
    if (i + 3 > n) {
      return null;
    }
    int month = month(s, i);
    if (month < 0) {
      return null;
    }
    i += 3;
    if (i >= n || s.charAt(i) != ' ') {
      return null;
    }
    while (i < n && s.charAt(i) == ' ') {
      i++;
    }
    int day = 0;
    int start = i;
    while (i < n && isDigit(s.charAt(i)) && i - start < 2) {
      day = day * 10 + (s.charAt(i++) - '0');
    }
    if (i == start || i >= n || s.charAt(i) != ' ') {
      return null;
    }
    i++;
    long years = 0;
    if (i + 4 < n && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
        && isDigit(s.charAt(i + 3)) && s.charAt(i + 4) == ' ') {
      years = Integer.parseInt(s, i, i + 4, 10);
      i += 5;
    }
    long clock = clock(s, i);
    if (clock < 0) {
      return null;
    }
    i = (int) (clock >>> 40);
    long millis = clock & ((1L << 40) - 1);
    if (i + 1 < n && s.charAt(i) == ' ' && Character.isLetter(s.charAt(i + 1))) { // time zone: UTC, CET, ...
      int z = i + 1;
      while (z < n && Character.isLetter(s.charAt(z)) && z - i <= 5) {
        z++;
      }
      if (z < n && s.charAt(z) == ':') {
        i = z;
      }
    }
    if (i >= n || s.charAt(i) != ':') {
      return null;
    }
    i++;
    if (i < n && s.charAt(i) == ' ') {
      i++;
    }
    long days = years * 366 + DAYS_BEFORE[month] + day - 1;
    return new Prefix(i, days * 86_400_000L + millis);
  }

  /** The month (0 to 11) whose abbreviation starts at i, or -1; by its first letter, as this runs on every line. */
  private static int month(String s, int i) {
    int first;
    int last;
    switch (s.charAt(i)) {
      case 'J': // Jan, Jun, Jul
        first = 0;
        last = 6;
        break;
      case 'F':
        first = 1;
        last = 1;
        break;
      case 'M': // Mar, May
        first = 2;
        last = 4;
        break;
      case 'A': // Apr, Aug
        first = 3;
        last = 7;
        break;
      case 'S':
        first = 8;
        last = 8;
        break;
      case 'O':
        first = 9;
        last = 9;
        break;
      case 'N':
        first = 10;
        last = 10;
        break;
      case 'D':
        first = 11;
        last = 11;
        break;
      default:
        return -1;
    }
    for (int m = first; m <= last; m++) {
      if (s.startsWith(MONTHS[m], i)) {
        return m;
      }
    }
    return -1;
  }

  /** {@code hh:mm:ss[.fff]} at i: (end index << 40) | milliseconds of the day, or -1. */
  private static long clock(String s, int i) {
    int n = s.length();
    if (i + 8 > n || !isDigit(s.charAt(i)) || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
      return -1;
    }
    int hh = twoDigits(s, i);
    int mm = twoDigits(s, i + 3);
    int ss = twoDigits(s, i + 6);
    if (hh < 0 || mm < 0 || ss < 0) {
      return -1;
    }
    i += 8;
    int ms = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int digits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        if (digits < 3) {
          ms = ms * 10 + (s.charAt(i) - '0');
        }
        digits++;
        i++;
      }
      for (int d = digits; d < 3; d++) {
        ms *= 10;
      }
    }
    long millis = ((hh * 60L + mm) * 60 + ss) * 1000 + ms;
    return ((long) i << 40) | millis;
  }

  private static Prefix uptime(String s, int i) {
    int n = s.length();
    long clock = clock(s, i);
    if (clock >= 0) {
      int end = (int) (clock >>> 40);
      if (end + 1 < n && s.charAt(end) == ':' && s.charAt(end + 1) == ' ') {
        return new Prefix(end + 2, clock & ((1L << 40) - 1));
      }
      return null;
    }
    // 1d02h: / 2w3d: -- hour or day resolution, no usable time
    int j = i;
    int units = 0;
    while (j < n && units < 2) {
      int digits = j;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      if (j == digits || j >= n || "wdh".indexOf(s.charAt(j)) < 0) {
        return null;
      }
      j++;
      units++;
    }
    if (units == 2 && j + 1 < n && s.charAt(j) == ':' && s.charAt(j + 1) == ' ') {
      return new Prefix(j + 2, LogLine.NO_TIME);
    }
    return null;
  }

  private static int twoDigits(String s, int i) {
    char a = s.charAt(i);
    char b = s.charAt(i + 1);
    return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---- the same on a line's bytes (printable ASCII, as the reader's byte path holds them) ----

  /**
   * {@link #parse(String, int)} on {@code line[offset, offset + n)}, printable ASCII: the reader's byte path parses the
   * prefix before it makes a string of the message alone. Every step mirrors the string version ({@code
   * TimestampsTest} compares them); positions are relative to {@code offset}. Without a {@link Prefix} per line: the
   * end of the prefix, or -1 when there is none, and its time in {@code millis[0]}.
   */
  static int parse(byte[] line, int offset, int n, int from, long[] millis) {
    int i = from;
    int afterSequence = digitsThenColonSpace(line, offset, n, i);
    if (afterSequence > 0) {
      i = afterSequence;
    }
    int end = datetime(line, offset, n, i, millis);
    if (end < 0) {
      end = uptime(line, offset, n, i, millis);
    }
    if (end >= 0) {
      return end;
    }
    millis[0] = LogLine.NO_TIME;
    return afterSequence > 0 ? afterSequence : -1;
  }

  private static int digitsThenColonSpace(byte[] a, int o, int n, int i) {
    int j = i;
    while (j < n && j - i < 12 && isDigit(a[o + j])) {
      j++;
    }
    if (j == i || j + 1 >= n || a[o + j] != ':' || a[o + j + 1] != ' ') {
      return -1;
    }
    return j + 2;
  }

  private static int datetime(byte[] a, int o, int n, int i, long[] time) {
    if (i < n && (a[o + i] == '*' || a[o + i] == '.')) {
      i++;
    }
    if (i + 3 > n) {
      return -1;
    }
    int month = month(a, o + i);
    if (month < 0) {
      return -1;
    }
    i += 3;
    if (i >= n || a[o + i] != ' ') {
      return -1;
    }
    while (i < n && a[o + i] == ' ') {
      i++;
    }
    int day = 0;
    int start = i;
    while (i < n && isDigit(a[o + i]) && i - start < 2) {
      day = day * 10 + (a[o + i++] - '0');
    }
    if (i == start || i >= n || a[o + i] != ' ') {
      return -1;
    }
    i++;
    long years = 0;
    if (i + 4 < n && isDigit(a[o + i]) && isDigit(a[o + i + 1]) && isDigit(a[o + i + 2]) && isDigit(a[o + i + 3])
        && a[o + i + 4] == ' ') {
      years = ((a[o + i] - '0') * 10 + (a[o + i + 1] - '0')) * 100 + (a[o + i + 2] - '0') * 10 + (a[o + i + 3] - '0');
      i += 5;
    }
    long clock = clock(a, o, n, i);
    if (clock < 0) {
      return -1;
    }
    i = (int) (clock >>> 40);
    long millis = clock & ((1L << 40) - 1);
    if (i + 1 < n && a[o + i] == ' ' && isLetter(a[o + i + 1])) { // time zone: UTC, CET, ...
      int z = i + 1;
      while (z < n && isLetter(a[o + z]) && z - i <= 5) {
        z++;
      }
      if (z < n && a[o + z] == ':') {
        i = z;
      }
    }
    if (i >= n || a[o + i] != ':') {
      return -1;
    }
    i++;
    if (i < n && a[o + i] == ' ') {
      i++;
    }
    long days = years * 366 + DAYS_BEFORE[month] + day - 1;
    time[0] = days * 86_400_000L + millis;
    return i;
  }

  /** The month whose abbreviation is at a[k, k + 3), or -1. */
  private static int month(byte[] a, int k) {
    for (int m = 0; m < MONTHS.length; m++) {
      String name = MONTHS[m];
      if (a[k] == name.charAt(0) && a[k + 1] == name.charAt(1) && a[k + 2] == name.charAt(2)) {
        return m;
      }
    }
    return -1;
  }

  private static long clock(byte[] a, int o, int n, int i) {
    if (i + 8 > n || !isDigit(a[o + i]) || a[o + i + 2] != ':' || a[o + i + 5] != ':') {
      return -1;
    }
    int hh = twoDigits(a, o + i);
    int mm = twoDigits(a, o + i + 3);
    int ss = twoDigits(a, o + i + 6);
    if (hh < 0 || mm < 0 || ss < 0) {
      return -1;
    }
    i += 8;
    int ms = 0;
    if (i + 4 < n && a[o + i] == '.' && isDigit(a[o + i + 1]) && isDigit(a[o + i + 2]) && isDigit(a[o + i + 3])
        && !isDigit(a[o + i + 4])) { // .mmm, the form IOS prints: three digits at once
      ms = (a[o + i + 1] - '0') * 100 + (a[o + i + 2] - '0') * 10 + (a[o + i + 3] - '0');
      i += 4;
    } else if (i < n && a[o + i] == '.') {
      i++;
      int digits = 0;
      while (i < n && isDigit(a[o + i])) {
        if (digits < 3) {
          ms = ms * 10 + (a[o + i] - '0');
        }
        digits++;
        i++;
      }
      for (int d = digits; d < 3; d++) {
        ms *= 10;
      }
    }
    long millis = ((hh * 60L + mm) * 60 + ss) * 1000 + ms;
    return ((long) i << 40) | millis;
  }

  private static int uptime(byte[] a, int o, int n, int i, long[] time) {
    long clock = clock(a, o, n, i);
    if (clock >= 0) {
      int end = (int) (clock >>> 40);
      if (end + 1 < n && a[o + end] == ':' && a[o + end + 1] == ' ') {
        time[0] = clock & ((1L << 40) - 1);
        return end + 2;
      }
      return -1;
    }
    // 1d02h: / 2w3d: -- hour or day resolution, no usable time
    int j = i;
    int units = 0;
    while (j < n && units < 2) {
      int digits = j;
      while (j < n && isDigit(a[o + j])) {
        j++;
      }
      if (j == digits || j >= n || (a[o + j] != 'w' && a[o + j] != 'd' && a[o + j] != 'h')) {
        return -1;
      }
      j++;
      units++;
    }
    if (units == 2 && j + 1 < n && a[o + j] == ':' && a[o + j + 1] == ' ') {
      time[0] = LogLine.NO_TIME;
      return j + 2;
    }
    return -1;
  }

  private static int twoDigits(byte[] a, int k) {
    byte x = a[k];
    byte y = a[k + 1];
    return isDigit(x) && isDigit(y) ? (x - '0') * 10 + (y - '0') : -1;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** {@code Character.isLetter} on printable ASCII. */
  private static boolean isLetter(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }
}
