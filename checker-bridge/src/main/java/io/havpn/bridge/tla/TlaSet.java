package io.havpn.bridge.tla;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A finite set; keeps the order it was given in for printing, compares without it. */
public record TlaSet(Set<TlaValue> elements) implements TlaValue {

  public TlaSet(Collection<? extends TlaValue> elements) {
    this(Collections.unmodifiableSet(new LinkedHashSet<>(elements)));
  }

  public TlaSet {
    elements = Collections.unmodifiableSet(new LinkedHashSet<>(elements));
  }

  public boolean contains(TlaValue element) {
    return elements.contains(element);
  }

  @Override
  public String toString() {
    return elements.stream().map(TlaValue::toString).collect(Collectors.joining(", ", "{", "}"));
  }
}
