package io.havpn.cli.verify.stages;

import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.ios.IosLog;
import io.havpn.cli.simulate.SimulateCommand;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Timeline;
import io.havpn.cli.verify.VerifyRun;
import io.havpn.model.Observation;
import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.Scenario;
import io.havpn.model.scenario.ScenarioParser;
import io.havpn.model.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source document's story (power-on, failover at 60 s, recovery with preempt at 120 s) on the lab under review,
 * as {@code havpn simulate} runs it: a verdict per property, the outages measured, and the whole run as a timeline.
 */
public final class SimulationStage implements Stage {

  /** The run as an ITF trace, relative to the output directory. */
  public static final String TRACE = "simulation/document.itf.json";

  @Override
  public String id() {
    return "simulation";
  }

  @Override
  public String title() {
    return "Simulation of the document's failover and recovery";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.of(Technique.SIMULATION);
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    Lab lab = run.lab();
    if (lab.routerCount() < 2) {
      return StageResult.skipped(this, "skipped: the document's story needs two HSRP routers, the lab has one");
    }
    Scenario scenario = ScenarioParser.parse(lab, SimulateCommand.BUILT_IN_SCENARIO,
        story(lab, builtInScenario()));
    progress.total(1);
    RunResult result = new ScenarioRunner(new VpnHaModel(lab)).run(scenario, run.seed());
    progress.done(1, result.steps().size() + " model steps");
    Timeline timeline = Timeline.ofRun(lab, result);
    String evidenceId = "simulation-story";
    List<String> violatedIds = result.verdicts().values().stream().filter(v -> !v.holds())
        .map(v -> v.property().id()).toList();
    // one run, so one timeline: every violated property's evidence is the same behaviour
    Evidence.CounterexampleTrace story = new Evidence.CounterexampleTrace(evidenceId, violatedIds.isEmpty()
        ? "Simulation: the document's story on the lab (seed " + run.seed() + "), every property holds"
        : "Simulation: the document's story on the lab (seed " + run.seed() + ") violates "
            + String.join(", ", violatedIds), timeline, List.of(), "");
    Map<String, Judgement> judgements = new LinkedHashMap<>();
    for (RunResult.Verdict verdict : result.verdicts().values()) {
      String detail = verdict.detail() + (verdict.time() >= 0 ? " (at " + verdict.time() + " s)" : "");
      judgements.put(verdict.property().id(), verdict.holds() ? Judgement.holds(detail)
          : Judgement.violated(detail, List.of(story)));
    }
    List<Integer> outages = result.outages().stream().map(o -> o.duration(result.end())).toList();
    run.measuredOutages("simulation of the document's scenario", outages, true, "the outages of TunnelRestored "
        + "in the failover and the recovery; FailoverBound judges each of them");
    List<Evidence> evidence = new ArrayList<>();
    if (violatedIds.isEmpty()) {
      evidence.add(story); // no counterexample, but the behaviour behind every verdict above
    }
    // the run as simulate --trace writes it, for the trace validation stage
    ModelTrace behaviour = new ModelTrace(lab, "havpn verify simulation " + scenario.source() + " --seed "
        + run.seed(), new VpnHaModel(lab).initial());
    result.steps().forEach(step -> behaviour.step(step.action(), step.time(), step.state()));
    try {
      TraceFiles.write(behaviour, lab, run.out().resolve(TRACE));
    } catch (IOException e) {
      throw new UncheckedIOException(TRACE + ": cannot write the trace: " + e.getMessage(), e);
    }
    run.validateLater(new VerifyRun.TraceToValidate(evidenceId, "the simulation's run", run.out().resolve(TRACE)));
    evidence.add(new Evidence.OutputFile(TRACE, "the run, every model step, as an ITF trace (havpn validate "
        + TRACE + ")"));
    evidence.add(new Evidence.Lines("the model's IOS log of the scenario", iosLog(lab, result)));
    long violated = violatedIds.size();
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("scenario", scenario.source() + ", 0-" + result.end() + " s");
    metadata.put("seed", Long.toString(run.seed()));
    metadata.put("model steps", Integer.toString(result.steps().size()));
    metadata.put("outages", outages.isEmpty() ? "none" : outages + " s");
    if (!result.warnings().isEmpty()) {
      metadata.put("warnings", String.join("; ", result.warnings()));
    }
    String summary = violated == 0 ? "all " + result.verdicts().size() + " properties hold; outages " + outages + " s"
        : violated + " of " + result.verdicts().size() + " properties violated";
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, judgements, summary,
        Optional.empty(), Duration.between(start, Instant.now()), metadata, evidence);
  }

  private static List<String> iosLog(Lab lab, RunResult result) {
    IosLog ios = new IosLog(lab);
    List<String> lines = new ArrayList<>();
    for (RunResult.TimedStep step : result.steps()) {
      for (Observation o : step.observations()) {
        for (String text : ios.lines(o)) {
          lines.add("[" + o.device() + "] " + IosLog.timestamp(step.time()) + " " + text);
        }
      }
    }
    return lines;
  }

  /**
   * The document's story told on the lab under review: the document's primary (7204VXR-1) is the lab's
   * highest-ranked router (priority, then address, as HSRP elects), whose HSRP interface fails and comes back, and its
   * backup (7204VXR-2) the next-ranked. On the document's lab that is the scenario as written.
   */
  static String story(Lab lab, String document) {
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < lab.routerCount(); i++) {
      ranked.add(i);
    }
    // HSRP's order is total (priority, then address), so only a router compared with itself is equal
    ranked.sort((p, q) -> p.equals(q) ? 0
        : lab.outranks(lab.router(p).priority(), p, lab.router(q).priority(), q) ? -1 : 1);
    HsrpRouter primary = lab.router(ranked.get(0));
    Lab seed = SeedLab.lab();
    Map<String, String> names = Map.of(SeedLab.VXR1, primary.name(), SeedLab.VXR2, lab.router(ranked.get(1)).name(),
        seed.router(seed.routerIndex(SeedLab.VXR1)).hsrpInterface().name(), primary.hsrpInterface().name());
    Matcher name = Pattern.compile("(?<![\\w./-])(" + String.join("|", names.keySet().stream().map(Pattern::quote)
        .toList()) + ")(?![\\w./-])").matcher(document);
    return name.replaceAll(m -> Matcher.quoteReplacement(names.get(m.group(1))));
  }

  private static String builtInScenario() {
    try (InputStream in = SimulationStage.class.getResourceAsStream("/" + SimulateCommand.BUILT_IN_SCENARIO)) {
      if (in == null) {
        throw new IllegalStateException("the built-in scenario " + SimulateCommand.BUILT_IN_SCENARIO
            + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** FailoverBound's value for the lab, for the report: "31 s" or "none". */
  static String bound(Lab lab) {
    int bound = Property.failoverBound(lab);
    return bound == Integer.MAX_VALUE ? "none" : bound + " s";
  }
}
