package io.havpn.cli.report;

import io.havpn.cli.verify.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A behaviour drawn as lanes over its steps: per HSRP router its HSRP state, its SAs with the remote and its RRI route
 * (followed or not by the inside router); one lane for the remote's SA and keepalive. A long behaviour (a whole
 * scenario) is drawn one column per second, showing the state at the end of each second; a short one one column
 * per step. Hovering a column shows the steps it stands for.
 */
public final class TimelineSvg {

  /** Beyond this many steps, one column per second. */
  static final int MAX_STEP_COLUMNS = 240;
  private static final int LABEL_W = 170;
  private static final int LANE_H = 18;
  private static final int LANE_GAP = 4;
  private static final int TOP = 30;

  private TimelineSvg() {}

  /** One column: the state it shows, the second, and the steps it stands for. */
  private record Column(Timeline.Point point, int time, List<String> actions, boolean loopStart) {}

  public static String svg(Timeline timeline, String id) {
    List<Column> columns = columns(timeline);
    int colW = Math.max(4, Math.min(22, 1000 / Math.max(1, columns.size())));
    int routers = timeline.routers().size();
    int lanes = routers * 3 + 2;
    int width = LABEL_W + columns.size() * colW + 20;
    int height = TOP + lanes * (LANE_H + LANE_GAP) + routers * 8 + (timeline.loopFrom() >= 0 ? 34 : 6);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" id=\"%s\" viewBox=\"0 0 "
        + "%d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"timeline\">%n", Html.escape(id), width, height,
        width, height));
    axis(svg, columns, colW);
    int y = TOP;
    events(svg, columns, colW, y);
    y += LANE_H + LANE_GAP + 4;
    for (int r = 0; r < routers; r++) {
      int router = r;
      String name = timeline.routers().get(r);
      lane(svg, columns, colW, y, name + " HSRP", c -> {
        Timeline.RouterLane lane = c.point().routers().get(router);
        return new Mark("hsrp-" + lane.hsrp() + (lane.hsrpUp() ? "" : " down"),
            lane.hsrp() + (lane.hsrpUp() ? "" : " (interface down)") + ", priority " + lane.priority());
      });
      y += LANE_H + LANE_GAP;
      lane(svg, columns, colW, y, name + " SAs", c -> c.point().routers().get(router).holdsSas()
          ? new Mark("on sa", "holds IKE/IPsec SAs with the remote") : new Mark("off", "no SA"));
      y += LANE_H + LANE_GAP;
      lane(svg, columns, colW, y, name + " route", c -> {
        Timeline.RouterLane lane = c.point().routers().get(router);
        if (!lane.rriRoute()) {
          return new Mark("off", "no RRI route");
        }
        return lane.ospfNextHop() ? new Mark("on route", "RRI route, the inside router routes to it")
            : new Mark("on route-alone", "RRI route, not followed by the inside router");
      });
      y += LANE_H + LANE_GAP + 8;
    }
    lane(svg, columns, colW, y, timeline.remote() + " SA/keepalive", c -> {
      Timeline.RemoteLane remote = c.point().remote();
      if (remote.saWith().isEmpty()) {
        return new Mark("off", "no SA");
      }
      int router = timeline.routers().indexOf(remote.saWith());
      String keepalive = remote.dpdErrors() > 0 || remote.probing() ? ", keepalive errors " + remote.dpdErrors()
          + (remote.probing() ? ", R-U-THERE outstanding" : "") : "";
      return new Mark("remote-sa r" + (router % 4) + (remote.dpdErrors() > 0 ? " errors" : ""),
          "SA with " + remote.saWith() + keepalive, remote.dpdErrors() > 0 ? Integer.toString(remote.dpdErrors())
              : "");
    });
    loop(svg, timeline, columns, colW, y + LANE_H + 4);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** What one lane shows in one column: a CSS class, a tooltip, and a short text drawn when there is room. */
  private record Mark(String css, String tooltip, String text) {
    Mark(String css, String tooltip) {
      this(css, tooltip, "");
    }
  }

  private static List<Column> columns(Timeline timeline) {
    List<Timeline.Point> points = timeline.points();
    List<Column> columns = new ArrayList<>();
    if (points.size() <= MAX_STEP_COLUMNS) {
      for (int i = 0; i < points.size(); i++) {
        Timeline.Point p = points.get(i);
        columns.add(new Column(p, p.time(), List.of(p.action()), i == timeline.loopFrom()));
      }
      return columns;
    }
    List<String> actions = new ArrayList<>();
    boolean loopStart = false;
    for (int i = 0; i < points.size(); i++) {
      Timeline.Point p = points.get(i);
      if (!p.action().equals("Tick")) {
        actions.add(p.action());
      }
      loopStart |= i == timeline.loopFrom();
      boolean lastOfSecond = i + 1 == points.size() || points.get(i + 1).time() != p.time();
      if (lastOfSecond) {
        columns.add(new Column(p, p.time(), List.copyOf(actions), loopStart));
        actions.clear();
        loopStart = false;
      }
    }
    return columns;
  }

  /** The environment's steps (faults, repairs, losses), which explain what the lanes below do. */
  private static void events(StringBuilder svg, List<Column> columns, int colW, int y) {
    svg.append(String.format("<g class=\"events\"><text class=\"lane-label\" x=\"4\" y=\"%d\">faults and repairs"
        + "</text><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", y + 13, LABEL_W, y + LANE_H / 2,
        LABEL_W + columns.size() * colW, y + LANE_H / 2));
    for (int i = 0; i < columns.size(); i++) {
      List<String> faults = columns.get(i).actions().stream().filter(TimelineSvg::isEnvironment).toList();
      if (faults.isEmpty()) {
        continue;
      }
      int x = LABEL_W + i * colW + colW / 2;
      svg.append(String.format("<path class=\"event\" d=\"M%d,%d l5,%d h-10 z\"><title>%d s: %s</title></path>", x,
          y + 2, LANE_H - 4, columns.get(i).time(), Html.escape(String.join(", ", faults))));
    }
    svg.append("</g>\n");
  }

  /** Actions the environment takes (as opposed to timers, deliveries, traffic and time). */
  static boolean isEnvironment(String action) {
    for (String name : List.of("InterfaceDown", "InterfaceUp", "Reload", "Partition", "Heal", "HelloLost", "EspLost",
        "KeepaliveLost")) {
      if (action.startsWith(name)) {
        return true;
      }
    }
    return false;
  }

  private static void axis(StringBuilder svg, List<Column> columns, int colW) {
    svg.append("<g class=\"axis\">");
    svg.append(String.format("<text x=\"4\" y=\"%d\">seconds</text>", TOP - 12));
    int lastLabelX = -1000;
    int lastTime = Integer.MIN_VALUE;
    for (int i = 0; i < columns.size(); i++) {
      int time = columns.get(i).time();
      int x = LABEL_W + i * colW;
      if (time != lastTime && x - lastLabelX >= 34) {
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/><text x=\"%d\" y=\"%d\">%d</text>",
            x, TOP - 8, x, TOP - 2, x + 2, TOP - 12, time));
        lastLabelX = x;
      }
      lastTime = time;
    }
    svg.append("</g>\n");
  }

  /** One lane: consecutive columns showing the same thing are one rectangle, with the steps they cover. */
  private static void lane(StringBuilder svg, List<Column> columns, int colW, int y, String label,
      Function<Column, Mark> mark) {
    svg.append(String.format("<g class=\"lane\"><text class=\"lane-label\" x=\"4\" y=\"%d\">%s</text>", y + 13,
        Html.escape(label)));
    int start = 0;
    while (start < columns.size()) {
      Mark first = mark.apply(columns.get(start));
      int end = start + 1;
      while (end < columns.size() && mark.apply(columns.get(end)).equals(first)) {
        end++;
      }
      int x = LABEL_W + start * colW;
      int w = (end - start) * colW;
      String tooltip = tooltip(columns, start, end, first.tooltip());
      svg.append(String.format("<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%s</title>"
          + "</rect>", first.css(), x, y, w, LANE_H, Html.escape(tooltip)));
      String text = !first.text().isEmpty() ? first.text() : first.css().startsWith("hsrp-")
          ? first.tooltip().split("[ ,]")[0] : "";
      if (!text.isEmpty() && w >= text.length() * 7 + 4) {
        svg.append(String.format("<text class=\"in-lane\" x=\"%d\" y=\"%d\">%s</text>", x + 3, y + 13,
            Html.escape(text)));
      }
      start = end;
    }
    svg.append("</g>\n");
  }

  private static String tooltip(List<Column> columns, int start, int end, String state) {
    Column first = columns.get(start);
    Column last = columns.get(end - 1);
    String when = first.time() == last.time() ? first.time() + " s" : first.time() + "-" + last.time() + " s";
    List<String> actions = new ArrayList<>();
    for (int i = start; i < end && actions.size() < 12; i++) {
      actions.addAll(columns.get(i).actions());
    }
    String steps = actions.isEmpty() ? "" : "\nsteps: " + String.join(", ", actions.subList(0,
        Math.min(actions.size(), 12))) + (actions.size() > 12 ? ", ..." : "");
    return when + ": " + state + steps;
  }

  private static void loop(StringBuilder svg, Timeline timeline, List<Column> columns, int colW, int y) {
    int from = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).loopStart()) {
        from = i;
      }
    }
    if (timeline.loopFrom() < 0 || from < 0) {
      return;
    }
    int x1 = LABEL_W + from * colW;
    int x2 = LABEL_W + columns.size() * colW;
    svg.append(String.format("<g class=\"loop\"><path d=\"M%d,%d v8 H%d v-8\"/><text x=\"%d\" y=\"%d\">loops back "
        + "here forever</text></g>%n", x1, y, x2, x1 + 4, y + 22));
  }
}
