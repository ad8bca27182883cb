package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.Step;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counterexample as a person reads it: each stimulus with the second it was applied and the HSRP state changes it
 * led to, then the quiescent suffix, the failure, and how to reproduce it.
 */
public final class CounterexampleReport {

  private CounterexampleReport() {}

  public static List<String> lines(Counterexample counterexample) {
    Lab lab = counterexample.lab();
    List<Stimulus> stimuli = counterexample.stimuli();
    Recorder recorder = new Recorder(lab, stimuli.size());
    SequenceRun.Outcome outcome = counterexample.replay(recorder);
    List<String> lines = new ArrayList<>();
    lines.add(counterexample.violated() + " violated on " + lab.name() + " (lab " + counterexample.variant()
        + ", seed " + counterexample.seed() + "), shrunk from " + counterexample.shrunkFrom() + " to "
        + stimuli.size() + " actions:");
    for (int i = 0; i < stimuli.size(); i++) {
      lines.add(String.format("  %2d. %4d s  %-45s %s", i + 1, recorder.startTimes[i], stimuli.get(i).text(lab),
          recorder.changes(i)));
    }
    if (outcome.quiescentFrom() >= 0) {
      lines.add(String.format("      %4d s  faults stop%s; traffic every second; judged from %d s   %s",
          outcome.quiescentFrom(), repairs(lab, outcome.repairs()), outcome.judgedFrom(),
          recorder.changes(stimuli.size())));
    }
    Failure failure = outcome.failure();
    lines.add(failure == null ? "  replayed: every check holds (expected " + counterexample.violated() + ")"
        : "  " + failure.check() + " at " + failure.time() + " s: " + failure.detail());
    lines.add("reproduce: " + counterexample.reproduce());
    if (counterexample.note() != null) {
      lines.add("note: " + counterexample.note());
    }
    return lines;
  }

  private static String repairs(Lab lab, List<Action> repairs) {
    return repairs.isEmpty() ? "" : " (repairs: " + String.join(", ",
        repairs.stream().map(a -> ActionWords.text(lab, a)).toList()) + ")";
  }

  /** Per stimulus (the suffix last): the second it started at, and each router's HSRP states in order. */
  private static final class Recorder implements SequenceRun.Listener {
    private final Lab lab;
    private final int[] startTimes;
    private final List<Map<String, List<String>>> changes = new ArrayList<>();

    Recorder(Lab lab, int stimuli) {
      this.lab = lab;
      this.startTimes = new int[stimuli];
      for (int i = 0; i <= stimuli; i++) {
        changes.add(new LinkedHashMap<>());
      }
    }

    @Override
    public void stimulusStarted(int index, int time) {
      startTimes[index] = time;
    }

    @Override
    public void stepTaken(int stimulus, int time, Action action, Step step) {
      int slot = stimulus == SequenceRun.QUIESCENT ? changes.size() - 1 : stimulus;
      if (slot < 0) {
        return;
      }
      for (Observation observation : step.observations()) {
        if (observation instanceof Observation.HsrpStateChanged change) {
          List<String> path = changes.get(slot).computeIfAbsent(change.device(),
              d -> new ArrayList<>(List.of(change.from().iosName())));
          path.add(change.to().iosName());
        }
      }
      if (action instanceof Action.Reload reload) {
        changes.get(slot).computeIfAbsent(lab.router(reload.router()).name(), d -> new ArrayList<>())
            .add("(reload)");
      }
    }

    String changes(int slot) {
      List<String> parts = new ArrayList<>();
      changes.get(slot).forEach((device, path) -> parts.add(device + " " + String.join(">", path)));
      return String.join("; ", parts);
    }
  }
}
