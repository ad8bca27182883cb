package io.havpn.bridge.tlc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What led to a state of a counterexample: TLC's {@code <Initial predicate>} or {@code <Inc line 7, col 8 to line 7,
 * col 57 of module Counter>}.
 *
 * @param name the action's name, or {@value #INITIAL_PREDICATE}
 */
public record TraceAction(String name, Optional<SourceLocation> location) {

  public static final String INITIAL_PREDICATE = "Initial predicate";
  public static final TraceAction INITIAL = new TraceAction(INITIAL_PREDICATE, Optional.empty());
  /** For a later state that TLC printed without a label (message 2216). */
  public static final TraceAction UNNAMED = new TraceAction("", Optional.empty());

  private static final Pattern LABEL = Pattern.compile("<(.*?)(?: (line \\d+, col \\d+ to .* of module \\w+))?>");

  public boolean isInitial() {
    return name.equals(INITIAL_PREDICATE);
  }

  /** Reads a label in angle brackets; text that is not one becomes an action named by the text. */
  static TraceAction parse(String label) {
    Matcher m = LABEL.matcher(label.trim());
    if (!m.matches()) {
      return new TraceAction(label.trim(), Optional.empty());
    }
    return new TraceAction(m.group(1), m.group(2) == null ? Optional.empty() : SourceLocation.findFirst(m.group(2)));
  }

  @Override
  public String toString() {
    return location.map(l -> name + " (" + l + ")").orElse(name);
  }
}
