package io.havpn.bridge.tlc;

import io.havpn.bridge.tla.TlaParseException;
import io.havpn.bridge.tla.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variable lines of a state as TLC prints them: {@code /\ var = value} per variable, or {@code var = value} alone
 * when the spec has one variable; a long value continues on indented lines.
 */
final class StateText {

  private static final String CONJUNCT = "/\\ ";
  private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+) = (.*)", Pattern.DOTALL);

  private StateText() {}

  static Map<String, TlaValue> variables(List<String> lines) {
    Map<String, TlaValue> variables = new LinkedHashMap<>();
    for (String assignment : assignments(lines)) {
      Matcher m = ASSIGNMENT.matcher(assignment);
      if (!m.matches()) {
        throw new IllegalArgumentException("expected 'variable = value', found: " + firstLine(assignment));
      }
      try {
        variables.put(m.group(1), TlaValue.parse(m.group(2)));
      } catch (TlaParseException e) {
        throw new IllegalArgumentException("value of " + m.group(1) + ": " + e.getMessage(), e);
      }
    }
    return variables;
  }

  private static List<String> assignments(List<String> lines) {
    List<String> assignments = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      boolean starts = current == null || line.startsWith(CONJUNCT);
      if (starts) {
        if (current != null) {
          assignments.add(current.toString());
        }
        current = new StringBuilder(line.startsWith(CONJUNCT) ? line.substring(CONJUNCT.length()) : line);
      } else {
        current.append('\n').append(line);
      }
    }
    if (current != null) {
      assignments.add(current.toString());
    }
    return assignments;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline) + " ...";
  }
}
