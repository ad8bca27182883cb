package io.havpn.config;

import java.util.List;

/**
 * One IOS command as read: where it starts, its text, and whether it was indented (a sub-mode command in a saved
 * {@code show run}); {@code indented} is null inside a run-together line, where only the grammar tells the modes apart.
 */
public record ConfigLine(Location at, String text, Boolean indented) {

  public List<String> words() {
    return List.of(text.trim().split("\\s+"));
  }

  @Override
  public String toString() {
    return at + ": " + text;
  }
}
