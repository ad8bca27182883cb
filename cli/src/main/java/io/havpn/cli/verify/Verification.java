package io.havpn.cli.verify;

import io.havpn.cli.ExitCode;
import io.havpn.model.Property;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finished run, as every output renders it: the lab, each stage's result with its evidence (TLC's counterexamples
 * carrying their replay on the Java model), the outages measured beside the failover bound, and the run's metadata.
 *
 * @param failoverBound FailoverBound's bound in seconds for this lab; {@link Integer#MAX_VALUE} when nothing bounds it
 * @param metadata versions, seeds, times, in order
 */
public record Verification(Lab lab, Optional<DesignMistake> mistake, List<StageResult> stages,
    List<VerifyRun.MeasuredOutages> outages, int failoverBound, Map<String, String> metadata) {

  /** The run's overall outcome, which sets the exit code. */
  public enum Outcome {
    /** Every check that ran holds and every stage that is available completed. */
    ALL_HOLD("every property holds", ExitCode.OK),
    /** A technique found a property violated. */
    VIOLATED("a property is violated", ExitCode.VIOLATED),
    /** A stage failed (a tool crashed, timed out, or two techniques disagree): the verdicts are incomplete. */
    STAGE_FAILED("a stage failed: the verdicts are incomplete", ExitCode.BAD_INPUT);

    private final String text;
    private final int exitCode;

    Outcome(String text, int exitCode) {
      this.text = text;
      this.exitCode = exitCode;
    }

    public String text() {
      return text;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  public Verification {
    stages = List.copyOf(stages);
    outages = List.copyOf(outages);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** The run's results, with each TLC counterexample's replay attached to it. */
  public static Verification of(VerifyRun run, Map<String, String> metadata) {
    List<StageResult> stages = new ArrayList<>();
    for (StageResult stage : run.results()) {
      Map<String, Judgement> judgements = new LinkedHashMap<>();
      stage.judgements().forEach((check, judgement) -> judgements.put(check, new Judgement(judgement.status(),
          judgement.detail(), judgement.evidence().stream().map(e -> crossChecked(run, e)).toList())));
      stages.add(new StageResult(stage.stageId(), stage.title(), stage.technique(), stage.status(), judgements,
          stage.summary(), stage.problem(), stage.elapsed(), stage.metadata(),
          stage.evidence().stream().map(e -> crossChecked(run, e)).toList()));
    }
    return new Verification(run.lab(), run.mistake(), stages, run.outages(), Property.failoverBound(run.lab()),
        metadata);
  }

  private static Evidence crossChecked(VerifyRun run, Evidence evidence) {
    if (evidence instanceof Evidence.CounterexampleTrace trace) {
      String check = run.crossChecks().getOrDefault(trace.id(), trace.crossCheck());
      return new Evidence.CounterexampleTrace(trace.id(), trace.title(), run.labelled(trace.id(), trace.timeline()),
          trace.steps(), check);
    }
    return evidence;
  }

  public Outcome outcome() {
    if (stages.stream().anyMatch(s -> s.status() == StageResult.Status.FAILED)) {
      return Outcome.STAGE_FAILED;
    }
    return stages.stream().anyMatch(StageResult::anyViolated) ? Outcome.VIOLATED : Outcome.ALL_HOLD;
  }

  /** The stage that fills a technique's column, if the pipeline has one. */
  public Optional<StageResult> stage(Technique technique) {
    return stages.stream().filter(s -> s.technique().equals(Optional.of(technique))).findFirst();
  }

  /** A matrix cell: what a technique concluded about a check; "not run" when no stage of that technique ran. */
  public Judgement cell(String check, Technique technique) {
    return stage(technique).map(s -> s.judgement(check))
        .orElseGet(() -> Judgement.notRun("not available in this build"));
  }

  /** The checks some technique found violated, in the matrix's order. */
  public List<String> violatedChecks() {
    return Checks.ids().stream().filter(check -> stages.stream()
        .anyMatch(s -> s.judgement(check).status() == Judgement.Status.VIOLATED)).toList();
  }

  /** Every counterexample of the run, in matrix order (check, then technique), each once. */
  public List<Evidence.CounterexampleTrace> counterexamples() {
    Map<String, Evidence.CounterexampleTrace> traces = new LinkedHashMap<>();
    for (String check : Checks.ids()) {
      for (Technique technique : Technique.values()) {
        for (Evidence evidence : cell(check, technique).evidence()) {
          if (evidence instanceof Evidence.CounterexampleTrace trace) {
            traces.putIfAbsent(trace.id(), trace);
          }
        }
      }
    }
    return List.copyOf(traces.values());
  }
}
