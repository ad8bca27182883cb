package io.havpn.cli.verify;

import io.havpn.bridge.itf.ItfTrace;
import io.havpn.cli.LogInput;
import io.havpn.config.ConfigParser;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@code havpn verify}: the lab under review, the options every stage reads, and what the stages found so
 * far. TLC runs beside the Java stages, so what stages leave here is guarded; later stages (counterexample replay) read
 * what earlier ones left.
 *
 * @param lab the lab with the model options and the mistake, without budgets
 * @param configs the lab's configurations, parsed: the files given, or the built-in ones (with the mistake made in
 *     them when it is a configuration mistake)
 * @param configSource where the configurations come from, for a person
 * @param logs the debug logs to replay: the files given, or empty for the document's logs when the lab's devices are
 *     the document's, or empty (and nothing to replay) for another lab
 * @param out the output directory: the report and every file a stage writes
 * @param seed the run's seed (property tests and simulation)
 */
public final class VerifyRun {

  /** A TLC counterexample, kept for replay on the Java model. */
  public record TlcTrace(String evidenceId, String property, ItfTrace trace) {}

  /**
   * A model behaviour a stage wrote as an ITF trace, for the trace validation stage to check against the spec.
   *
   * @param evidenceId the evidence it backs, where the validation's verdict is shown
   * @param file the ITF trace, which carries its lab
   */
  public record TraceToValidate(String evidenceId, String name, Path file) {}

  /**
   * Outage durations measured by one technique, to set beside the failover bound.
   *
   * @param judged whether FailoverBound applies to every one of them (the property tests also count outages while
   *     their faults go on, which the bound does not cover)
   * @param note what was measured, for a person
   */
  public record MeasuredOutages(String source, List<Integer> seconds, boolean judged, String note) {
    public MeasuredOutages {
      seconds = List.copyOf(seconds);
    }
  }

  private final Lab lab;
  private final List<ConfigParser.ParsedFile> configs;
  private final String configSource;
  private final List<LogInput> logs;
  private final Optional<DesignMistake> mistake;
  private final Path out;
  private final long seed;
  private final VerifyOptions options;
  private final List<StageResult> results = new ArrayList<>();
  private final List<TlcTrace> tlcTraces = new ArrayList<>();
  private final Map<String, String> crossChecks = new LinkedHashMap<>();
  private final List<MeasuredOutages> outages = new ArrayList<>();
  private final Map<String, List<String>> replayedActions = new LinkedHashMap<>();
  private final List<TraceToValidate> tracesToValidate = new ArrayList<>();

  public VerifyRun(Lab lab, List<ConfigParser.ParsedFile> configs, String configSource, List<LogInput> logs,
      Optional<DesignMistake> mistake, Path out, long seed, VerifyOptions options) {
    this.lab = lab;
    this.configs = List.copyOf(configs);
    this.configSource = configSource;
    this.logs = List.copyOf(logs);
    this.mistake = mistake;
    this.out = out;
    this.seed = seed;
    this.options = options;
  }

  public Lab lab() {
    return lab;
  }

  public List<ConfigParser.ParsedFile> configs() {
    return configs;
  }

  public String configSource() {
    return configSource;
  }

  public List<LogInput> logs() {
    return logs;
  }

  /** Whether the logs to replay are the document's: none given, and the lab's devices are the document's. */
  public boolean documentLogs() {
    return logs.isEmpty() && lab.routerNames().equals(SeedLab.lab().routerNames())
        && lab.remote().name().equals(SeedLab.lab().remote().name());
  }

  public Optional<DesignMistake> mistake() {
    return mistake;
  }

  public Path out() {
    return out;
  }

  public long seed() {
    return seed;
  }

  public VerifyOptions options() {
    return options;
  }

  public synchronized List<StageResult> results() {
    return List.copyOf(results);
  }

  synchronized void add(StageResult result) {
    results.add(result);
  }

  public synchronized void addTlcTrace(TlcTrace trace) {
    tlcTraces.add(trace);
  }

  public synchronized List<TlcTrace> tlcTraces() {
    return List.copyOf(tlcTraces);
  }

  /** Keeps a behaviour a stage wrote, for trace validation with TLC. */
  public synchronized void validateLater(TraceToValidate trace) {
    tracesToValidate.add(trace);
  }

  public synchronized List<TraceToValidate> tracesToValidate() {
    return List.copyOf(tracesToValidate);
  }

  /** How another stage confirmed (or contradicted) the counterexample with this evidence id. */
  public synchronized void crossCheck(String evidenceId, String verdict) {
    crossChecks.put(evidenceId, verdict);
  }

  public synchronized Map<String, String> crossChecks() {
    return Map.copyOf(crossChecks);
  }

  /** The Java action that explains each step of a TLC counterexample, as its replay found them. */
  public synchronized void replayedActions(String evidenceId, List<String> actions) {
    replayedActions.put(evidenceId, List.copyOf(actions));
  }

  /** A counterexample's timeline with the Java model's names for its steps, when its replay found them. */
  public synchronized Timeline labelled(String evidenceId, Timeline timeline) {
    List<String> actions = replayedActions.get(evidenceId);
    return actions == null ? timeline : timeline.withActions(actions);
  }

  public synchronized void measuredOutages(String source, List<Integer> seconds, boolean judged, String note) {
    outages.add(new MeasuredOutages(source, seconds, judged, note));
  }

  public synchronized List<MeasuredOutages> outages() {
    return List.copyOf(outages);
  }
}
