package io.havpn.cli.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.bridge.itf.ItfFormatException;
import io.havpn.bridge.itf.ItfReader;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.ItfWriter;
import io.havpn.bridge.replay.CounterexampleReplay;
import io.havpn.bridge.replay.Divergence;
import io.havpn.bridge.replay.ReplayResult;
import io.havpn.bridge.replay.StepVerdict;
import io.havpn.bridge.replay.VariableDifference;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.cli.ExitCode;
import io.havpn.cli.CheckedLabOptions;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code havpn replay-cex}: replays a counterexample (an ITF trace, such as one {@code havpn check} wrote) on the Java
 * model of the lab and shows, step by step, whether the model takes the same step; at the first step it cannot, the
 * variables that differ and what the model could do instead.
 */
@Command(name = "replay-cex", mixinStandardHelpOptions = true,
    description = "Replay a counterexample (ITF trace, as written by havpn check) on the Java model of the lab, step "
        + "by step, and show where the model and the TLA+ spec disagree.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the Java model takes every step of the trace", "1:the Java model diverges from the trace",
        "2:bad input (missing or malformed trace) or bad command line"})
public final class ReplayCexCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TRACE", description = "the counterexample, an ITF trace (.itf.json)")
  Path traceFile;

  @Option(names = "--json", description = "print the result as JSON instead of text")
  boolean json;

  @Mixin
  CheckedLabOptions checkedLab;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Lab lab;
    try {
      lab = checkedLab.bounded(); // the budgets the trace was checked with: faults and losses count only under one
    } catch (IllegalArgumentException e) {
      return badInput(e.getMessage());
    }
    ItfTrace trace;
    ReplayResult result;
    try {
      trace = ItfReader.read(Files.readString(traceFile));
      result = new CounterexampleReplay(new VpnHaModel(lab)).replay(trace);
    } catch (NoSuchFileException e) {
      return badInput(traceFile + ": no such trace file");
    } catch (IOException e) {
      return badInput(traceFile + ": " + e.getMessage());
    } catch (ItfFormatException e) {
      return badInput(traceFile + ": not an ITF trace: " + e.getMessage());
    } catch (IllegalArgumentException e) { // no states, or not the spec's variables
      return badInput(traceFile + ": " + e.getMessage());
    }
    if (json) {
      out.println(json(lab, trace, result));
    } else {
      printText(out, trace, result);
    }
    out.flush();
    return result.replayed() ? ExitCode.OK : ExitCode.VIOLATED;
  }

  private int badInput(String message) {
    spec.commandLine().getErr().println("havpn replay-cex: " + message);
    return ExitCode.BAD_INPUT;
  }

  private static void printText(PrintWriter out, ItfTrace trace, ReplayResult result) {
    for (StepVerdict step : result.steps()) {
      out.println("step " + step.index() + " " + step.action() + ": " + (step.matched() ? "matches" : "diverges"));
    }
    result.divergence().ifPresent(d -> printDivergence(out, d));
    if (result.loop() == ReplayResult.Loop.VERIFIED) {
      out.println("loop back to state " + trace.loop().getAsInt() + " verified");
    }
    out.println(result.replayed() ? "verdict: the Java model takes every step of the trace"
        : "verdict: the Java model diverges from the trace at step " + result.divergence().get().step());
  }

  private static void printDivergence(PrintWriter out, Divergence d) {
    String where = d.step() == 0 ? "the trace's initial state is not the Java model's"
        : "no enabled Java action" + d.tlaAction().map(a -> " named " + a).orElse("") + " reaches trace state "
            + d.step();
    out.println("divergence at step " + d.step() + ": " + where);
    d.closestCandidate().ifPresent(c -> out.println("closest Java action: " + c));
    for (VariableDifference difference : d.differences()) {
      out.println("  " + difference.path());
      out.println("    trace: " + difference.traceValue());
      out.println("    java:  " + difference.javaValue());
    }
    if (d.step() > 0) {
      out.println("enabled in the Java model: " + listed(d.enabled()));
      out.println("Java actions reaching the trace's state: " + listed(d.matchingActions()));
    }
  }

  private static String listed(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static String json(Lab lab, ItfTrace trace, ReplayResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("lab", lab.name());
    root.put("replayed", result.replayed());
    ArrayNode steps = root.putArray("steps");
    for (StepVerdict step : result.steps()) {
      steps.addObject().put("index", step.index()).put("action", step.action()).put("matched", step.matched());
    }
    result.divergence().ifPresentOrElse(d -> {
      ObjectNode node = root.putObject("divergence").put("step", d.step());
      node.put("tlaAction", d.tlaAction().orElse(null));
      node.put("closestCandidate", d.closestCandidate().orElse(null));
      ArrayNode differences = node.putArray("differences");
      for (VariableDifference difference : d.differences()) {
        differences.addObject().put("path", difference.path()).put("variable", difference.variable())
            .<ObjectNode>set("trace", itf(difference.traceValue())).set("java", itf(difference.javaValue()));
      }
      d.enabled().forEach(node.putArray("enabled")::add);
      d.matchingActions().forEach(node.putArray("matchingActions")::add);
    }, () -> root.putNull("divergence"));
    root.put("loop", result.loop().name());
    if (trace.loop().isPresent()) {
      root.put("loopIndex", trace.loop().getAsInt());
    }
    return root.toPrettyString();
  }

  /** A value in its ITF form, so that programs read it as the trace itself does. */
  private static JsonNode itf(TlaValue value) {
    try {
      return JSON.readTree(new ItfWriter().writeValue(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the ITF writer wrote JSON that does not parse", e);
    }
  }
}
