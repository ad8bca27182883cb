package io.havpn.bridge.validate;

import java.util.List;

/**
 * What TLC decided for one trace.
 *
 * @param matched how many of its entries (states) some behaviour of the spec produced in order: the longest matched
 *     prefix; the trace is a behaviour of the spec when that is all of them
 * @param unmatched when rejected, the entry (0-based state index) TLC could not match, with its action and the values
 *     it logs there as paths ({@code routers[1].rriRoute = TRUE})
 */
public record TraceVerdict(String name, int entries, int matched, List<String> notes, Unmatched unmatched) {

  public record Unmatched(int state, String action, List<String> logged) {}

  public TraceVerdict {
    notes = List.copyOf(notes);
  }

  public boolean accepted() {
    return matched == entries;
  }
}
