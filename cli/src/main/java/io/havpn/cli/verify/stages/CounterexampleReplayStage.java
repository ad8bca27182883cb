package io.havpn.cli.verify.stages;

import io.havpn.bridge.replay.CounterexampleReplay;
import io.havpn.bridge.replay.Divergence;
import io.havpn.bridge.replay.ReplayResult;
import io.havpn.bridge.replay.StepVerdict;
import io.havpn.bridge.spec.LabModule;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.VerifyRun;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every counterexample TLC found, replayed on the Java model of the same lab (as {@code havpn replay-cex} does): the
 * two views of the system must take the same steps. A divergence means the spec and the model disagree, so the
 * verdicts cannot be trusted: the stage fails.
 */
public final class CounterexampleReplayStage implements Stage {

  @Override
  public String id() {
    return "replay-cex";
  }

  @Override
  public String title() {
    return "Replay of TLC's counterexamples on the Java model";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.empty();
  }

  @Override
  public List<String> needs() {
    return List.of("tlc");
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    List<VerifyRun.TlcTrace> traces = run.tlcTraces();
    if (traces.isEmpty()) {
      return StageResult.skipped(this, "no counterexample to replay: TLC found none");
    }
    // the budgets TLC checked with: faults and losses count only under one
    LabModule.Size size = LabModule.size("ci");
    Lab bounded = LabModule.bounded(run.lab(), size.maxFaults(), size.maxLosses());
    progress.total(traces.size());
    List<String> lines = new ArrayList<>();
    List<String> divergences = new ArrayList<>();
    int done = 0;
    for (VerifyRun.TlcTrace trace : traces) {
      ReplayResult result = new CounterexampleReplay(new VpnHaModel(bounded)).replay(trace.trace());
      String verdict = verdict(result);
      run.crossCheck(trace.evidenceId(), verdict);
      run.replayedActions(trace.evidenceId(), result.steps().stream().filter(StepVerdict::matched)
          .map(step -> step.index() == 0 ? "initial state" : step.action()).toList());
      lines.add(trace.property() + ": " + verdict);
      if (!result.replayed()) {
        divergences.add(trace.property());
      }
      progress.done(++done, trace.property());
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("traces replayed", Integer.toString(traces.size()));
    metadata.put("divergences", divergences.isEmpty() ? "none" : String.join(", ", divergences));
    List<Evidence> evidence = List.of(new Evidence.Lines("replays", lines));
    Duration elapsed = Duration.between(start, Instant.now());
    if (!divergences.isEmpty()) {
      String problem = "the Java model diverges from TLC's counterexample for " + String.join(", ", divergences)
          + ": the spec and the model disagree (see havpn replay-cex)";
      return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, Map.of(), problem,
          Optional.of(problem), elapsed, metadata, evidence);
    }
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, Map.of(),
        traces.size() + " trace(s), every step taken by the Java model", Optional.empty(), elapsed, metadata,
        evidence);
  }

  private static String verdict(ReplayResult result) {
    if (result.replayed()) {
      return "replayed on the Java model: all " + result.steps().size() + " states match"
          + (result.loop() == ReplayResult.Loop.VERIFIED ? ", loop back included" : "");
    }
    Divergence d = result.divergence().get();
    return "the Java model diverges at step " + d.step() + " (differs in "
        + String.join(", ", d.differences().stream().map(v -> v.variable()).toList()) + ")";
  }
}
