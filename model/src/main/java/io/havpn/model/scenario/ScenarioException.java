package io.havpn.model.scenario;

/** Bad scenario input: {@code file:line: what was wrong (what was expected)}. */
public final class ScenarioException extends RuntimeException {

  private final String source;
  private final int line;

  public ScenarioException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}
