package io.havpn.bridge.tlc;

import io.havpn.bridge.tla.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the file of TLC's plain {@code -dump}: every distinct state as a {@code State N:} block of variable lines.
 * Two such lists as sets compare two state spaces (TLC's against the Java model's projection).
 */
public final class StateDump {

  private static final String HEADER = "State ";

  private StateDump() {}

  public static List<Map<String, TlaValue>> parse(String text) {
    List<Map<String, TlaValue>> states = new ArrayList<>();
    List<String> block = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(HEADER) && line.endsWith(":")) {
        if (block != null) {
          states.add(StateText.variables(block));
        }
        block = new ArrayList<>();
      } else if (block != null) {
        block.add(line);
      } else if (!line.isBlank()) {
        throw new IllegalArgumentException("a state dump starts with 'State 1:', not: " + line);
      }
    }
    if (block != null) {
      states.add(StateText.variables(block));
    }
    return states;
  }
}
