package io.havpn.cli.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.ExitCode;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.LabFiles;
import io.havpn.cli.LogInput;
import io.havpn.cli.LabOptions;
import io.havpn.cli.ProgressBars;
import io.havpn.cli.ios.IosLog;
import io.havpn.model.Observation;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.traces.Family;
import io.havpn.traces.IosLogParser;
import io.havpn.traces.LogLine;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import io.havpn.traces.replay.DeviceLog;
import io.havpn.traces.replay.LogReplay;
import io.havpn.traces.replay.ReplayInput;
import io.havpn.traces.replay.ReplayOptions;
import io.havpn.traces.replay.ReplayResult;
import io.havpn.traces.replay.StreamedLogs;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code havpn replay}: replays real device debug logs against the model. Every line is accounted for (observation,
 * shown state, noise, skipped, unknown); the observations are matched by a search for a model behaviour that produces
 * every device's log; the verdict, the first line no behaviour produces (with what the model could log there), and
 * the matched behaviour as an ITF trace for {@code havpn validate}.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay device debug logs (IOS text: debug standby events, debug crypto isakmp/ipsec, syslog, show "
        + "standby) against the model of the lab: does some behaviour of the design produce them?",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:a behaviour of the model produces every device's log",
        "1:no behaviour within the search bounds produces the log (the report shows the first line it cannot)",
        "2:bad input (a missing file, no line to replay) or bad command line"})
public final class ReplayCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "LOG", arity = "0..*",
      description = "log files whose lines name their device ([NAME] prefix, as havpn simulate prints, or a prompt)")
  List<Path> logs = new ArrayList<>();

  @Option(names = "--device", paramLabel = "NAME=FILE",
      description = "a log file of one device; repeat for more files (a device's files are read in the order given)")
  List<String> deviceFiles = new ArrayList<>();

  @Option(names = "--json", description = "print the result as JSON instead of text")
  boolean json;

  @Option(names = "--no-progress", description = "no progress bars on stderr (the bytes read, then the entries matched)")
  boolean noProgress;

  @Option(names = "--trace", paramLabel = "FILE", description = "write the matched behaviour as an ITF trace")
  Path trace;

  @Option(names = "--max-losses", paramLabel = "N", defaultValue = "12",
      description = "unlogged packet losses one behaviour may assume (default: ${DEFAULT-VALUE})")
  int maxLosses;

  @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "200000",
      description = "search nodes kept before giving up (default: ${DEFAULT-VALUE})")
  int maxNodes;

  @Option(names = "--tolerance", paramLabel = "MILLIS", defaultValue = "1000",
      description = "how far a timestamp may be from the model second it is matched in (default: ${DEFAULT-VALUE})")
  long toleranceMillis;

  @Mixin
  LabOptions model;

  @Mixin
  LabFiles labFiles;

  /** The lab the logs are replayed on: the built-in one, or the {@code --lab} configs'. */
  Lab lab() {
    return model.apply(labFiles.labOrBadInput());
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Lab lab;
    List<LogInput> inputs = new ArrayList<>();
    try {
      lab = lab();
      deviceFiles.forEach(d -> inputs.add(LogInput.ofDevice(d)));
      logs.forEach(log -> inputs.add(new LogInput(null, log)));
    } catch (IllegalArgumentException e) {
      return badInput(e.getMessage());
    }
    if (inputs.isEmpty()) {
      return badInput("no log given (expected LOG... or --device NAME=FILE)");
    }
    if (maxLosses < 0 || maxNodes < 1 || toleranceMillis < 0) {
      return badInput("--max-losses and --tolerance must not be negative, --max-nodes must be positive");
    }
    // first pass: count and classify every line, keeping no entry; the search then reads the entries again lazily
    ReplayInput input = ReplayInput.counting();
    LogReader reader = new LogReader(new IosLogParser(lab));
    List<StreamedLogs.Source> sources = new ArrayList<>();
    ProgressBar read = progressBar("read", inputs.stream().mapToLong(in -> size(in.file())).sum());
    try {
      for (LogInput in : inputs) {
        Path file = in.file();
        try (InputStream stream = counted(Files.newInputStream(file), read)) {
          reader.read(stream, file.toString(), in.device(), input.sink());
        } catch (NoSuchFileException e) {
          return badInput(file + ": no such log file");
        } catch (IOException e) {
          return badInput(file + ": " + e.getMessage());
        }
        input.nextFile();
        sources.add(source(file, in.device()));
      }
    } finally {
      close(read);
    }
    List<DeviceLog> devices = input.devices();
    if (devices.isEmpty()) {
      print(out, lab, input, null);
      spec.commandLine().getErr().println("havpn replay: no line to replay (no observation or show standby of a "
          + "device in the lab)");
      return ExitCode.BAD_INPUT;
    }
    ReplayOptions options = new ReplayOptions(maxLosses, maxNodes, ReplayOptions.defaults().maxGapSteps(),
        toleranceMillis, trace != null);
    ReplayResult result;
    ProgressBar matched = progressBar("replay", devices.stream().mapToLong(DeviceLog::size).sum());
    try (StreamedLogs logs = new StreamedLogs(input, sources, reader)) {
      LogReplay replay = new LogReplay(new VpnHaModel(lab), logs.logs(), options);
      if (matched != null) {
        replay.onProgress(matched::stepTo);
      }
      result = replay.replay();
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      return badInput("a log could not be read again for the replay: " + e.getMessage());
    } finally {
      close(matched);
    }
    if (trace != null && result.replayed()) {
      try {
        TraceFiles.write(behaviour(lab, result, inputs), lab, trace);
      } catch (IOException e) {
        return badInput(trace + ": cannot write the trace: " + e.getMessage());
      }
    }
    print(out, lab, input, result);
    return result.replayed() ? ExitCode.OK : ExitCode.VIOLATED;
  }

  /** A progress bar on stderr, or null with {@code --no-progress}. */
  private ProgressBar progressBar(String task, long max) {
    return noProgress ? null : ProgressBars.onStderr(spec.commandLine().getErr(), task, max);
  }

  private void close(ProgressBar bar) {
    if (bar != null) {
      bar.close();
      spec.commandLine().getErr().println();
    }
  }

  /** The file's size for the progress bar; a file that cannot be read counts 0 here and is reported by the read. */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The stream, telling the bar (if any) each byte read. */
  private static InputStream counted(InputStream in, ProgressBar bar) {
    return bar == null ? in : new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bar.stepBy(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bar.stepBy(n);
        }
        return n;
      }
    };
  }

  /** A log file, opened again by the replay's second, lazy pass. */
  private static StreamedLogs.Source source(Path file, String device) {
    return new StreamedLogs.Source(file.toString(), device, () -> Files.newInputStream(file));
  }

  private void print(PrintWriter out, Lab lab, ReplayInput input, ReplayResult result) {
    if (json) {
      out.println(json(lab, input, result).toPrettyString());
    } else {
      printText(out, lab, input, result);
    }
    out.flush();
  }

  private int badInput(String message) {
    spec.commandLine().getErr().println("havpn replay: " + message);
    return ExitCode.BAD_INPUT;
  }

  private void printText(PrintWriter out, Lab lab, ReplayInput input, ReplayResult result) {
    Map<ReplayInput.Kind, Integer> c = input.counts();
    out.printf("havpn replay: lab %s%n", lab.name());
    out.printf("lines: %d messages: %d observations, %d show standby, %d noise, %d skipped, %d unknown%n",
        input.total(), c.get(ReplayInput.Kind.OBSERVED), c.get(ReplayInput.Kind.SHOWN), c.get(ReplayInput.Kind.NOISE),
        c.get(ReplayInput.Kind.SKIPPED), c.get(ReplayInput.Kind.UNKNOWN));
    if (!input.unknownByFamily().isEmpty()) {
      out.println("unknown by family: " + input.unknownByFamily());
    }
    for (DeviceLog device : input.devices()) {
      out.printf("  %s: %d entries in %d segment(s)%n", device.device(), device.size(), device.segments());
    }
    for (ParsedLine line : input.skippedLines()) {
      out.printf("skipped %s: %s%n    %s%n", line.line().where(), abbreviate(line.line().text()),
          reason(line));
    }
    for (ParsedLine line : input.unknownLines()) {
      out.printf("unknown %s: %s%n    %s%n", line.line().where(), abbreviate(line.line().text()), reason(line));
    }
    if (result == null) {
      return;
    }
    IosLog ios = new IosLog(lab);
    result.firstUnmatched().ifPresent(u -> {
      LogLine first = u.entry().first();
      out.printf("first line the model cannot produce: %s [%s] %s%n", first.where(), u.device(),
          abbreviate(first.text()));
      out.println("  why: " + u.reason());
      if (!u.couldLog().isEmpty()) {
        out.println("  what the model could log for " + u.device() + " there instead:");
        for (List<Observation> alternative : u.couldLog()) {
          List<String> lines = new ArrayList<>();
          alternative.forEach(o -> lines.addAll(ios.lines(o)));
          out.println("    - " + (lines.isEmpty() ? "(nothing)" : String.join("\n      ", lines)));
        }
      }
    });
    switch (result.verdict()) {
      case REPLAYED -> {
        int steps = Math.max(0, result.behaviour().size() - 1);
        out.printf("verdict: replayed - a behaviour of the model produces every device's log (%d entries matched%s, "
            + "%d search nodes)%n", result.entries(), result.behaviour().isEmpty() ? ""
                : ", " + steps + " model steps over " + result.behaviour().get(steps).time() + " s",
            result.explored());
        if (trace != null) {
          out.println("trace: " + trace);
        }
      }
      case CONTRADICTED -> out.printf("verdict: contradicted - %s (%d of %d entries matched at best)%n",
          result.detail(), result.matched(), result.entries());
      case UNDECIDED -> out.printf("verdict: undecided - %s (%d of %d entries matched at best)%n", result.detail(),
          result.matched(), result.entries());
    }
  }

  private ObjectNode json(Lab lab, ReplayInput input, ReplayResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("lab", lab.name());
    ObjectNode lines = root.putObject("lines");
    lines.put("total", input.total());
    input.counts().forEach((kind, n) -> lines.put(kind.name().toLowerCase(), n));
    ObjectNode unknownByFamily = root.putObject("unknownByFamily");
    for (Family family : Family.values()) {
      unknownByFamily.put(family.name(), input.unknownByFamily().getOrDefault(family, 0));
    }
    ArrayNode devices = root.putArray("devices");
    for (DeviceLog device : input.devices()) {
      devices.addObject().put("device", device.device()).put("entries", device.size())
          .put("segments", device.segments());
    }
    ArrayNode unknown = root.putArray("unknown");
    input.unknownLines().forEach(l -> unknown.addObject().put("where", l.line().where()).put("text", l.line().text())
        .put("reason", reason(l)));
    ArrayNode skipped = root.putArray("skipped");
    input.skippedLines().forEach(l -> skipped.addObject().put("where", l.line().where()).put("text", l.line().text())
        .put("reason", reason(l)));
    if (result == null) {
      root.putNull("verdict");
      return root;
    }
    root.put("verdict", result.verdict().name());
    root.put("matched", result.matched());
    root.put("entries", result.entries());
    root.put("explored", result.explored());
    root.put("detail", result.detail());
    IosLog ios = new IosLog(lab);
    result.firstUnmatched().ifPresentOrElse(u -> {
      ObjectNode node = root.putObject("firstUnmatched");
      node.put("device", u.device()).put("where", u.entry().first().where()).put("text", u.entry().first().text())
          .put("reason", u.reason());
      ArrayNode could = node.putArray("couldLog");
      for (List<Observation> alternative : u.couldLog()) {
        ArrayNode lines2 = could.addArray();
        alternative.forEach(o -> ios.lines(o).forEach(lines2::add));
      }
    }, () -> root.putNull("firstUnmatched"));
    if (!result.behaviour().isEmpty()) {
      root.put("steps", result.behaviour().size() - 1);
      root.put("seconds", result.behaviour().get(result.behaviour().size() - 1).time());
    }
    if (trace != null) {
      root.put("trace", result.replayed() ? trace.toString() : null);
    }
    return root;
  }

  /** The matched behaviour: the model's steps that produce the replayed logs, each with the action that led there. */
  private static ModelTrace behaviour(Lab lab, ReplayResult result, List<LogInput> inputs) {
    String source = "havpn replay " + String.join(" ", inputs.stream().map(LogInput::toString).toList());
    List<ReplayResult.TraceStep> steps = result.behaviour();
    ModelTrace trace = new ModelTrace(lab, source, steps.get(0).state());
    for (ReplayResult.TraceStep step : steps.subList(1, steps.size())) {
      trace.step(step.action(), step.time(), step.state());
    }
    return trace;
  }

  private static String reason(ParsedLine line) {
    Object c = line.classification();
    if (c instanceof io.havpn.traces.Classification.Unknown u) {
      return u.family() + ": " + u.reason();
    }
    if (c instanceof io.havpn.traces.Classification.Skipped s) {
      return s.family() + ": " + s.reason();
    }
    return c.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 157) + "..." : text;
  }
}
