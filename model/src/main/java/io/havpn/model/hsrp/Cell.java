package io.havpn.model.hsrp;

import java.util.EnumSet;
import java.util.Set;

/**
 * One cell of the RFC 2281 table: the actions and the next state, or a preempt cell ("PRE") whose outcome depends on
 * the router's {@code preempt} setting.
 *
 * @param next the next state; null means "=" (stay)
 * @param listenOrLearn Initial + a: Listen when the virtual IP is configured, otherwise Learn
 */
public record Cell(Set<HsrpAction> actions, HsrpState next, boolean preemptCell, boolean listenOrLearn) {

  /** PRE with preempt: a coup (BGFI, Active). */
  public static final Cell COUP = of("BGFI", HsrpState.ACTIVE);
  /** PRE without preempt (or before the preempt delay has run out): A, =. */
  public static final Cell NO_COUP = of("A", null);

  public Cell {
    actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
  }

  public static Cell of(String actionLetters, HsrpState next) {
    return new Cell(actions(actionLetters), next, false, false);
  }

  static Set<HsrpAction> actions(String letters) {
    EnumSet<HsrpAction> set = EnumSet.noneOf(HsrpAction.class);
    for (char letter : letters.toCharArray()) {
      set.add(HsrpAction.ofLetter(letter));
    }
    return set;
  }

  public boolean has(HsrpAction action) {
    return actions.contains(action);
  }

  /** The cell in the RFC's notation, action letters in A-I order: {@code "CDFI, ACTIVE"}, {@code "A, ="} or {@code "PRE"}. */
  public String rfcText() {
    if (preemptCell) {
      return "PRE";
    }
    StringBuilder text = new StringBuilder();
    for (HsrpAction action : HsrpAction.values()) {
      if (actions.contains(action)) {
        text.append(action.letter());
      }
    }
    String target = listenOrLearn ? "LISTEN|LEARN" : next == null ? "=" : next.name();
    return text.isEmpty() ? target : text + ", " + target;
  }
}
