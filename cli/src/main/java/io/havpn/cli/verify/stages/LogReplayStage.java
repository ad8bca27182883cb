package io.havpn.cli.verify.stages;

import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.LogInput;
import io.havpn.cli.TraceFiles;
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
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.traces.IosLogParser;
import io.havpn.traces.LogLine;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import io.havpn.traces.replay.DeviceLog;
import io.havpn.traces.replay.LogReplay;
import io.havpn.traces.replay.ObservationMatch;
import io.havpn.traces.replay.ReplayInput;
import io.havpn.traces.replay.ReplayOptions;
import io.havpn.traces.replay.ReplayResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's own debug logs replayed against the model, as {@code havpn replay} does: does a behaviour of the design
 * produce them? The logs are those given ({@code --log}, {@code --device}) or, when the lab's devices are the
 * document's, the source document's logs (examples/seed-lab/logs, one message per line, packaged in the jar). When a
 * behaviour produces them, the safety properties are judged on every state of that matched behaviour, the alignment
 * (log line beside model step) is the evidence, and the behaviour is written as an ITF trace for trace validation.
 *
 * <p>Logs recorded on the lab under review that the model cannot produce mean the model and the devices disagree: the
 * stage fails (exit 2) and names the line. The document's logs on a variant of its lab (a design mistake, other model
 * options) are not that lab's, so a contradiction only says the variant behaves differently: the properties are "not
 * judged", with the line.
 */
public final class LogReplayStage implements Stage {

  /** The logs, in the order the README's {@code havpn replay} section gives them: steady, failover, recovery. */
  public static final List<String> LOGS = List.of("steady-7204VXR-1.log", "failover-vpn7200.log",
      "failover-7204VXR-1.log", "failover-7204VXR-2.log", "recovery-7204VXR-1.log", "recovery-7204VXR-2.log");

  /** Where the logs are in the jar (packaged from examples/seed-lab/logs) and in a clone. */
  static final String RESOURCE_DIR = "seed-lab/logs/";
  static final String SOURCE_DIR = "examples/seed-lab/logs/";

  /** The matched behaviour as an ITF trace, relative to the output directory. */
  public static final String TRACE = "log-replay/document-logs.itf.json";

  static final String EVIDENCE_ID = "log-replay-behaviour";

  /** Search nodes on the document's lab (havpn replay's default; the logs replay in about 13,500). */
  static final int DOCUMENT_LAB_NODES = 200_000;
  /** Search nodes on another lab: enough for a variant that behaves as the document's lab on these logs. */
  static final int OTHER_LAB_NODES = 20_000;

  @Override
  public String id() {
    return "log-replay";
  }

  @Override
  public String title() {
    return "Replay of the lab's debug logs against the model";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.of(Technique.LOG_REPLAY);
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    Lab lab = run.lab();
    if (!run.documentLogs() && run.logs().isEmpty()) {
      return StageResult.skipped(this, "skipped: no debug logs of this lab (give them with --log or --device)");
    }
    progress.total(2);
    ReplayInput input;
    try {
      input = read(run);
    } catch (IOException e) {
      String problem = "cannot read the logs: " + e.getMessage();
      return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, Map.of(), problem,
          Optional.of(problem), Duration.between(start, Instant.now()), Map.of(), List.of());
    }
    progress.done(1, input.total() + " lines read");
    // on the lab's own logs, the options havpn replay uses by default, so that the stage and the command agree; the
    // document's logs on another lab (a variant) usually do not replay, and a search to 200,000 nodes takes minutes
    int maxNodes = ownLogs(run) ? DOCUMENT_LAB_NODES : OTHER_LAB_NODES;
    ReplayOptions options = new ReplayOptions(12, maxNodes, ReplayOptions.defaults().maxGapSteps(), 1_000, true);
    ReplayResult result = new LogReplay(new VpnHaModel(lab), input.devices(), options).replay();
    progress.done(2, result.verdict().name().toLowerCase());

    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("logs", sources(run));
    Map<ReplayInput.Kind, Integer> c = input.counts();
    metadata.put("lines", String.format("%d: %d observations, %d show standby, %d noise, %d skipped, %d unknown",
        input.total(), c.get(ReplayInput.Kind.OBSERVED), c.get(ReplayInput.Kind.SHOWN),
        c.get(ReplayInput.Kind.NOISE), c.get(ReplayInput.Kind.SKIPPED), c.get(ReplayInput.Kind.UNKNOWN)));
    metadata.put("verdict", result.verdict().name().toLowerCase() + " (" + result.matched() + " of "
        + result.entries() + " entries matched, " + result.explored() + " search nodes of at most " + maxNodes + ")");
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.Lines("lines not replayed (skipped or unknown), with the reason", notReplayed(input)));

    if (!result.replayed()) {
      return notReplayed(run, result, metadata, evidence, Duration.between(start, Instant.now()));
    }
    List<ReplayResult.TraceStep> behaviour = result.behaviour();
    int end = behaviour.get(behaviour.size() - 1).time();
    metadata.put("matched behaviour", (behaviour.size() - 1) + " model steps over " + end + " s");
    try {
      TraceFiles.write(modelTrace(lab, behaviour, sources(run)), lab, run.out().resolve(TRACE));
    } catch (IOException e) {
      throw new UncheckedIOException(TRACE + ": cannot write the trace: " + e.getMessage(), e);
    }
    run.validateLater(new VerifyRun.TraceToValidate(EVIDENCE_ID, "the log replay's matched behaviour",
        run.out().resolve(TRACE)));

    Map<String, Judgement> judgements = judge(lab, behaviour, input.devices().size());
    List<String> violated = judgements.entrySet().stream()
        .filter(j -> j.getValue().status() == Judgement.Status.VIOLATED).map(Map.Entry::getKey).toList();
    Evidence.CounterexampleTrace story = story(lab, behaviour, violated);
    judgements.replaceAll((id, j) -> j.status() == Judgement.Status.VIOLATED
        ? Judgement.violated(j.detail(), List.of(story)) : j);
    evidence.add(0, new Evidence.Lines("alignment: each log line beside the model step that produces it",
        alignment(lab, input.devices(), behaviour)));
    if (violated.isEmpty()) {
      evidence.add(1, story);
    }
    evidence.add(new Evidence.OutputFile(TRACE, "the matched behaviour as an ITF trace (havpn validate " + TRACE
        + ")"));
    String summary = "replayed: a behaviour of the model produces the " + logCount(run) + " logs (" + result.entries()
        + " entries, " + (behaviour.size() - 1) + " model steps over " + end + " s); "
        + (violated.isEmpty() ? "every safety property holds on it" : String.join(", ", violated) + " violated on it");
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, judgements, summary,
        Optional.empty(), Duration.between(start, Instant.now()), metadata, evidence);
  }

  /** The logs given, or the packaged document's logs, each as its device's (the device is in the file name). */
  static ReplayInput read(VerifyRun run) throws IOException {
    ReplayInput input = new ReplayInput();
    LogReader reader = new LogReader(new IosLogParser(run.lab()));
    for (LogInput log : run.logs()) {
      try (InputStream in = Files.newInputStream(log.file())) {
        reader.read(in, log.file().toString(), log.device(), input.sink());
      }
      input.nextFile();
    }
    if (!run.documentLogs()) {
      return input;
    }
    for (String log : LOGS) {
      String device = log.substring(log.indexOf('-') + 1, log.length() - ".log".length());
      try (InputStream in = LogReplayStage.class.getResourceAsStream("/" + RESOURCE_DIR + log)) {
        if (in == null) {
          throw new IllegalStateException("the lab's log " + RESOURCE_DIR + log + " is missing from the jar");
        }
        reader.read(in, SOURCE_DIR + log, device, input.sink());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      input.nextFile();
    }
    return input;
  }

  /**
   * The safety properties on every state of the matched behaviour. The eventual and bounded ones are about what
   * happens after the log ends too, which a finite log does not show, so they are not checked here.
   */
  private static Map<String, Judgement> judge(Lab lab, List<ReplayResult.TraceStep> behaviour, int devices) {
    VpnHaModel model = new VpnHaModel(lab);
    Map<String, Judgement> judgements = new LinkedHashMap<>();
    for (Property property : Property.values()) {
      if (property.kind() != Property.Kind.SAFETY) {
        judgements.put(property.id(), Judgement.notChecked("a " + property.kind().name().toLowerCase()
            + " property is about what follows too, and a log is a finite prefix: not judged on the replayed logs"));
        continue;
      }
      int failing = -1;
      for (int i = 0; i < behaviour.size() && failing < 0; i++) {
        if (!property.holds(model, behaviour.get(i).state())) {
          failing = i;
        }
      }
      if (failing < 0) {
        judgements.put(property.id(), Judgement.holds("holds on every one of the " + behaviour.size() + " states of "
            + "the model behaviour that produces the " + devices + " devices' logs (0-"
            + behaviour.get(behaviour.size() - 1).time() + " s), evaluated state by state"));
      } else {
        ReplayResult.TraceStep step = behaviour.get(failing);
        judgements.put(property.id(), Judgement.violated("the behaviour the logs show breaks it at model step "
            + failing + " (" + step.time() + " s, after " + label(lab, step) + ")", List.of()));
      }
    }
    return judgements;
  }

  private StageResult notReplayed(VerifyRun run, ReplayResult result, Map<String, String> metadata,
      List<Evidence> evidence, Duration elapsed) {
    String where = result.firstUnmatched().map(u -> {
      LogLine first = u.entry().first();
      return first.where() + " [" + u.device() + "] " + first.text() + " (" + u.reason() + ")";
    }).orElse("no line named");
    String verdict = (result.verdict() == ReplayResult.Verdict.CONTRADICTED
        ? "no behaviour of the model produces the logs" : "undecided: the search hit its bound")
        + " (" + result.matched() + " of " + result.entries() + " entries matched at best); first line it cannot "
        + "place: " + where;
    evidence.add(0, new Evidence.Lines("the first line the model cannot produce", List.of(where, result.detail())));
    if (ownLogs(run)) {
      // the logs are this lab's: the model contradicts the devices, so no verdict can be trusted
      String problem = "the lab's own logs do not replay: " + verdict;
      return new StageResult(id(), title(), technique(), StageResult.Status.FAILED, Map.of(), problem,
          Optional.of(problem), elapsed, metadata, evidence);
    }
    Map<String, Judgement> judgements = new LinkedHashMap<>();
    String why = "the logs were recorded on the document's lab, and this lab does not produce them: " + verdict;
    for (Property property : Property.values()) {
      judgements.put(property.id(), Judgement.notJudged(why));
    }
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, judgements,
        "the document's logs are not a behaviour of this lab: " + verdict, Optional.empty(), elapsed, metadata,
        evidence);
  }

  /**
   * Each log entry beside the model step whose observations it matches: per device, the entries in log order, each
   * placed at the first later step that logs a matching observation for that device.
   */
  static List<String> alignment(Lab lab, List<DeviceLog> devices, List<ReplayResult.TraceStep> behaviour) {
    Map<Integer, List<String>> byStep = new LinkedHashMap<>();
    List<String> unplaced = new ArrayList<>();
    Map<String, Integer> from = new HashMap<>();
    for (DeviceLog device : devices) {
      for (DeviceLog.Entry entry : device.entries()) {
        LogLine line = entry.first();
        String text = line.where() + " [" + device.device() + "] " + line.text();
        if (entry.observation() == null) {
          unplaced.add(text + "  (show standby: compared with the state, not with a step's log)");
          continue;
        }
        int step = place(device.device(), entry.observation(), behaviour, from.getOrDefault(device.device(), 0));
        if (step < 0) {
          unplaced.add(text + "  (matched by the replay, but no single step logs it: merged messages)");
          continue;
        }
        from.put(device.device(), step);
        byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(text);
      }
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < behaviour.size(); i++) {
      List<String> logged = byStep.get(i);
      if (logged == null) {
        continue;
      }
      ReplayResult.TraceStep step = behaviour.get(i);
      String model = String.format("%4d s  step %3d  %-28s", step.time(), i, label(lab, step));
      for (String text : logged) {
        lines.add(model + " | " + text);
        model = " ".repeat(model.length());
      }
    }
    unplaced.forEach(text -> lines.add("not placed: " + text));
    return lines;
  }

  private static int place(String device, Observation logged, List<ReplayResult.TraceStep> behaviour, int from) {
    for (int i = from; i < behaviour.size(); i++) {
      for (Observation o : behaviour.get(i).observations()) {
        if (o.device().equalsIgnoreCase(device) && ObservationMatch.matches(logged, o)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Evidence.CounterexampleTrace story(Lab lab, List<ReplayResult.TraceStep> behaviour,
      List<String> violated) {
    List<Timeline.JavaStep> steps = new ArrayList<>();
    for (ReplayResult.TraceStep step : behaviour) {
      steps.add(new Timeline.JavaStep(step.time(), label(lab, step), step.state()));
    }
    String title = "Log replay: the behaviour of the model that produces the lab's logs"
        + (violated.isEmpty() ? ", every safety property holds" : ", violates " + String.join(", ", violated));
    return new Evidence.CounterexampleTrace(EVIDENCE_ID, title, Timeline.ofJava(lab, steps), List.of(), "");
  }

  /** Whether the logs were recorded on this lab: the logs given, or the document's logs on the document's lab. */
  private static boolean ownLogs(VerifyRun run) {
    return !run.logs().isEmpty() || run.lab().equals(SeedLab.lab());
  }

  private static int logCount(VerifyRun run) {
    return run.documentLogs() ? LOGS.size() : run.logs().size();
  }

  private static String sources(VerifyRun run) {
    return run.documentLogs() ? SOURCE_DIR + "{" + String.join(", ", LOGS) + "}"
        : String.join(", ", run.logs().stream().map(LogInput::toString).toList());
  }

  private static ModelTrace modelTrace(Lab lab, List<ReplayResult.TraceStep> behaviour, String sources) {
    ModelTrace trace = new ModelTrace(lab, "havpn verify log replay of " + sources, behaviour.get(0).state());
    for (ReplayResult.TraceStep step : behaviour.subList(1, behaviour.size())) {
      trace.step(step.action(), step.time(), step.state());
    }
    return trace;
  }

  private static String label(Lab lab, ReplayResult.TraceStep step) {
    return step.action() == null ? "initial state" : step.action().describe(lab);
  }

  private static List<String> notReplayed(ReplayInput input) {
    List<String> lines = new ArrayList<>();
    for (ParsedLine line : input.skippedLines()) {
      lines.add("skipped " + line.line().where() + ": " + line.line().text() + "  (" + line.classification() + ")");
    }
    for (ParsedLine line : input.unknownLines()) {
      lines.add("unknown " + line.line().where() + ": " + line.line().text() + "  (" + line.classification() + ")");
    }
    if (lines.isEmpty()) {
      lines.add("none: every line is an observation, a show standby state or known noise (counts in the metadata)");
    }
    return lines;
  }
}
