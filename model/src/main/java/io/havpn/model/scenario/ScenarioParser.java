package io.havpn.model.scenario;

import io.havpn.model.Action;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the scenario language, one statement per line ({@code #} starts a comment). Times are whole seconds from the
 * moment every router is powered on.
 *
 * <pre>
 * duration 240
 * at 60 InterfaceDown 7204VXR-1 FastEthernet0/0
 * every 1 from 30 [until 200] Traffic
 * from 120 until 145 HelloLost 7204VXR-2 7204VXR-1
 * snapshot 55 before failover
 * </pre>
 */
public final class ScenarioParser {

  private static final String STATEMENTS = "duration, at, every, from, snapshot";

  private ScenarioParser() {}

  public static Scenario parse(Lab lab, String source, String text) {
    int duration = -1;
    List<Scenario.Injection> injections = new ArrayList<>();
    List<Scenario.Repeat> repeats = new ArrayList<>();
    List<Scenario.LossWindow> windows = new ArrayList<>();
    List<Scenario.SnapshotPoint> snapshots = new ArrayList<>();
    List<Cursor> timed = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).trim();
      if (line.isEmpty()) {
        continue;
      }
      Cursor cursor = new Cursor(source, i + 1, Arrays.asList(line.split("\\s+")));
      switch (cursor.word(0)) {
        case "duration" -> {
          duration = cursor.time(1, "duration");
          cursor.end(2);
        }
        case "at" -> {
          cursor.lastTime = cursor.time(1, "time");
          injections.add(new Scenario.Injection(cursor.lastTime, cursor.injectable(lab, 2), cursor.line));
          timed.add(cursor);
        }
        case "every" -> {
          int period = cursor.time(1, "period");
          if (period == 0) {
            throw cursor.error("the period of 'every' must be at least 1 s");
          }
          cursor.keyword(2, "from");
          int from = cursor.time(3, "start time");
          int until = Integer.MAX_VALUE;
          int actionAt = 4;
          if (cursor.size() > 4 && cursor.word(4).equals("until")) {
            until = cursor.time(5, "end time");
            actionAt = 6;
            if (until < from) {
              throw cursor.error("'every' ends (" + until + ") before it starts (" + from + ")");
            }
          }
          cursor.lastTime = from;
          repeats.add(new Scenario.Repeat(period, from, until, cursor.injectable(lab, actionAt), cursor.line));
          timed.add(cursor);
        }
        case "from" -> {
          int from = cursor.time(1, "start time");
          cursor.keyword(2, "until");
          int until = cursor.time(3, "end time");
          if (until < from) {
            throw cursor.error("the window ends (" + until + ") before it starts (" + from + ")");
          }
          Action action = cursor.action(lab, 4);
          if (action.kind() != Action.Kind.LOSS) {
            throw cursor.error("a 'from ... until' window takes a loss action (HelloLost, KeepaliveLost or EspLost), "
                + "not " + action.name());
          }
          cursor.lastTime = from;
          windows.add(new Scenario.LossWindow(from, until, action, cursor.line));
          timed.add(cursor);
        }
        case "snapshot" -> {
          cursor.lastTime = cursor.time(1, "time");
          String label = cursor.size() > 2 ? cursor.rest(2) : "t=" + cursor.lastTime;
          snapshots.add(new Scenario.SnapshotPoint(cursor.lastTime, label));
          timed.add(cursor);
        }
        default -> throw cursor.error("unknown statement '" + cursor.word(0) + "' (expected one of " + STATEMENTS + ")");
      }
    }
    if (duration < 0) {
      throw new ScenarioException(source, Math.max(1, lines.length), "no 'duration SECONDS' statement");
    }
    for (Cursor cursor : timed) {
      if (cursor.lastTime > duration) {
        throw cursor.error("time " + cursor.lastTime + " is after the scenario's duration (" + duration + " s)");
      }
    }
    // an 'every' stays one statement: the runner generates its injections as it reaches them (see Scenario.schedule)
    List<Scenario.Repeat> capped = new ArrayList<>();
    for (Scenario.Repeat repeat : repeats) {
      capped.add(new Scenario.Repeat(repeat.period(), repeat.from(), Math.min(repeat.until(), duration),
          repeat.action(), repeat.line()));
    }
    return new Scenario(source, duration, injections, capped, windows, snapshots);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** The words of one line, with errors that name the file and line. */
  private static final class Cursor {
    final String source;
    final int line;
    final List<String> words;
    int lastTime;

    Cursor(String source, int line, List<String> words) {
      this.source = source;
      this.line = line;
      this.words = words;
    }

    int size() {
      return words.size();
    }

    String word(int index) {
      return words.get(index);
    }

    String rest(int from) {
      return String.join(" ", words.subList(from, words.size()));
    }

    ScenarioException error(String message) {
      return new ScenarioException(source, line, message);
    }

    int time(int index, String what) {
      if (index >= words.size()) {
        throw error("missing " + what + " (expected whole seconds, 0 or more)");
      }
      String word = words.get(index);
      int value;
      try {
        value = Integer.parseInt(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
      } catch (NumberFormatException e) {
        throw error("'" + word + "' is not a " + what + " (expected whole seconds, 0 or more)");
      }
      if (value < 0) {
        throw error("negative " + what + " " + value + " (expected whole seconds, 0 or more)");
      }
      return value;
    }

    void keyword(int index, String keyword) {
      if (index >= words.size() || !words.get(index).equals(keyword)) {
        throw error("expected '" + keyword + "' after '" + String.join(" ", words.subList(0, index)) + "'");
      }
    }

    void end(int index) {
      if (words.size() > index) {
        throw error("unexpected '" + rest(index) + "' at the end of the line");
      }
    }

    Action action(Lab lab, int index) {
      try {
        return ActionSyntax.parse(lab, words.subList(Math.min(index, words.size()), words.size()));
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    Action injectable(Lab lab, int index) {
      Action action = action(lab, index);
      if (action.kind() == Action.Kind.LOSS && !(action instanceof Action.EspLost)) {
        throw error(action.name() + " loses a packet in flight, which exists only for an instant: use a window, "
            + "'from T1 until T2 " + action.name() + " ...'");
      }
      return action;
    }
  }
}
