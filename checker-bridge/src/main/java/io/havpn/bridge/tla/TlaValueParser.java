package io.havpn.bridge.tla;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one TLA+ value as TLC prints it: integers, {@code TRUE}/{@code FALSE}, strings with escapes, model values,
 * sets, intervals {@code 1..3}, sequences, records and {@code (k :> v @@ ...)} functions, across line breaks (TLC wraps
 * long values). Recursive descent over the characters, so an error can name its line and column.
 */
final class TlaValueParser {

  /** Intervals are enumerated; beyond this a printed state is not something to compare element by element. */
  private static final int MAX_INTERVAL = 1_000_000;

  private final String text;
  private int pos;

  private TlaValueParser(String text) {
    this.text = text;
  }

  static TlaValue parse(String text) {
    TlaValueParser parser = new TlaValueParser(text);
    TlaValue value = parser.value();
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw parser.error("expected the end of the value");
    }
    return value;
  }

  private TlaValue value() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("expected a value");
    }
    char c = text.charAt(pos);
    if (lookingAt("<<")) {
      pos += 2;
      return new TlaSeq(valuesUntil(">>"));
    }
    if (c == '{') {
      pos++;
      return new TlaSet(valuesUntil("}"));
    }
    if (c == '[') {
      pos++;
      return record();
    }
    if (c == '(') {
      pos++;
      return function();
    }
    if (c == '"') {
      return new TlaString(string());
    }
    if (c == '-' || isDigit(c)) {
      return numberOrInterval();
    }
    if (isIdentifierChar(c)) {
      String name = identifier();
      return switch (name) {
        case "TRUE" -> TlaBool.TRUE;
        case "FALSE" -> TlaBool.FALSE;
        default -> new TlaModelValue(name);
      };
    }
    throw error("expected a value");
  }

  private List<TlaValue> valuesUntil(String close) {
    List<TlaValue> values = new ArrayList<>();
    skipSpace();
    if (tryConsume(close)) {
      return values;
    }
    do {
      values.add(value());
    } while (tryConsume(","));
    expect(close);
    return values;
  }

  private TlaRecord record() {
    Map<String, TlaValue> fields = new LinkedHashMap<>();
    skipSpace();
    if (tryConsume("]")) {
      return new TlaRecord(fields);
    }
    do {
      skipSpace();
      int fieldStart = pos;
      String field = identifier();
      expect("|->");
      if (fields.put(field, value()) != null) {
        pos = fieldStart;
        throw error("field " + field + " appears twice");
      }
    } while (tryConsume(","));
    expect("]");
    return new TlaRecord(fields);
  }

  private TlaFunction function() {
    Map<TlaValue, TlaValue> mapping = new LinkedHashMap<>();
    do {
      skipSpace();
      int keyStart = pos;
      TlaValue key = value();
      expect(":>");
      if (mapping.put(key, value()) != null) {
        pos = keyStart;
        throw error(key + " appears twice in the function's domain");
      }
    } while (tryConsume("@@"));
    expect(")");
    return new TlaFunction(mapping);
  }

  private String string() {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char escaped = text.charAt(pos++);
      switch (escaped) {
        case '"', '\\' -> value.append(escaped);
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'f' -> value.append('\f');
        default -> {
          pos -= 2;
          throw error("unknown escape \\" + escaped + " in a string");
        }
      }
    }
    pos = start;
    throw error("string is not closed");
  }

  private TlaValue numberOrInterval() {
    BigInteger low = number();
    skipSpace();
    if (!lookingAt("..")) {
      return new TlaInt(low);
    }
    int intervalStart = pos;
    pos += 2;
    skipSpace();
    BigInteger high = number();
    BigInteger size = high.subtract(low).add(BigInteger.ONE);
    if (size.compareTo(BigInteger.valueOf(MAX_INTERVAL)) > 0) {
      pos = intervalStart;
      throw error("interval " + low + ".." + high + " has more than " + MAX_INTERVAL + " elements");
    }
    List<TlaValue> elements = new ArrayList<>();
    for (BigInteger i = low; i.compareTo(high) <= 0; i = i.add(BigInteger.ONE)) {
      elements.add(new TlaInt(i));
    }
    return new TlaSet(elements);
  }

  private BigInteger number() {
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '-') {
      pos++;
    }
    int digits = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == digits) {
      pos = start;
      throw error("expected a number");
    }
    return new BigInteger(text.substring(start, pos));
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error("expected a name");
    }
    return text.substring(start, pos);
  }

  private void expect(String token) {
    if (!tryConsume(token)) {
      throw error("expected '" + token + "'");
    }
  }

  private boolean tryConsume(String token) {
    skipSpace();
    if (lookingAt(token)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private boolean lookingAt(String token) {
    return text.startsWith(token, pos);
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private TlaParseException error(String problem) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String found = pos < text.length() ? "found '" + excerpt() + "'" : "found the end of the text";
    return new TlaParseException(problem + ", " + found, line, pos - lineStart + 1);
  }

  private String excerpt() {
    int end = Math.min(text.length(), pos + 12);
    int newline = text.indexOf('\n', pos);
    return text.substring(pos, newline >= 0 && newline < end ? newline : end);
  }
}
