package io.havpn.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Configuration text havpn cannot read: every problem of a file, each with its file, line and what was expected. The
 * message is {@code file:line: what was wrong (what was expected)}, one problem per line.
 */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  /** One malformed or contradictory command. */
  public record Problem(Location at, String message) {
    @Override
    public String toString() {
      return at + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  public ConfigException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ConfigException(Location at, String message) {
    this(List.of(new Problem(at, message)));
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The file of the first problem. */
  public String file() {
    return problems.get(0).at().file();
  }

  /** The line of the first problem. */
  public int line() {
    return problems.get(0).at().line();
  }
}
