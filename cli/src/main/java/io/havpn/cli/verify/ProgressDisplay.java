package io.havpn.cli.verify;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress bars of the running stages on one stderr line (TLC runs beside the Java stages, so two may be running
 * at once): {@code tlc [depth 120, 84,211 distinct states]  property-tests [██████░░░░ 600/1,000]}. A finished
 * stage gets a line of its own above. Redrawn at most every 200 ms; nothing is drawn when progress is off.
 */
final class ProgressDisplay {

  private static final int BAR = 20;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final Map<String, Bar> running = new LinkedHashMap<>();
  private long lastDraw;
  private int drawnWidth;

  ProgressDisplay(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  /** The progress of one stage, drawn while it runs. */
  synchronized StageProgress start(Stage stage) {
    Bar bar = new Bar();
    running.put(stage.id(), bar);
    return new StageProgress() {
      @Override
      public void total(long units) {
        synchronized (ProgressDisplay.this) {
          bar.total = units;
          draw(false);
        }
      }

      @Override
      public void done(long units, String message) {
        synchronized (ProgressDisplay.this) {
          bar.done = units;
          bar.message = message;
          draw(false);
        }
      }
    };
  }

  /** The stage is over: its bar goes, and its outcome is printed on a line of its own. */
  synchronized void finish(Stage stage, StageResult result) {
    running.remove(stage.id());
    if (!shown) {
      return;
    }
    clear();
    err.printf("%-14s %-8s %s (%.1f s)%n", stage.id(), result.status().word(), result.summary(),
        result.elapsed().toMillis() / 1000.0);
    draw(true);
  }

  private void draw(boolean force) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    List<String> parts = new ArrayList<>();
    running.forEach((id, bar) -> parts.add(id + " " + bar.render()));
    String line = String.join("  ", parts);
    err.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    if (drawnWidth > line.length()) {
      err.print('\r' + line);
    }
    drawnWidth = line.length();
    err.flush();
  }

  private void clear() {
    if (drawnWidth > 0) {
      err.print('\r' + " ".repeat(drawnWidth) + '\r');
      drawnWidth = 0;
    }
  }

  /** One stage's bar: a filled bar when the total is known, a count otherwise. */
  private static final class Bar {
    long total = -1;
    long done;
    String message = "";

    String render() {
      String extra = message.isEmpty() ? "" : " " + message;
      if (total <= 0) {
        return "[" + extra.strip() + "]";
      }
      int filled = (int) Math.min(BAR, done * BAR / total);
      return "[" + "█".repeat(filled) + "░".repeat(BAR - filled) + "] " + String.format("%,d/%,d", done, total)
          + extra;
    }
  }
}
