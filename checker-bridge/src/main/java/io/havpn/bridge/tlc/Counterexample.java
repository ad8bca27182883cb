package io.havpn.bridge.tlc;

import java.util.List;

/** A behaviour TLC reports against a property: its states in order and how it ends. */
public record Counterexample(List<TraceState> states, TraceEnd end) {

  public Counterexample {
    states = List.copyOf(states);
  }

  public boolean isLasso() {
    return !(end instanceof TraceEnd.Finite);
  }

  public TraceState last() {
    return states.get(states.size() - 1);
  }
}
