package io.havpn.bridge.tlc;

import java.util.List;

/**
 * An error TLC (or SANY, before it) reported, in TLC's own words, with the spec locations it names.
 *
 * @param code the message code; SANY's unframed errors carry {@value MessageCode#PARSING_FAILED}, the code of the
 *     framed message that follows them
 */
public record TlcError(int code, String message, List<SourceLocation> locations) {

  public TlcError {
    locations = List.copyOf(locations);
  }

  @Override
  public String toString() {
    return locations.isEmpty() ? message : locations.get(0) + ": " + message;
  }
}
