package io.havpn.bridge.replay;

/**
 * The replay of one trace state.
 *
 * @param index the trace state reached by the step (0 for the initial state)
 * @param action the Java action that explains the step, described with the lab's names; for a divergence, the action
 *     the trace named
 * @param matched whether the Java model reaches exactly the trace's state
 */
public record StepVerdict(int index, String action, boolean matched) {}
