package io.havpn.bridge.tla;

import java.math.BigInteger;
import java.util.Objects;

/** An integer; TLC's are 32-bit, ITF's {@code #bigint} are not, so this holds any size. */
public record TlaInt(BigInteger value) implements TlaValue {

  public TlaInt {
    Objects.requireNonNull(value, "value");
  }

  /** The value as a long, for the common case; fails loudly rather than wrapping around. */
  public long longValue() {
    return value.longValueExact();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
