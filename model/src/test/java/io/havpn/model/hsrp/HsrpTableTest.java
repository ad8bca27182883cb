package io.havpn.model.hsrp;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.hsrp.HsrpTable.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table data against the RFC 2281 table as the PRIMER (section 2) writes it. */
class HsrpTableTest {

  /** PRIMER section 2, one string per cell, row by row, letters exactly as written there. */
  static final List<String> RFC_2281 = List.of(
      "INITIAL a -> AB, LISTEN|LEARN",
      "LEARN b -> CD, INITIAL", "LEARN g -> EAB, LISTEN", "LEARN h -> EAB, LISTEN",
      "LISTEN b -> CD, INITIAL", "LISTEN c -> AB, SPEAK", "LISTEN d -> B, SPEAK", "LISTEN g -> EA, =",
      "LISTEN h -> PRE", "LISTEN i -> AB, SPEAK", "LISTEN k -> B, =", "LISTEN l -> B, SPEAK",
      "SPEAK b -> CD, INITIAL", "SPEAK d -> D, STANDBY", "SPEAK e -> F, =", "SPEAK f -> B, LISTEN",
      "SPEAK g -> EA, =", "SPEAK h -> PRE", "SPEAK i -> A, =", "SPEAK k -> B, LISTEN", "SPEAK l -> D, STANDBY",
      "STANDBY b -> CD, INITIAL", "STANDBY c -> CDFI, ACTIVE", "STANDBY e -> F, =", "STANDBY f -> B, LISTEN",
      "STANDBY g -> EA, =", "STANDBY h -> PRE", "STANDBY i -> CFI, ACTIVE", "STANDBY k -> B, LISTEN",
      "ACTIVE b -> CDH, INITIAL", "ACTIVE e -> F, =", "ACTIVE g -> AB, SPEAK", "ACTIVE h -> G, =",
      "ACTIVE j -> ABH, SPEAK", "ACTIVE k -> B, =", "ACTIVE l -> B, =");

  /** The one cell where IOS departs from the RFC (PRIMER, "Known gaps"): Resign on displacement by event g. */
  static final String IOS_ACTIVE_G = "ACTIVE g -> ABH, SPEAK";

  @Test
  void rfc2281TableIsTheRfcTableCellByCell() {
    assertThat(rendered(HsrpTable.rfc2281())).containsExactlyElementsOf(canonical(RFC_2281));
  }

  @Test
  void iosTableDiffersFromTheRfcOnlyInActiveG() {
    List<String> expected = new ArrayList<>(canonical(RFC_2281));
    expected.replaceAll(row -> row.startsWith("ACTIVE g ") ? IOS_ACTIVE_G : row);

    assertThat(rendered(HsrpTable.ios())).containsExactlyElementsOf(expected);
    assertThat(difference(HsrpTable.ios(), HsrpTable.rfc2281())).containsExactly(IOS_ACTIVE_G);
    assertThat(difference(HsrpTable.rfc2281(), HsrpTable.ios())).containsExactly("ACTIVE g -> AB, SPEAK");
  }

  @Test
  void theResignOptionSelectsTheTable() {
    assertThat(HsrpTable.of(true).entries()).isEqualTo(HsrpTable.ios().entries());
    assertThat(HsrpTable.of(false).entries()).isEqualTo(HsrpTable.rfc2281().entries());
  }

  @Test
  void preemptCellsResolveToTheRfcCoupOrToStartingTheActiveTimer() {
    // PRIMER: "PRE = with preempt: BGFI, ACTIVE (a coup); without preempt: A, ="
    assertThat(Cell.COUP.rfcText()).isEqualTo(canonicalCell("BGFI, ACTIVE"));
    assertThat(Cell.NO_COUP.rfcText()).isEqualTo(canonicalCell("A, ="));
  }

  @ParameterizedTest(name = "{0} {1} has no cell")
  @CsvSource({"SPEAK, c", "STANDBY, d", "ACTIVE, i", "INITIAL, b", "LEARN, c", "LISTEN, e", "STANDBY, l",
      "ACTIVE, c"})
  void eventsWithoutCellDoNothing(HsrpState state, char event) {
    assertThat(HsrpTable.rfc2281().cell(state, HsrpEvent.ofLetter(event))).isNull();
    assertThat(HsrpTable.ios().cell(state, HsrpEvent.ofLetter(event))).isNull();
  }

  @Test
  void everyPairTheRfcDoesNotListHasNoCell() {
    Set<String> listed = new HashSet<>();
    RFC_2281.forEach(row -> listed.add(row.substring(0, row.indexOf(" ->"))));
    for (HsrpTable table : List.of(HsrpTable.rfc2281(), HsrpTable.ios())) {
      for (HsrpState state : HsrpState.values()) {
        for (HsrpEvent event : HsrpEvent.values()) {
          boolean isListed = listed.contains(state + " " + event.letter());
          assertThat(table.cell(state, event) != null)
              .as("%s %s has a cell", state, event.letter())
              .isEqualTo(isListed);
        }
      }
    }
  }

  private static List<String> rendered(HsrpTable table) {
    return table.entries().stream().map(Entry::toString).toList();
  }

  /** Rows of {@code table} that {@code other} does not have. */
  private static List<String> difference(HsrpTable table, HsrpTable other) {
    List<String> rows = new ArrayList<>(rendered(table));
    rows.removeAll(rendered(other));
    return rows;
  }

  /**
   * The PRIMER writes some letters out of alphabetical order ("EAB", "EA", "BGFI"); {@link Cell#rfcText()} writes them
   * in A-I order ("ABE", "AE", "BFGI"). Compare the sets of letters: a cell's actions are a set, not a sequence.
   */
  static List<String> canonical(List<String> rows) {
    return rows.stream().map(HsrpTableTest::canonical).toList();
  }

  static String canonical(String row) {
    int arrow = row.indexOf("-> ") + 3;
    return row.substring(0, arrow) + canonicalCell(row.substring(arrow));
  }

  /** {@code "EAB, LISTEN"} becomes {@code "ABE, LISTEN"}; {@code "PRE"} stays. */
  static String canonicalCell(String cell) {
    int comma = cell.indexOf(", ");
    if (comma < 0) {
      return cell;
    }
    char[] letters = cell.substring(0, comma).toCharArray();
    Arrays.sort(letters);
    return new String(letters) + cell.substring(comma);
  }
}
