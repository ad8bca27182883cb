package io.havpn.bridge.itf;

/** The keys ADR-015 gives meaning to; a record field may not start with {@code #}. */
final class ItfForms {

  static final String META = "#meta";
  static final String BIGINT = "#bigint";
  static final String TUP = "#tup";
  static final String SET = "#set";
  static final String MAP = "#map";
  static final String UNSERIALIZABLE = "#unserializable";
  static final String PARAMS = "params";
  static final String VARS = "vars";
  static final String STATES = "states";
  static final String LOOP = "loop";

  private ItfForms() {}
}
