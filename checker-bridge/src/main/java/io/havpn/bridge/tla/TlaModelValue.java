package io.havpn.bridge.tla;

import java.util.Objects;

/**
 * A model value from the cfg ({@code CONSTANT Procs = {p1, p2}}), printed bare as {@code p1}. TLC also prints a few
 * infinite sets by name ({@code Nat}); they parse as model values too, as ITF's {@code #unserializable} does.
 */
public record TlaModelValue(String name) implements TlaValue {

  public TlaModelValue {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a model value needs a name");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
