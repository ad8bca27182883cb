package io.havpn.cli.verify.stages;

import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.ItfWriter;
import io.havpn.bridge.itf.TlcToItf;
import io.havpn.bridge.spec.LabCheck;
import io.havpn.bridge.spec.LabModelCheck;
import io.havpn.bridge.spec.LabModule;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.tlc.TraceState;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Timeline;
import io.havpn.cli.verify.VerifyRun;
import io.havpn.model.Property;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TLC on the lab at the CI size (one fault per behaviour): every safety property as an invariant and every eventual
 * one under fairness, FailoverBound on the failover clock, each counterexample written as ITF and drawn as a timeline.
 */
public final class TlcStage implements Stage {

  /** Where the counterexamples go in the output directory. */
  public static final String ITF_DIR = "tlc";

  @Override
  public String id() {
    return "tlc";
  }

  @Override
  public String title() {
    return "TLC model check (size ci: at most 1 fault)";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.of(Technique.TLC);
  }

  /** TLC runs in a JVM of its own: the Java stages run meanwhile. */
  @Override
  public boolean runsAlongside() {
    return true;
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    LabModule.Size size = LabModule.size("ci");
    Lab bounded = LabModule.bounded(run.lab(), size.maxFaults(), size.maxLosses());
    TlcOptions options = TlcOptions.defaults().withWorkers(run.options().tlcWorkers())
        .withTimeout(run.options().tlcTimeLimit());
    List<Property> checked = run.options().tlcSafetyOnly() ? LabModule.SAFETY : LabModule.CHECKED;
    LabModelCheck.Report report = LabModelCheck.check(bounded, checked, LabCheck.specText(), options,
        LabModelCheck.local(new TlcRunner(), p -> progress.done(p.distinctStates(),
            String.format("depth %d, %,d distinct states", p.depth(), p.distinctStates()))));
    Map<String, Judgement> judgements = new LinkedHashMap<>();
    for (LabModelCheck.PropertyVerdict verdict : report.verdicts()) {
      judgements.put(verdict.property().id(), judgement(run, bounded, verdict));
    }
    for (Property property : LabModule.CHECKED) {
      if (!checked.contains(property)) {
        judgements.put(property.id(), Judgement.notChecked("not checked: --tlc-properties safety leaves out the "
            + "liveness and failover-bound checks"));
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("properties", run.options().tlcSafetyOnly() ? "safety (invariants only)"
        : "all (invariants, and eventual properties under fairness)");
    metadata.put("size", size.name() + " (at most " + size.maxFaults() + " fault, " + size.maxLosses() + " loss)");
    metadata.put("distinct states", String.format("%,d", report.distinctStates()));
    metadata.put("depth", Integer.toString(report.depth()));
    metadata.put("TLC runs", Integer.toString(report.runs().size()));
    metadata.put("TLC time", seconds(report.elapsed()));
    metadata.put("workers", Integer.toString(options.workers()));
    report.runs().stream().map(r -> r.output().version()).flatMap(Optional::stream).findFirst()
        .ifPresent(v -> metadata.put("TLC version", v));
    Duration elapsed = Duration.between(start, Instant.now());
    if (report.failure().isPresent()) {
      TlcResult last = report.runs().get(report.runs().size() - 1);
      String errors = String.join("; ", last.output().errors().stream().map(Object::toString).distinct().toList());
      String problem = report.failure().get() + (errors.isEmpty() ? "" : " (" + errors + ")");
      return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, judgements,
          "TLC could not finish: " + problem, Optional.of(problem), elapsed, metadata, List.of());
    }
    long violated = report.verdicts().stream().filter(v -> v.status() == LabModelCheck.Status.VIOLATED).count();
    String summary = String.format("%,d distinct states, %d run(s): %s", report.distinctStates(), report.runs().size(),
        violated == 0 ? "all " + report.verdicts().size() + " checked properties hold"
            : violated + " propert" + (violated == 1 ? "y" : "ies") + " violated");
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, judgements, summary,
        Optional.empty(), elapsed, metadata, List.of());
  }

  private Judgement judgement(VerifyRun run, Lab bounded, LabModelCheck.PropertyVerdict verdict) {
    return switch (verdict.status()) {
      case HOLDS -> Judgement.holds(verdict.detail());
      case NOT_JUDGED -> Judgement.notJudged(verdict.detail());
      case VIOLATED -> violated(run, bounded, verdict);
    };
  }

  private Judgement violated(VerifyRun run, Lab bounded, LabModelCheck.PropertyVerdict verdict) {
    String property = verdict.property().id();
    if (verdict.counterexample().isEmpty()) {
      return Judgement.violated(verdict.detail() + " (TLC printed no trace)", List.of());
    }
    io.havpn.bridge.tlc.Counterexample counterexample = verdict.counterexample().get();
    ItfTrace itf = TlcToItf.convert(counterexample, "havpn verify " + bounded.name());
    String file = ITF_DIR + "/" + property + ".itf.json";
    write(run.out().resolve(file), new ItfWriter().write(itf));
    String evidenceId = "tlc-" + property;
    run.addTlcTrace(new VerifyRun.TlcTrace(evidenceId, property, itf));
    List<String> actions = new ArrayList<>();
    for (TraceState state : counterexample.states()) {
      actions.add(state.index() == 1 ? "initial state" : state.action().name());
    }
    Timeline timeline = Timeline.ofTlc(run.lab(), counterexample.states(), actions, itf.loop().orElse(-1));
    String kind = counterexample.isLasso() ? "a lasso of " + counterexample.states().size()
        + " states (the behaviour repeats its loop forever)" : "a trace of " + counterexample.states().size()
        + " states";
    List<Evidence> evidence = List.of(
        new Evidence.CounterexampleTrace(evidenceId, "TLC: " + property + " violated, " + kind, timeline,
            List.of(), ""),
        new Evidence.OutputFile(file, "the counterexample as an ITF trace (havpn replay-cex " + file
            + run.mistake().map(m -> " --mistake " + m.id()).orElse("") + ")"));
    return Judgement.violated(verdict.detail(), evidence);
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
