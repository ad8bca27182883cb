package io.havpn.bridge.tlc;

/** How a counterexample ends: it just stops (safety), or it is infinite (liveness) by a lasso or by stuttering. */
public sealed interface TraceEnd {

  /** The behaviour stops at its last state: a safety violation, a deadlock, an error. */
  record Finite() implements TraceEnd {}

  /**
   * After the last state the behaviour goes back to state {@code stateIndex} (1-based, TLC's {@code N: Back to state})
   * and repeats forever.
   *
   * @param action the action taken from the last state back to that state
   */
  record BackToState(int stateIndex, TraceAction action) implements TraceEnd {}

  /** After the last state nothing changes any more (TLC's {@code N: Stuttering}, {@code index} being N). */
  record Stuttering(int index) implements TraceEnd {}
}
