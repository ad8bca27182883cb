package io.havpn.bridge.replay;

import io.havpn.bridge.tla.TlaValue;

/**
 * One leaf of the spec's state whose value in the trace differs from the Java model's projection.
 *
 * @param path where, such as {@code routers[1].rriRoute} or {@code remote.saWith}
 */
public record VariableDifference(String path, TlaValue traceValue, TlaValue javaValue) {

  /** The spec variable the path belongs to. */
  public String variable() {
    return path.split("[\\[.]", 2)[0];
  }
}
