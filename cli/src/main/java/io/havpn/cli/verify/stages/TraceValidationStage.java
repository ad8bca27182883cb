package io.havpn.cli.verify.stages;

import io.havpn.bridge.itf.ItfFormatException;
import io.havpn.bridge.itf.ItfReader;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.validate.LoggedTrace;
import io.havpn.bridge.validate.TraceSlots;
import io.havpn.bridge.validate.TraceValidation;
import io.havpn.bridge.validate.TraceVerdict;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.validate.ValidateCommand;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.VerifyRun;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java model's behaviours that the run wrote as ITF traces (the property tests' counterexamples, the log replay's
 * matched behaviour, the simulation's run) checked against the TLA+ spec with TLC, as {@code havpn validate} does: one
 * TLC run per lab the traces were recorded on. A trace TLC rejects is a step the model takes and the spec does not:
 * the two disagree, so no verdict can be trusted and the stage fails, like a counterexample replay divergence.
 */
public final class TraceValidationStage implements Stage {

  @Override
  public String id() {
    return "validate";
  }

  @Override
  public String title() {
    return "Trace validation of the Java model's behaviours with TLC";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.empty();
  }

  /** TLC in a process of its own: it may run while the TLC check finishes and its counterexamples are replayed. */
  @Override
  public boolean runsAlongside() {
    return true;
  }

  @Override
  public List<String> needs() {
    return List.of("property-tests", "log-replay", "simulation");
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    List<VerifyRun.TraceToValidate> traces = run.tracesToValidate();
    if (traces.isEmpty()) {
      return StageResult.skipped(this, "no trace to validate: the stages that write them did not run or wrote none");
    }
    // one TLC run per lab: the traces carry the lab they were recorded on, budgets aside
    Map<Lab, List<VerifyRun.TraceToValidate>> byLab = new LinkedHashMap<>();
    Map<VerifyRun.TraceToValidate, ItfTrace> itfs = new LinkedHashMap<>();
    for (VerifyRun.TraceToValidate trace : traces) {
      ItfTrace itf = read(trace);
      Lab recorded = TraceFiles.lab(itf).orElse(run.lab());
      Lab unbounded = recorded.withOptions(recorded.options().withBudgets(-1, -1));
      byLab.computeIfAbsent(unbounded, l -> new ArrayList<>()).add(trace);
      itfs.put(trace, itf);
    }
    progress.total(traces.size());
    // a few seconds of TLC on the run's own traces: C2's compilations would cost it more CPU than they save
    TlcOptions options = TlcOptions.defaults().withWorkers(1).withTimeout(run.options().tlcTimeLimit())
        .withJvmOptions("-XX:TieredStopAtLevel=1");
    List<String> lines = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<String> tlcRuns = new ArrayList<>();
    int done = 0;
    for (Map.Entry<Lab, List<VerifyRun.TraceToValidate>> group : byLab.entrySet()) {
      List<ItfTrace> groupItfs = group.getValue().stream().map(itfs::get).toList();
      Lab lab = ValidateCommand.withBudgets(group.getKey(), groupItfs);
      TraceSlots slots = new TraceSlots(lab.routerCount());
      List<LoggedTrace> logged = new ArrayList<>();
      for (int i = 0; i < groupItfs.size(); i++) {
        logged.add(LoggedTrace.fromItf(group.getValue().get(i).name(), groupItfs.get(i), slots));
      }
      final int before = done;
      TraceValidation.Outcome outcome = new TraceValidation(lab, new TlcRunner()).validate(logged, 0, options,
          p -> progress.done(before, String.format("TLC: %,d distinct states", p.distinctStates())));
      Duration elapsed = Duration.between(start, Instant.now());
      if (!outcome.completed()) {
        String problem = "TLC did not finish validating " + group.getValue().size() + " trace(s) on lab "
            + lab.name() + ": " + outcome.tlc().summary();
        return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, Map.of(), problem,
            Optional.of(problem), elapsed, Map.of("TLC runs", String.join("; ", tlcRuns)),
            List.of(new Evidence.Lines("validations", lines)));
      }
      tlcRuns.add(String.format("lab %s: %d trace(s) in %.1f s", lab.name(), logged.size(),
          outcome.tlc().elapsed().toMillis() / 1000.0));
      for (int i = 0; i < logged.size(); i++) {
        VerifyRun.TraceToValidate trace = group.getValue().get(i);
        String verdict = verdict(outcome.verdicts().get(i));
        run.crossCheck(trace.evidenceId(), verdict);
        lines.add(trace.name() + " (" + run.out().relativize(trace.file()) + "): " + verdict);
        if (!outcome.verdicts().get(i).accepted()) {
          rejected.add(trace.name());
        }
        progress.done(++done, trace.name());
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("traces validated", Integer.toString(traces.size()));
    metadata.put("TLC runs", String.join("; ", tlcRuns));
    metadata.put("rejected", rejected.isEmpty() ? "none" : String.join(", ", rejected));
    List<Evidence> evidence = List.of(new Evidence.Lines("validations", lines));
    Duration elapsed = Duration.between(start, Instant.now());
    if (!rejected.isEmpty()) {
      String problem = "TLC rejects " + String.join(", ", rejected) + ": the Java model takes steps the spec does "
          + "not, so the two disagree (see havpn validate)";
      return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, Map.of(), problem,
          Optional.of(problem), elapsed, metadata, evidence);
    }
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, Map.of(),
        traces.size() + " trace(s), each a behaviour of the spec", Optional.empty(), elapsed, metadata, evidence);
  }

  private static ItfTrace read(VerifyRun.TraceToValidate trace) {
    try {
      return ItfReader.read(Files.readString(trace.file()));
    } catch (IOException e) {
      throw new UncheckedIOException(trace.file() + ": " + e.getMessage(), e);
    } catch (ItfFormatException e) {
      // the run wrote it itself: a trace it cannot read back is a bug
      throw new IllegalStateException(trace.file() + ": not an ITF trace: " + e.getMessage(), e);
    }
  }

  private static String verdict(TraceVerdict v) {
    if (v.accepted()) {
      return "validated by TLC: a behaviour of the spec, all " + v.entries() + " states matched";
    }
    TraceVerdict.Unmatched u = v.unmatched();
    return "REJECTED by TLC: states 0 to " + (v.matched() - 1) + " of " + v.entries() + " matched, the spec cannot "
        + "take state " + u.state() + " (" + u.action() + ")";
  }
}
