package io.havpn.model.hsrp;

import static io.havpn.model.hsrp.HsrpState.ACTIVE;
import static io.havpn.model.hsrp.HsrpState.INITIAL;
import static io.havpn.model.hsrp.HsrpState.LEARN;
import static io.havpn.model.hsrp.HsrpState.LISTEN;
import static io.havpn.model.hsrp.HsrpState.SPEAK;
import static io.havpn.model.hsrp.HsrpState.STANDBY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The HSRP state machine of RFC 2281 section 5.6 as data: {@code (state, event) -> cell}. Every pair not listed does
 * nothing. The rows below are the RFC's, in its order; {@link #ios()} adds the one place where IOS departs from it.
 */
public final class HsrpTable {

  private static final HsrpState STAY = null;

  private final Map<HsrpState, Map<HsrpEvent, Cell>> cells;

  private HsrpTable(Map<HsrpState, Map<HsrpEvent, Cell>> cells) {
    this.cells = cells;
  }

  /** RFC 2281, section 5.6. */
  public static HsrpTable rfc2281() {
    return new Builder()
        .cell(INITIAL, 'a', listenOrLearn())
        .cell(LEARN, 'b', "CD", INITIAL).cell(LEARN, 'g', "EAB", LISTEN).cell(LEARN, 'h', "EAB", LISTEN)
        .cell(LISTEN, 'b', "CD", INITIAL).cell(LISTEN, 'c', "AB", SPEAK).cell(LISTEN, 'd', "B", SPEAK)
        .cell(LISTEN, 'g', "EA", STAY).cell(LISTEN, 'h', preempt()).cell(LISTEN, 'i', "AB", SPEAK)
        .cell(LISTEN, 'k', "B", STAY).cell(LISTEN, 'l', "B", SPEAK)
        .cell(SPEAK, 'b', "CD", INITIAL).cell(SPEAK, 'd', "D", STANDBY).cell(SPEAK, 'e', "F", STAY)
        .cell(SPEAK, 'f', "B", LISTEN).cell(SPEAK, 'g', "EA", STAY).cell(SPEAK, 'h', preempt())
        .cell(SPEAK, 'i', "A", STAY).cell(SPEAK, 'k', "B", LISTEN).cell(SPEAK, 'l', "D", STANDBY)
        .cell(STANDBY, 'b', "CD", INITIAL).cell(STANDBY, 'c', "CDFI", ACTIVE).cell(STANDBY, 'e', "F", STAY)
        .cell(STANDBY, 'f', "B", LISTEN).cell(STANDBY, 'g', "EA", STAY).cell(STANDBY, 'h', preempt())
        .cell(STANDBY, 'i', "CFI", ACTIVE).cell(STANDBY, 'k', "B", LISTEN)
        .cell(ACTIVE, 'b', "CDH", INITIAL).cell(ACTIVE, 'e', "F", STAY).cell(ACTIVE, 'g', "AB", SPEAK)
        .cell(ACTIVE, 'h', "G", STAY).cell(ACTIVE, 'j', "ABH", SPEAK).cell(ACTIVE, 'k', "B", STAY)
        .cell(ACTIVE, 'l', "B", STAY)
        .build();
  }

  /** IOS: an Active router displaced by a higher-priority Active's Hello (g) also sends Resign, as the log shows. */
  public static HsrpTable ios() {
    return rfc2281().with(ACTIVE, 'g', Cell.of("ABH", SPEAK));
  }

  public static HsrpTable of(boolean resignOnDisplacement) {
    return resignOnDisplacement ? ios() : rfc2281();
  }

  /** The cell for {@code (state, event)}, or null when the table has none (the event does nothing). */
  public Cell cell(HsrpState state, HsrpEvent event) {
    return cells.get(state).get(event);
  }

  /** This table with one cell replaced. */
  public HsrpTable with(HsrpState state, char event, Cell cell) {
    Map<HsrpState, Map<HsrpEvent, Cell>> copy = new EnumMap<>(HsrpState.class);
    cells.forEach((s, row) -> copy.put(s, new EnumMap<>(row)));
    copy.get(state).put(HsrpEvent.ofLetter(event), cell);
    return new HsrpTable(freeze(copy));
  }

  /** Every non-empty cell, row by row. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    cells.forEach((state, row) -> row.forEach((event, cell) -> entries.add(new Entry(state, event, cell))));
    return entries;
  }

  public record Entry(HsrpState state, HsrpEvent event, Cell cell) {
    @Override
    public String toString() {
      return state + " " + event.letter() + " -> " + cell.rfcText();
    }
  }

  private static Cell listenOrLearn() {
    return new Cell(Cell.actions("AB"), LISTEN, false, true);
  }

  private static Cell preempt() {
    return new Cell(Cell.actions(""), STAY, true, false);
  }

  private static Map<HsrpState, Map<HsrpEvent, Cell>> freeze(Map<HsrpState, Map<HsrpEvent, Cell>> cells) {
    Map<HsrpState, Map<HsrpEvent, Cell>> frozen = new EnumMap<>(HsrpState.class);
    cells.forEach((state, row) -> frozen.put(state, Collections.unmodifiableMap(new EnumMap<>(row))));
    return Collections.unmodifiableMap(frozen);
  }

  private static final class Builder {
    private final Map<HsrpState, Map<HsrpEvent, Cell>> cells = new EnumMap<>(HsrpState.class);

    Builder() {
      for (HsrpState state : HsrpState.values()) {
        cells.put(state, new EnumMap<>(HsrpEvent.class));
      }
    }

    Builder cell(HsrpState state, char event, String actions, HsrpState next) {
      return cell(state, event, Cell.of(actions, next));
    }

    Builder cell(HsrpState state, char event, Cell cell) {
      cells.get(state).put(HsrpEvent.ofLetter(event), cell);
      return this;
    }

    HsrpTable build() {
      return new HsrpTable(freeze(cells));
    }
  }
}
