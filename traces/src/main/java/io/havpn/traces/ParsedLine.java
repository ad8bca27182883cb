package io.havpn.traces;

/** A log message and its classification. */
public record ParsedLine(LogLine line, Classification classification) {}
