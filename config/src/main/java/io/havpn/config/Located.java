package io.havpn.config;

/** A value read from a configuration, with the command it came from. */
public record Located<T>(T value, Location at) {}
