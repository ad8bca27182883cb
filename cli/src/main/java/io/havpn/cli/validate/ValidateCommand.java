package io.havpn.cli.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.bridge.itf.ItfFormatException;
import io.havpn.bridge.itf.ItfReader;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.replay.CounterexampleReplay;
import io.havpn.bridge.replay.Divergence;
import io.havpn.bridge.replay.VariableDifference;
import io.havpn.bridge.spec.StateCodec;
import io.havpn.bridge.tla.TlaInt;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.validate.LoggedTrace;
import io.havpn.bridge.validate.ModelTrace;
import io.havpn.bridge.validate.TraceSlots;
import io.havpn.bridge.validate.TraceValidation;
import io.havpn.bridge.validate.TraceVerdict;
import io.havpn.cli.CheckedLabOptions;
import io.havpn.cli.ExitCode;
import io.havpn.cli.LabFiles;
import io.havpn.cli.LabOptions;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.check.CheckCommand;
import io.havpn.model.VpnHaModel;
import io.havpn.model.explore.RandomWalk;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code havpn validate}: asks TLC whether traces (ITF, as {@code simulate --trace}, {@code fuzz --trace}, log replay
 * or {@code check} write them, or partial ones) are behaviours of the TLA+ spec, all traces in one TLC run, and for
 * each rejected one the longest matched prefix and the state TLC could not match.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate traces against the TLA+ spec with TLC (TraceVpnHa.tla): is each one a behaviour of VpnHa?",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every trace is a behaviour of the spec", "1:a trace is not a behaviour of the spec",
        "2:bad input (missing or malformed trace), bad command line, or TLC failed"})
public final class ValidateCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TRACE", arity = "0..*",
      description = "ITF traces (.itf.json); a state may give some variables only, or part of one")
  List<Path> traceFiles = new ArrayList<>();

  @Option(names = "--random-walks", paramLabel = "N", defaultValue = "0",
      description = "also validate N random walks of the Java model (a conformance check of model and spec)")
  int randomWalks;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "50", description = "steps per random walk (default: 50)")
  int steps;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "seed of the first random walk; walk i uses S + i (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--unlogged-steps", paramLabel = "N", defaultValue = "0",
      description = "steps the spec may take between two logged states, unseen by the trace (default: 0, every step "
          + "logged)")
  int unloggedSteps;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "TLC workers (default: 1)")
  int workers;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "600",
      description = "stop TLC after this long (default: ${DEFAULT-VALUE})")
  int timeLimit;

  @Option(names = "--json", description = "print the result as JSON instead of text")
  boolean json;

  @Option(names = "--mistake", paramLabel = "ID", completionCandidates = CheckedLabOptions.MistakeIds.class,
      description = "for traces that do not carry their lab: a design-mistake variant of the lab")
  String mistake;

  @Mixin
  LabOptions model;

  @Mixin
  LabFiles labFiles;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (traceFiles.isEmpty() && randomWalks <= 0) {
      return badInput("give TRACE files or --random-walks N");
    }
    if (unloggedSteps < 0 || steps < 1 || workers < 1 || timeLimit < 1) {
      return badInput("--unlogged-steps must be 0 or more; --steps, --workers and --time-limit 1 or more");
    }
    Lab lab;
    List<LoggedTrace> traces = new ArrayList<>();
    List<ItfTrace> itfs = new ArrayList<>();
    try {
      lab = model.apply(labFiles.labOrBadInput());
      lab = mistake == null ? lab : DesignMistake.ofId(mistake).apply(lab);
      for (Path file : traceFiles) {
        ItfTrace trace = read(file);
        Optional<Lab> recorded = TraceFiles.lab(trace);
        if (recorded.isPresent() && !itfs.isEmpty() && !recorded.get().equals(lab)) {
          throw new IllegalArgumentException(file + ": recorded on the lab " + recorded.get().name()
              + ", unlike the traces before it: validate traces of one lab at a time");
        }
        lab = recorded.orElse(lab);
        itfs.add(trace);
      }
      VpnHaModel walker = new VpnHaModel(lab);
      for (int i = 0; i < randomWalks; i++) {
        ModelTrace walk = new ModelTrace(lab, "random walk, seed " + (seed + i), walker.initial());
        RandomWalk.walk(walker, seed + i, steps).forEach(t -> walk.step(t.action(), -1, t.next()));
        itfs.add(walk.toItf());
      }
      lab = withBudgets(lab, itfs);
      TraceSlots slots = new TraceSlots(lab.routerCount());
      for (int i = 0; i < itfs.size(); i++) {
        String name = i < traceFiles.size() ? traceFiles.get(i).toString() : "random walk, seed " + (seed + i
            - traceFiles.size());
        traces.add(LoggedTrace.fromItf(name, itfs.get(i), slots));
      }
    } catch (IllegalArgumentException | IOException | ItfFormatException e) {
      return badInput(e.getMessage());
    }

    CheckCommand.ProgressLine progress = new CheckCommand.ProgressLine(err);
    TlcOptions options = TlcOptions.defaults().withWorkers(workers).withTimeout(Duration.ofSeconds(timeLimit));
    TraceValidation.Outcome outcome = new TraceValidation(lab, new TlcRunner())
        .validate(traces, unloggedSteps, options, progress::show);
    progress.done();
    if (!outcome.completed()) {
      err.println("havpn validate: TLC did not finish: " + outcome.tlc().summary());
      CheckCommand.printErrors(outcome.tlc(), err);
      return ExitCode.BAD_INPUT;
    }
    List<Optional<Divergence>> javaViews = new ArrayList<>();
    for (int i = 0; i < traces.size(); i++) {
      javaViews.add(outcome.verdicts().get(i).accepted() ? Optional.empty() : javaView(lab, itfs.get(i)));
    }
    if (json) {
      out.println(json(lab, outcome, javaViews));
    } else {
      printText(out, lab, outcome, javaViews);
    }
    out.flush();
    return outcome.allAccepted() ? ExitCode.OK : ExitCode.VIOLATED;
  }

  private ItfTrace read(Path file) throws IOException {
    try {
      return ItfReader.read(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such trace file", e);
    } catch (ItfFormatException e) {
      throw new IllegalArgumentException(file + ": not an ITF trace: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The fault and loss budgets the traces were recorded with: the model counts faults and losses only under a
   * budget, so a trace whose counters move was bounded, by at least the highest count it shows. Unbounded otherwise.
   */
  public static Lab withBudgets(Lab lab, List<ItfTrace> traces) {
    int faults = highest(traces, "faults");
    int losses = highest(traces, "losses");
    return lab.withOptions(lab.options().withBudgets(faults > 0 ? faults : -1, losses > 0 ? losses : -1));
  }

  private static int highest(List<ItfTrace> traces, String variable) {
    int highest = 0;
    for (ItfTrace trace : traces) {
      for (var state : trace.states()) {
        if (state.values().get(variable) instanceof TlaInt count) {
          highest = Math.max(highest, count.value().intValueExact());
        }
      }
    }
    return highest;
  }

  /** For a trace with every variable: where the Java model parts from it, with the differing paths. */
  private static Optional<Divergence> javaView(Lab lab, ItfTrace trace) {
    if (!trace.vars().containsAll(StateCodec.VARIABLES)) {
      return Optional.empty();
    }
    return new CounterexampleReplay(new VpnHaModel(lab)).replay(trace).divergence();
  }

  private static void printText(PrintWriter out, Lab lab, TraceValidation.Outcome outcome,
      List<Optional<Divergence>> javaViews) {
    out.println("lab: " + lab.name() + "; TLC: " + outcome.tlc().summary() + " in "
        + seconds(outcome.tlc().elapsed()));
    List<TraceVerdict> verdicts = outcome.verdicts();
    for (int i = 0; i < verdicts.size(); i++) {
      TraceVerdict v = verdicts.get(i);
      v.notes().forEach(note -> out.println("  note: " + note));
      if (v.accepted()) {
        out.println(v.name() + ": a behaviour of the spec (" + v.entries() + " states matched)");
        continue;
      }
      TraceVerdict.Unmatched u = v.unmatched();
      out.println(v.name() + ": NOT a behaviour of the spec: states 0 to " + (v.matched() - 1) + " matched; TLC "
          + "could not match state " + u.state() + " (" + u.action() + ")");
      javaViews.get(i).ifPresentOrElse(d -> {
        out.println("  the Java model" + d.closestCandidate().map(c -> "'s closest step, " + c + ",").orElse("")
            + " differs there in:");
        for (VariableDifference difference : d.differences()) {
          out.println("    " + difference.path() + ": trace " + difference.traceValue() + ", model "
              + difference.javaValue());
        }
      }, () -> u.logged().forEach(value -> out.println("    logged: " + value)));
    }
    long accepted = verdicts.stream().filter(TraceVerdict::accepted).count();
    out.println("verdict: " + accepted + " of " + verdicts.size() + " trace(s) are behaviours of the spec ("
        + perTrace(outcome) + " ms per trace)");
  }

  private static String json(Lab lab, TraceValidation.Outcome outcome, List<Optional<Divergence>> javaViews) {
    ObjectNode root = JSON.createObjectNode();
    root.put("lab", lab.name());
    root.put("allAccepted", outcome.allAccepted());
    root.putObject("tlc").put("summary", outcome.tlc().summary())
        .put("distinctStates", outcome.tlc().output().statistics().distinctStates())
        .put("seconds", outcome.tlc().elapsed().toMillis() / 1000.0);
    root.put("millisPerTrace", perTrace(outcome));
    ArrayNode traces = root.putArray("traces");
    for (int i = 0; i < outcome.verdicts().size(); i++) {
      TraceVerdict v = outcome.verdicts().get(i);
      ObjectNode node = traces.addObject().put("name", v.name()).put("states", v.entries())
          .put("matched", v.matched()).put("accepted", v.accepted());
      v.notes().forEach(node.putArray("notes")::add);
      if (v.unmatched() != null) {
        ObjectNode unmatched = node.putObject("unmatched").put("state", v.unmatched().state())
            .put("action", v.unmatched().action());
        v.unmatched().logged().forEach(unmatched.putArray("logged")::add);
        javaViews.get(i).ifPresent(d -> {
          ArrayNode differences = unmatched.putArray("javaDifferences");
          for (VariableDifference difference : d.differences()) {
            differences.addObject().put("path", difference.path())
                .put("trace", difference.traceValue().toString()).put("java", difference.javaValue().toString());
          }
        });
      }
    }
    return root.toPrettyString();
  }

  private static long perTrace(TraceValidation.Outcome outcome) {
    return outcome.tlc().elapsed().toMillis() / Math.max(1, outcome.verdicts().size());
  }

  private static String seconds(Duration elapsed) {
    return String.format("%.1f s", elapsed.toMillis() / 1000.0);
  }

  private int badInput(String message) {
    spec.commandLine().getErr().println("havpn validate: " + message);
    return ExitCode.BAD_INPUT;
  }
}
