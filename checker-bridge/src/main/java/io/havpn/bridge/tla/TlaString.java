package io.havpn.bridge.tla;

import java.util.Objects;

/** A string; {@link #toString()} quotes and escapes it as TLC does ({@code "a\"b"}). */
public record TlaString(String value) implements TlaValue {

  public TlaString {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        case '\f' -> quoted.append("\\f");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
