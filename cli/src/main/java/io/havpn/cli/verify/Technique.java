package io.havpn.cli.verify;

/**
 * The techniques of the verdict matrix, one column each, in the order the report shows them. A stage that judges
 * properties belongs to one technique; stages that only cross-check evidence (counterexample replay, trace validation)
 * have none.
 */
public enum Technique {
  ALLOY("Alloy", "design lint of the configuration (Alloy)"),
  TLC("TLC", "exhaustive model checking of the TLA+ spec (TLC)"),
  PROPERTY_TESTS("property tests", "random fault sequences on the Java model, shrunk counterexamples"),
  LOG_REPLAY("log replay", "the devices' debug logs replayed against the model"),
  SIMULATION("simulation", "the source document's failover and recovery scenario on the Java model");

  private final String title;
  private final String description;

  Technique(String title, String description) {
    this.title = title;
    this.description = description;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** A short id for anchors, file names and JUnit class names: {@code property-tests}. */
  public String id() {
    return name().toLowerCase().replace('_', '-');
  }
}
