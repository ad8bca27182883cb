package io.havpn.cli;

import io.havpn.cli.ios.IosLog;
import io.havpn.model.Observation;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.Scenario;
import io.havpn.model.scenario.ScenarioParser;
import io.havpn.model.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Test fixture: the source document's lab files (examples/seed-lab) and a comparison of the model's IOS-style log with
 * the document's, line family by line family.
 */
final class DocumentLogs {

  static final Path SEED_LAB = Path.of("..", "examples", "seed-lab");

  /**
   * The line families the model renders, compared in order. Left out, with the reason: API and "Redundancy enquiry"
   * lines (IOS internals the model does not model), packet debug ("Hello in", "purging node"), %LINK/%LINEPROTO (IOS
   * prints them asynchronously, after the HSRP lines), rte_mgr route lines (printed by another process; their order
   * relative to HSRP is checked separately).
   */
  private static final List<Pattern> FAMILIES = List.of(
      Pattern.compile("^HSRP: \\S+ Interface (up|down)$"),
      Pattern.compile("^HSRP: \\S+ (Starting minimum interface delay|Interface min delay expired)"),
      Pattern.compile("^HSRP: \\S+ Grp \\d+ (Init|Learn|Listen|Speak|Standby|Active): [a-l]/"),
      Pattern.compile("^HSRP: \\S+ Grp \\d+ (Init|Learn|Listen|Speak|Standby|Active) -> "),
      Pattern.compile("^%HSRP-\\d-STATECHANGE:"),
      Pattern.compile("^HSRP: \\S+ Grp \\d+ Redundancy \""),
      Pattern.compile("^HSRP: \\S+ Grp \\d+ (Active|Standby) router is "),
      Pattern.compile("^%CRYPTO-5-SESSION_STATUS:"),
      Pattern.compile("incrementing error counter on sa|peer not responding!|deleting SA reason|delete all SAs shared"));

  private DocumentLogs() {}

  static String read(String relative) {
    try {
      return Files.readString(SEED_LAB.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RunResult runDocumentScenario(Lab lab, long seed) {
    Scenario scenario = ScenarioParser.parse(lab, "document.scenario", read("document.scenario"));
    return new ScenarioRunner(new VpnHaModel(lab)).run(scenario, seed);
  }

  /** One device's rendered lines between two seconds (inclusive), normalised. */
  static List<String> modelLines(Lab lab, RunResult run, String device, int from, int until) {
    IosLog ios = new IosLog(lab);
    List<String> lines = new ArrayList<>();
    for (RunResult.TimedStep step : run.steps()) {
      if (step.time() < from || step.time() > until) {
        continue;
      }
      for (Observation o : step.observations()) {
        if (o.device().equals(device)) {
          ios.lines(o).forEach(line -> lines.add(normalise(line)));
        }
      }
    }
    return lines;
  }

  /** The document's log lines in the compared families, normalised, each distinct line once. */
  static List<String> documentLines(String logFile) {
    LinkedHashSet<String> lines = new LinkedHashSet<>();
    for (String line : read("logs/" + logFile).split("\n")) {
      String normalised = normalise(line);
      if (FAMILIES.stream().anyMatch(family -> family.matcher(normalised).find())) {
        lines.add(normalised);
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException(logFile + " has no line in the compared families");
    }
    return List.copyOf(lines);
  }

  /** Whitespace folded; IOS's "(active 0->1, passive 2->1)" counters after a transition dropped. */
  static String normalise(String line) {
    return line.trim().replaceAll("\\s+", " ").replaceAll(" \\(active \\d+(->\\d+)?, passive \\d+(->\\d+)?\\)$", "");
  }

  /**
   * The document lines the model does not produce in the same order: empty when the document's sequence is a
   * subsequence of the model's.
   */
  static List<String> unmatched(List<String> document, List<String> model) {
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String line : document) {
      int found = model.subList(at, model.size()).indexOf(line);
      if (found < 0) {
        missing.add(line);
      } else {
        at += found + 1;
      }
    }
    return missing;
  }
}
