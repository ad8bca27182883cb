package io.havpn.cli.report;

import io.havpn.cli.verify.VerifyRun;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The failover bound beside the outages each technique measured: one histogram per source (outage length in seconds
 * against how many outages lasted that long), with the bound drawn across it.
 */
public final class FailoverChart {

  private static final int W = 560;
  private static final int H = 120;
  private static final int LEFT = 40;

  private FailoverChart() {}

  /** min, median and max of the durations, "none" when there are none. */
  public static String stats(List<Integer> seconds) {
    if (seconds.isEmpty()) {
      return "no outage";
    }
    List<Integer> sorted = seconds.stream().sorted().toList();
    return String.format("%d outage(s): min %d s, median %d s, max %d s", sorted.size(), sorted.get(0),
        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }

  public static String svg(VerifyRun.MeasuredOutages measured, int bound) {
    Map<Integer, Integer> counts = new TreeMap<>();
    measured.seconds().forEach(s -> counts.merge(s, 1, Integer::sum));
    int maxSeconds = Math.max(bound == Integer.MAX_VALUE ? 0 : bound,
        measured.seconds().stream().mapToInt(Integer::intValue).max().orElse(0)) + 5;
    int maxCount = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    double perSecond = (double) (W - LEFT - 10) / maxSeconds;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" "
        + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"outage durations\">", W, H + 30, W, H + 30));
    svg.append(String.format("<line class=\"axis-line\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, H, W - 10,
        H));
    int step = maxSeconds <= 60 ? 5 : maxSeconds <= 150 ? 10 : maxSeconds <= 400 ? 30 : 60;
    for (int s = 0; s <= maxSeconds; s += step) {
      int x = LEFT + (int) (s * perSecond);
      svg.append(String.format("<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>", x, H + 14,
          s));
    }
    svg.append(String.format("<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">seconds</text>", W - 10,
        H + 28));
    int barW = Math.max(2, (int) perSecond - 1);
    counts.forEach((seconds, count) -> {
      int h = (int) Math.max(2, (double) count / maxCount * (H - 20));
      int x = LEFT + (int) (seconds * perSecond) - barW / 2;
      // beyond the bound is a violation only where the bound applies to every outage
      boolean over = measured.judged() && bound != Integer.MAX_VALUE && seconds > bound;
      svg.append(String.format("<rect class=\"bar%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%d s: %d "
          + "outage(s)</title></rect>", over ? " over" : "", x, H - h, barW, h, seconds, count));
    });
    svg.append(String.format("<text class=\"tick\" x=\"%d\" y=\"12\" text-anchor=\"end\">%d</text>", LEFT - 4,
        maxCount));
    if (bound != Integer.MAX_VALUE) {
      int x = LEFT + (int) (bound * perSecond);
      svg.append(String.format("<line class=\"bound\" x1=\"%d\" y1=\"4\" x2=\"%d\" y2=\"%d\"/>"
          + "<text class=\"bound-label\" "
          + "x=\"%d\" y=\"14\">bound %d s</text>", x, x, H, x + 4, bound));
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
