package io.havpn.proptest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.model.Action;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A counterexample's whole behaviour as a trace, one JSON object per line: a header (format, lab, seeds, the check
 * that failed), the initial state, then every model step with its second, the stimulus it belongs to, the action by
 * the name and parameters the TLA+ spec shares, and the state it led to (one field per {@code SystemState}
 * component). This is what {@code havpn validate} is to check against the spec; the state-to-ITF mapping is the
 * bridge's job, so states are written as the Java model has them.
 */
public final class TraceExport {

  public static final String FORMAT = "havpn-trace/1";
  private static final ObjectWriter LINE = Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private TraceExport() {}

  public static List<String> lines(Counterexample counterexample) {
    Lab lab = counterexample.lab();
    List<String> lines = new ArrayList<>();
    ObjectNode header = Json.MAPPER.createObjectNode()
        .put("format", FORMAT)
        .put("variant", counterexample.variant())
        .put("seed", counterexample.seed())
        .put("scheduleSeed", counterexample.scheduleSeed())
        .put("violated", counterexample.violated());
    header.set("actions", Json.MAPPER.valueToTree(counterexample.actions()));
    header.set("lab", Json.MAPPER.valueToTree(lab));
    lines.add(line(header));
    lines.add(line(stateLine(0, 0, SequenceRun.BOOT, null, new VpnHaModel(lab).initial(), lab)));
    counterexample.replay(new SequenceRun.Listener() {
      @Override
      public void stepTaken(int stimulus, int time, Action action, Step step) {
        lines.add(line(stateLine(lines.size() - 1, time, stimulus, action, step.next(), lab)));
      }
    });
    return lines;
  }

  public static void write(Counterexample counterexample, Path file) {
    try {
      Files.write(file, lines(counterexample));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode stateLine(int index, int time, int stimulus, Action action, SystemState state, Lab lab) {
    ObjectNode line = Json.MAPPER.createObjectNode().put("step", index).put("time", time).put("stimulus", stimulus);
    if (action != null) {
      line.put("action", action.name()).put("kind", action.kind().name());
      line.set("params", Json.MAPPER.valueToTree(ActionWords.parameters(lab, action)));
    }
    line.set("state", Json.MAPPER.valueToTree(state));
    return line;
  }

  private static String line(ObjectNode node) {
    try {
      return LINE.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a trace line always maps to JSON", e);
    }
  }
}
