package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.Step;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a run of many sequences exercised: the stimulus mix, model steps by kind, the RFC 2281 table cells applied,
 * HSRP states entered and role combinations reached, dual-Active episodes, and failover (outage) durations.
 */
public final class RunStatistics {

  private static final int STATES = HsrpState.values().length;
  private static final int EVENTS = HsrpEvent.values().length;

  private long sequences;
  private long steps;
  private long simulatedSeconds;
  private final Map<String, Long> stimuli = new TreeMap<>();
  private final Map<Action.Kind, Long> stepKinds = new EnumMap<>(Action.Kind.class);
  private final Map<Integer, Long> labsBySize = new TreeMap<>();
  /** Applications of each table cell, by state and event ordinal. */
  private final long[][] cells = new long[STATES][EVENTS];
  private final long[] statesEntered = new long[STATES];
  /** Role combinations: how many routers are in each HSRP state, packed base 5 (at most 4 routers per state). */
  private final Set<Integer> roleCombinations = new TreeSet<>();
  private long dualActiveEpisodes;
  private int longestDualActive;
  /** Completed outages of TunnelRestored: seconds -> count. */
  private final Map<Integer, Long> outages = new TreeMap<>();

  /** Counts one generated stimulus. */
  public void stimulusApplied(Lab lab, Stimulus stimulus) {
    stimuli.merge(mixName(stimulus), 1L, Long::sum);
  }

  /** A listener for one sequence on {@code lab}; call {@link Recorder#finish()} when the sequence is over. */
  public Recorder recorder(Lab lab) {
    sequences++;
    labsBySize.merge(lab.routerCount(), 1L, Long::sum);
    return new Recorder(lab);
  }

  /** Records one sequence's steps into these statistics. */
  public final class Recorder implements SequenceRun.Listener {
    private final Lab lab;
    private int dualActiveSince = -1;
    private int lastTime;

    private Recorder(Lab lab) {
      this.lab = lab;
    }

    @Override
    public void stepTaken(int stimulus, int time, Action action, Step step) {
      steps++;
      lastTime = time;
      stepKinds.merge(action.kind(), 1L, Long::sum);
      boolean rolesChanged = action instanceof Action.Reload; // a reload changes the state without a log line
      for (Observation observation : step.observations()) {
        if (observation instanceof Observation.HsrpEventHandled handled && handled.cell() != null) {
          cells[handled.state().ordinal()][handled.event().ordinal()]++;
        } else if (observation instanceof Observation.HsrpStateChanged changed) {
          statesEntered[changed.to().ordinal()]++;
          rolesChanged = true;
        }
      }
      if (rolesChanged) {
        rolesReached(step, time);
      }
    }

    @Override
    public void outageEnded(int start, int end) {
      outages.merge(end - start, 1L, Long::sum);
    }

    private void rolesReached(Step step, int time) {
      int[] counts = new int[STATES];
      for (int r = 0; r < lab.routerCount(); r++) {
        counts[step.next().router(r).hsrp().ordinal()]++;
      }
      int packed = 0;
      for (int s = STATES - 1; s >= 0; s--) {
        packed = packed * 5 + counts[s];
      }
      roleCombinations.add(packed);
      boolean dual = counts[HsrpState.ACTIVE.ordinal()] >= 2;
      if (dual && dualActiveSince < 0) {
        dualActiveSince = time;
        dualActiveEpisodes++;
      } else if (!dual && dualActiveSince >= 0) {
        endDualActive(time);
      }
    }

    private void endDualActive(int time) {
      longestDualActive = Math.max(longestDualActive, time - dualActiveSince);
      dualActiveSince = -1;
    }

    /** The sequence is over: its last step was its last second. */
    public void finish() {
      if (dualActiveSince >= 0) {
        endDualActive(lastTime);
      }
      simulatedSeconds += lastTime;
    }
  }

  // ---- reading ----

  public long sequences() {
    return sequences;
  }

  public long steps() {
    return steps;
  }

  public long simulatedSeconds() {
    return simulatedSeconds;
  }

  public Map<String, Long> stimuli() {
    return Map.copyOf(stimuli);
  }

  public long dualActiveEpisodes() {
    return dualActiveEpisodes;
  }

  public int longestDualActive() {
    return longestDualActive;
  }

  public long statesEntered(HsrpState state) {
    return statesEntered[state.ordinal()];
  }

  public long cellApplications(HsrpState state, HsrpEvent event) {
    return cells[state.ordinal()][event.ordinal()];
  }

  public int roleCombinations() {
    return roleCombinations.size();
  }

  /** Completed outages, shortest first. */
  public List<Integer> failoverDurations() {
    List<Integer> durations = new ArrayList<>();
    outages.forEach((seconds, count) -> {
      for (long i = 0; i < count; i++) {
        durations.add(seconds);
      }
    });
    return durations;
  }

  /** How many of the table's non-empty cells were applied at least once, and which were not. */
  public record Coverage(int exercised, int total, List<HsrpTable.Entry> missing) {
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  public Coverage coverage(HsrpTable table) {
    List<HsrpTable.Entry> entries = table.entries();
    List<HsrpTable.Entry> missing = entries.stream()
        .filter(e -> cellApplications(e.state(), e.event()) == 0).toList();
    return new Coverage(entries.size() - missing.size(), entries.size(), missing);
  }

  /** The statistics as readable lines, for the command's output and test logs. */
  public List<String> summary(HsrpTable table) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("sequences         %,d (labs by routers: %s), %,d model steps, %,d simulated seconds",
        sequences, joined(labsBySize, size -> size + " routers"), steps, simulatedSeconds));
    lines.add("stimuli           " + joined(stimuli, name -> name));
    lines.add("model steps       " + joined(stepKinds, Action.Kind::name));
    Coverage coverage = coverage(table);
    lines.add("RFC table cells   " + coverage.exercised() + "/" + coverage.total() + " exercised"
        + (coverage.complete() ? "" : "; never: " + coverage.missing().stream().map(HsrpTable.Entry::toString)
            .collect(Collectors.joining(", "))));
    Map<String, Long> entered = new java.util.LinkedHashMap<>();
    for (HsrpState state : HsrpState.values()) {
      entered.put(state.iosName(), statesEntered[state.ordinal()]);
    }
    lines.add("HSRP states       entered: " + joined(entered, name -> name) + "; " + roleCombinations.size()
        + " role combinations");
    lines.add(String.format("dual-Active       %,d episodes, longest %d s", dualActiveEpisodes, longestDualActive));
    List<Integer> durations = failoverDurations();
    lines.add(durations.isEmpty() ? "failovers         no outage of TunnelRestored ended"
        : String.format("failovers         %,d outages of TunnelRestored: min %d s, median %d s, max %d s",
            durations.size(), durations.get(0), durations.get(durations.size() / 2),
            durations.get(durations.size() - 1)));
    return lines;
  }

  private static <K> String joined(Map<K, Long> counts, java.util.function.Function<K, String> name) {
    return counts.entrySet().stream().map(e -> name.apply(e.getKey()) + " " + String.format("%,d", e.getValue()))
        .collect(Collectors.joining(" · "));
  }

  /** Stimulus names for the mix; interface changes say which side, since inside ones move priorities. */
  private static String mixName(Stimulus stimulus) {
    if (stimulus instanceof Stimulus.Inject inject) {
      Action action = inject.action();
      if (action instanceof Action.InterfaceDown down) {
        return action.name() + (down.iface() == HsrpRouter.HSRP_INTERFACE ? " outside" : " inside");
      } else if (action instanceof Action.InterfaceUp up) {
        return action.name() + (up.iface() == HsrpRouter.HSRP_INTERFACE ? " outside" : " inside");
      }
      return action.name();
    }
    return "Wait";
  }
}
