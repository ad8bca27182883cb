package io.havpn.bridge.tla;

/** {@code TRUE} or {@code FALSE}. */
public record TlaBool(boolean value) implements TlaValue {

  public static final TlaBool TRUE = new TlaBool(true);
  public static final TlaBool FALSE = new TlaBool(false);

  @Override
  public String toString() {
    return value ? "TRUE" : "FALSE";
  }
}
