package io.havpn.model.lab;

/** {@code standby N track INTERFACE [decrement]}: lower the priority by {@code decrement} while the interface is down. */
public record Track(String interfaceName, int decrement) {
  public static final int DEFAULT_DECREMENT = 10;
}
