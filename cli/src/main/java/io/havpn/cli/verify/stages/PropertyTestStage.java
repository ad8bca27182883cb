package io.havpn.cli.verify.stages;

import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.verify.Checks;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Timeline;
import io.havpn.cli.verify.VerifyRun;
import io.havpn.model.Action;
import io.havpn.model.Step;
import io.havpn.model.VpnHaModel;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.model.lab.Lab;
import io.havpn.proptest.Counterexample;
import io.havpn.proptest.CounterexampleReport;
import io.havpn.proptest.LabVariant;
import io.havpn.proptest.PropertyCheck;
import io.havpn.proptest.RunStatistics;
import io.havpn.proptest.SequenceRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The property tests (the engine of {@code havpn fuzz}) on the lab under review: seeded random sequences of faults,
 * repairs, losses, traffic and waits, every check after every step and the eventual ones once the faults stop. Every
 * sequence runs, so that each check that fails anywhere is found; the first failure of each is shrunk to a minimal
 * counterexample, saved, and drawn as a timeline.
 */
public final class PropertyTestStage implements Stage {

  /** Where the counterexamples go in the output directory. */
  public static final String DIR = "property-tests";

  private final List<String> commandFlags;

  /** @param commandFlags the model options as typed, for the counterexamples' reproduction lines */
  public PropertyTestStage(List<String> commandFlags) {
    this.commandFlags = List.copyOf(commandFlags);
  }

  @Override
  public String id() {
    return "property-tests";
  }

  @Override
  public String title() {
    return "Property tests (random fault sequences on the Java model)";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.of(Technique.PROPERTY_TESTS);
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    Lab lab = run.lab();
    String variantName = run.mistake().map(m -> m.id()).orElse(LabVariant.SEED);
    LabVariant variant = new LabVariant(variantName, "the lab under review", random -> lab, null);
    int sequences = run.options().sequences();
    PropertyCheck check = PropertyCheck.of(variant, sequences, run.seed()).withLength(run.options().length())
        .withCommandFlags(commandFlags);
    RunStatistics statistics = new RunStatistics();
    Map<String, Integer> failures = new TreeMap<>();
    progress.total(sequences);
    for (int i = 0; i < sequences; i++) {
      PropertyCheck.Generated generated = check.generate(PropertyCheck.sequenceSeed(run.seed(), i), statistics);
      if (generated.outcome().failed()) {
        failures.merge(generated.outcome().failure().check(), 1, Integer::sum);
      }
      progress.done(i + 1, failures.isEmpty() ? "" : failures.size() + " check(s) failing");
    }
    Map<String, Judgement> judgements = new LinkedHashMap<>();
    String passed = String.format("no violation in %,d sequences of %d actions (seed %d)", sequences,
        run.options().length(), run.seed());
    for (String row : Checks.ofBehaviour()) {
      if (!failures.containsKey(row)) {
        judgements.put(row, Judgement.holds(passed));
      }
    }
    for (Map.Entry<String, Integer> failure : failures.entrySet()) {
      // the same scan, stopped at this check's first failure and shrunk
      Counterexample counterexample = check.targeting(failure.getKey()).run().counterexample();
      judgements.put(failure.getKey(), violated(run, counterexample, failure.getValue(), sequences));
    }
    List<Integer> outages = statistics.failoverDurations();
    run.measuredOutages("property tests", outages, false, "every outage of TunnelRestored in the sequences, "
        + "including those while faults went on (a partition, both routers down); FailoverBound judges only the "
        + "outages after the faults stop, and held on all of them unless the matrix says otherwise");
    HsrpTable table = HsrpTable.of(lab.options().resignOnDisplacement());
    RunStatistics.Coverage coverage = statistics.coverage(table);
    Duration elapsed = Duration.between(start, Instant.now());
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("seed", Long.toString(run.seed()));
    metadata.put("sequences", String.format("%,d of %d actions", sequences, run.options().length()));
    metadata.put("model steps", String.format("%,d (%,d simulated seconds)", statistics.steps(),
        statistics.simulatedSeconds()));
    metadata.put("RFC 2281 table cells applied", coverage.exercised() + " of " + coverage.total());
    metadata.put("outages measured", Integer.toString(outages.size()));
    metadata.put("failing sequences", failures.isEmpty() ? "none" : failures.toString());
    String summary = failures.isEmpty()
        ? String.format("%,d sequences, no violation; %d/%d RFC cells applied", sequences, coverage.exercised(),
            coverage.total())
        : String.format("%,d sequences: %s violated", sequences, String.join(", ", failures.keySet()));
    List<Evidence> stageEvidence = List.of(new Evidence.Lines("statistics", statistics.summary(table)));
    List<String> unknown = failures.keySet().stream().filter(name -> !Checks.ofBehaviour().contains(name)).toList();
    if (!unknown.isEmpty()) {
      // a failure that is no property (the model threw): the verdicts cannot be trusted, and it must not go unseen
      String problem = "sequences failed a check that is no property: " + unknown + " (reproduce with havpn fuzz "
          + "--lab " + variantName + " --seed " + run.seed() + " --runs " + sequences + ")";
      return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, judgements, problem,
          Optional.of(problem), elapsed, metadata, stageEvidence);
    }
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, judgements, summary,
        Optional.empty(), elapsed, metadata, stageEvidence);
  }

  private Judgement violated(VerifyRun run, Counterexample counterexample, int failing, int sequences) {
    String check = counterexample.violated();
    String file = DIR + "/" + check + ".json";
    counterexample.save(run.out().resolve(file));
    String itf = DIR + "/" + check + ".itf.json";
    writeItf(counterexample, run.out().resolve(itf));
    run.validateLater(new VerifyRun.TraceToValidate("property-tests-" + check, "property tests' " + check
        + " counterexample", run.out().resolve(itf)));
    Timeline timeline = timeline(counterexample);
    String detail = String.format("%s (at %d s; %,d of %,d sequences failed it; shrunk from %d to %d actions)",
        counterexample.detail(), counterexample.time(), failing, sequences, counterexample.shrunkFrom(),
        counterexample.actions().size());
    List<Evidence> evidence = List.of(
        new Evidence.CounterexampleTrace("property-tests-" + check, "Property tests: " + check + " violated, "
            + counterexample.actions().size() + " actions after shrinking", timeline,
            CounterexampleReport.lines(counterexample), ""),
        new Evidence.OutputFile(file, "the shrunk counterexample (havpn fuzz --replay " + file + ")"),
        new Evidence.OutputFile(itf, "its whole behaviour as an ITF trace (havpn validate " + itf + ")"));
    return Judgement.violated(detail, evidence);
  }

  /** The counterexample's whole behaviour as an ITF trace that carries its lab, as {@code havpn fuzz --trace}. */
  private static void writeItf(Counterexample counterexample, Path file) {
    Lab lab = counterexample.lab();
    ModelTrace behaviour = new ModelTrace(lab, "havpn verify property tests, seed " + counterexample.seed() + ": "
        + counterexample.violated(), new VpnHaModel(lab).initial());
    counterexample.replay(new SequenceRun.Listener() {
      @Override
      public void stepTaken(int stimulus, int time, Action action, Step step) {
        behaviour.step(action, time, step.next());
      }
    });
    try {
      TraceFiles.write(behaviour, lab, file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the trace: " + e.getMessage(), e);
    }
  }

  /** The counterexample's whole behaviour, replayed: every model step with the state it led to. */
  static Timeline timeline(Counterexample counterexample) {
    Lab lab = counterexample.lab();
    VpnHaModel model = new VpnHaModel(lab);
    List<Timeline.JavaStep> steps = new ArrayList<>();
    steps.add(new Timeline.JavaStep(0, "initial state", model.initial()));
    counterexample.replay(new SequenceRun.Listener() {
      @Override
      public void stepTaken(int stimulus, int time, Action action, Step step) {
        steps.add(new Timeline.JavaStep(time, action.describe(lab), step.next()));
      }
    });
    return Timeline.ofJava(lab, steps);
  }
}
