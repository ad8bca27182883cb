package io.havpn.bridge.replay;

import io.havpn.bridge.tla.TlaValue;

/** One spec variable whose value in the trace differs from the Java model's projection. */
public record VariableDifference(String variable, TlaValue traceValue, TlaValue javaValue) {}
