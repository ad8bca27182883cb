package io.havpn.cli.report;

import io.havpn.model.hsrp.Cell;
import io.havpn.model.hsrp.HsrpAction;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.hsrp.HsrpTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HSRP state machine drawn from the model's own table ({@link HsrpTable}), never by hand: the six states in the
 * RFC's order on one line, each cell that changes the state as an arc (to the right above the line, to the left below
 * it; a preempt cell dashed, as a coup with preempt); the cells that keep the state are listed by {@link #stays}.
 * Cells where the lab's table differs from RFC 2281 (IOS behaviour) are marked with an asterisk.
 */
public final class HsrpStateDiagram {

  private static final int GAP = 190;
  private static final int BOX_W = 110;
  private static final int BOX_H = 40;
  private static final int LEFT = 70;
  private static final int LINE = 13;

  private HsrpStateDiagram() {}

  /** One arc: every cell from one state to another, one label line each. */
  private record Arc(HsrpState from, HsrpState to, List<String> labels, boolean preempt) {}

  public static String svg(HsrpTable table) {
    HsrpTable rfc = HsrpTable.rfc2281();
    Map<String, Arc> arcs = new LinkedHashMap<>();
    for (HsrpTable.Entry entry : table.entries()) {
      Cell cell = entry.cell();
      String mark = Objects.equals(rfc.cell(entry.state(), entry.event()), cell) ? "" : "*";
      String event = String.valueOf(entry.event().letter());
      if (cell.preemptCell()) {
        arc(arcs, entry.state(), HsrpState.ACTIVE, event + ": PRE, with preempt: " + letters(Cell.COUP) + mark, true);
      } else if (cell.listenOrLearn()) {
        arc(arcs, entry.state(), HsrpState.LISTEN, event + ": " + letters(cell) + " (standby ip)" + mark, false);
        arc(arcs, entry.state(), HsrpState.LEARN, event + ": " + letters(cell) + " (no standby ip)" + mark, false);
      } else if (cell.next() != null && cell.next() != entry.state()) {
        arc(arcs, entry.state(), cell.next(), event + ": " + letters(cell) + mark, false);
      }
    }
    deduplicate(arcs);
    int maxSpan = HsrpState.values().length - 1;
    int above = 20;
    int below = 20;
    for (Arc arc : arcs.values()) {
      int reach = arcHeight(arc) / 2 + 14 + arc.labels().size() * LINE;
      if (arc.to().ordinal() > arc.from().ordinal()) {
        above = Math.max(above, reach);
      } else {
        below = Math.max(below, reach);
      }
    }
    int lineY = above + 10;
    int width = LEFT * 2 + GAP * maxSpan;
    int heightPx = lineY + BOX_H + below + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 %d %d\" "
        + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"HSRP state machine (RFC 2281 section 5.6)\">%n",
        width, heightPx, width, heightPx));
    svg.append("<defs><marker id=\"hsrp-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker>"
        + "</defs>\n");
    for (Arc arc : arcs.values()) {
      svg.append(arc(arc, lineY));
    }
    for (HsrpState state : HsrpState.values()) {
      int cx = centre(state);
      svg.append(String.format("<g class=\"state state-%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
          + "rx=\"8\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"state-name\">%s</text></g>%n",
          state.name().toLowerCase(), cx - BOX_W / 2, lineY, BOX_W, BOX_H, cx, lineY + 25, state.name()));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The stay cells of each state, as an HTML list under the diagram (they have no arc). */
  public static Map<HsrpState, List<String>> stays(HsrpTable table) {
    HsrpTable rfc = HsrpTable.rfc2281();
    Map<HsrpState, List<String>> stays = new LinkedHashMap<>();
    for (HsrpTable.Entry entry : table.entries()) {
      Cell cell = entry.cell();
      String mark = Objects.equals(rfc.cell(entry.state(), entry.event()), cell) ? "" : "*";
      String event = String.valueOf(entry.event().letter());
      if (cell.preemptCell()) {
        stays.computeIfAbsent(entry.state(), s -> new ArrayList<>())
            .add(event + ": PRE, no preempt: " + letters(Cell.NO_COUP) + mark);
      } else if (!cell.listenOrLearn() && (cell.next() == null || cell.next() == entry.state())) {
        stays.computeIfAbsent(entry.state(), s -> new ArrayList<>()).add(event + ": " + letters(cell) + mark);
      }
    }
    return stays;
  }

  private static void arc(Map<String, Arc> arcs, HsrpState from, HsrpState to, String label, boolean preempt) {
    String key = from + ">" + to + (preempt ? "/pre" : "");
    Arc arc = arcs.computeIfAbsent(key, k -> new Arc(from, to, new ArrayList<>(), preempt));
    arc.labels().add(label);
  }

  private static String arc(Arc arc, int lineY) {
    int x1 = centre(arc.from());
    int x2 = centre(arc.to());
    int span = Math.abs(arc.to().ordinal() - arc.from().ordinal());
    boolean forward = x2 > x1;
    int h = arcHeight(arc);
    // forward arcs leave and enter the boxes' tops, backward ones their bottoms
    int y = forward ? lineY : lineY + BOX_H;
    int sx = x1 + (forward ? 12 : -12);
    int ex = x2 + (forward ? -12 : 12);
    int cy = forward ? y - h : y + h;
    int apexY = (y + cy) / 2;
    StringBuilder g = new StringBuilder();
    g.append(String.format("<g class=\"arc%s\"><path d=\"M%d,%d Q%d,%d %d,%d\" marker-end=\"url(#hsrp-arrow)\"/>",
        arc.preempt() ? " preempt" : "", sx, y, (sx + ex) / 2, cy, ex, y));
    int labelX = (sx + ex) / 2;
    List<String> labels = arc.labels();
    for (int i = 0; i < labels.size(); i++) {
      int ly = forward ? apexY - 6 - (labels.size() - 1 - i) * LINE : apexY + 14 + i * LINE;
      g.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", labelX, ly,
          Html.escape(labels.get(i))));
    }
    g.append("</g>\n");
    return g.toString();
  }

  private static int arcHeight(Arc arc) {
    return height(Math.abs(arc.to().ordinal() - arc.from().ordinal())) + (arc.preempt() ? 24 : 0);
  }

  /**
   * The same cell text on several arcs into one state (b: CD from four states, the preempt coups) is written once,
   * on the longest of them, with the states it comes from: the diagram stays readable.
   */
  private static void deduplicate(Map<String, Arc> arcs) {
    Map<String, List<Arc>> byLabel = new LinkedHashMap<>();
    for (Arc arc : arcs.values()) {
      for (String label : arc.labels()) {
        byLabel.computeIfAbsent(arc.to() + "|" + label, k -> new ArrayList<>()).add(arc);
      }
    }
    byLabel.forEach((key, shared) -> {
      if (shared.size() < 2) {
        return;
      }
      String label = key.substring(key.indexOf('|') + 1);
      Arc longest = shared.get(0);
      for (Arc arc : shared) {
        if (Math.abs(arc.to().ordinal() - arc.from().ordinal())
            > Math.abs(longest.to().ordinal() - longest.from().ordinal())) {
          longest = arc;
        }
      }
      List<String> from = new ArrayList<>();
      for (Arc arc : shared) {
        from.add(arc.from().name());
        if (arc != longest) {
          arc.labels().remove(label);
        }
      }
      int at = longest.labels().indexOf(label);
      longest.labels().set(at, label + " (from " + String.join(", ", from) + ")");
    });
  }

  private static int height(int span) {
    return 30 + span * 52;
  }

  private static int centre(HsrpState state) {
    return LEFT + state.ordinal() * GAP;
  }

  /** A cell's actions as the RFC writes them, in A-I order, or "-" for none. */
  static String letters(Cell cell) {
    StringBuilder text = new StringBuilder();
    for (HsrpAction action : HsrpAction.values()) {
      if (cell.has(action)) {
        text.append(action.letter());
      }
    }
    return text.isEmpty() ? "-" : text.toString();
  }
}
