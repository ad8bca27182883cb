package io.havpn.bridge.alloy;

import io.havpn.config.Location;
import java.util.List;

/**
 * A violated assertion of {@code VpnHa.als}, for one culprit: the check, its severity, what is wrong and where.
 *
 * @param router the router of the culprit
 * @param lines the config lines involved, the culprit's first
 */
public record Finding(DesignCheck check, String router, String message, List<Location> lines) {

  public Finding {
    lines = List.copyOf(lines);
  }

  public Severity severity() {
    return check.severity();
  }

  /** {@code file:line: error RedundancyMatchesGroup: message}. */
  @Override
  public String toString() {
    return (lines.isEmpty() ? router : lines.get(0).toString()) + ": " + severity().name().toLowerCase() + " "
        + check.id() + ": " + message;
  }
}
