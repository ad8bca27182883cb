package io.havpn.cli.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.cli.ios.IosLog;
import io.havpn.cli.ios.ShowCommands;
import io.havpn.model.Observation;
import io.havpn.model.Property;
import io.havpn.model.SystemState;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.Scenario;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of {@code havpn simulate} as text for a person or JSON for a program; both carry the same content. */
final class SimulationReport {

  private final Lab lab;
  private final Scenario scenario;
  private final RunResult result;
  private final List<String> devices;
  private final IosLog ios;
  private final ShowCommands show;

  SimulationReport(Lab lab, Scenario scenario, RunResult result, List<String> devices) {
    this.lab = lab;
    this.scenario = scenario;
    this.result = result;
    this.devices = devices;
    this.ios = new IosLog(lab);
    this.show = new ShowCommands(lab);
  }

  /** One logged line: when, which device, and the text. */
  record LogLine(int time, String device, String text) {}

  List<LogLine> logLines() {
    List<LogLine> lines = new ArrayList<>();
    result.steps().forEach(step -> lines.addAll(logLines(ios, devices, step)));
    return lines;
  }

  /** The lines one step logs, of the devices asked for (all when {@code devices} is empty). */
  private static List<LogLine> logLines(IosLog ios, List<String> devices, RunResult.TimedStep step) {
    List<LogLine> lines = new ArrayList<>();
    for (Observation o : step.observations()) {
      if (devices.isEmpty() || devices.stream().anyMatch(d -> d.equalsIgnoreCase(o.device()))) {
        for (String text : ios.lines(o)) {
          lines.add(new LogLine(step.time(), o.device(), text));
        }
      }
    }
    return lines;
  }

  /** Prints the lines one step logs, as the log section does: {@code [device] *Mar  1 00:01:00.000: text}. */
  static void printLog(PrintWriter out, IosLog ios, List<String> devices, RunResult.TimedStep step) {
    logLines(ios, devices, step).forEach(line -> print(out, line));
  }

  private static void print(PrintWriter out, LogLine line) {
    out.printf("[%s] %s %s%n", line.device(), IosLog.timestamp(line.time()), line.text());
  }

  /** {@code show} output of every device at one snapshot, keyed by the command line as IOS echoes it. */
  Map<String, List<String>> shows(SystemState s) {
    Map<String, List<String>> shows = new LinkedHashMap<>();
    for (int r = 0; r < lab.routerCount(); r++) {
      String name = lab.router(r).name();
      shows.put(name + "#show standby", show.showStandby(s, r));
      shows.put(name + "#show ip route", show.showIpRoute(s, r));
      shows.put(name + "#show crypto isakmp sa", show.showCryptoIsakmpSa(s, r));
    }
    shows.put(lab.internal().name() + "#show ip route", show.showIpRouteInternal(s));
    shows.put(lab.remote().name() + "#show crypto isakmp sa", show.showCryptoIsakmpSaRemote(s));
    return shows;
  }

  int[] pings() {
    int sent = 0;
    int answered = 0;
    for (RunResult.TimedStep step : result.steps()) {
      for (Observation o : step.observations()) {
        if (o instanceof Observation.PingResult ping) {
          sent++;
          answered += ping.success() ? 1 : 0;
        }
      }
    }
    return new int[] {sent, answered};
  }

  void printText(PrintWriter out) {
    out.printf("havpn simulate: lab %s, scenario %s, seed %d, 0-%d s%n", lab.name(), scenario.source(),
        result.seed(), result.end());
    for (String warning : result.warnings()) {
      out.println("warning: " + warning);
    }
    out.println();
    out.println("== Log ==");
    logLines().forEach(line -> print(out, line));
    for (RunResult.Snapshot snapshot : result.snapshots()) {
      out.println();
      out.printf("== At %d s: %s ==%n", snapshot.time(), snapshot.label());
      shows(snapshot.state()).forEach((command, lines) -> {
        out.println(command);
        lines.forEach(out::println);
        out.println();
      });
    }
    out.println("== Traffic ==");
    int[] pings = pings();
    out.printf("traffic from %s to %s: %d of %d echoes returned%n", lab.remote().protectedNetwork(),
        lab.internal().loopback(), pings[1], pings[0]);
    int bound = Property.failoverBound(lab);
    for (RunResult.Outage outage : result.outages()) {
      out.printf("outage from %d s to %s: %d s (bound %s)%n", outage.start(),
          outage.end() < 0 ? "the end" : outage.end() + " s", outage.duration(result.end()), boundText(bound));
    }
    out.println();
    out.printf("== Properties (eventual ones judged from %d s) ==%n", result.stableFrom());
    for (RunResult.Verdict verdict : result.verdicts().values()) {
      out.printf("%-24s %-8s %-9s %s%n", verdict.property().id(), verdict.property().kind().name().toLowerCase(),
          verdict.holds() ? "holds" : "VIOLATED", verdict.detail());
    }
    long violated = result.verdicts().values().stream().filter(v -> !v.holds()).count();
    out.println();
    out.println(violated == 0
        ? "verdict: all " + result.verdicts().size() + " properties hold"
        : "verdict: " + violated + " of " + result.verdicts().size() + " properties violated");
  }

  private static String boundText(int bound) {
    return bound == Integer.MAX_VALUE ? "none" : bound + " s";
  }

  String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("lab", lab.name());
    root.put("scenario", scenario.source());
    root.put("seed", result.seed());
    root.put("end", result.end());
    root.put("stableFrom", result.stableFrom());
    int bound = Property.failoverBound(lab);
    if (bound == Integer.MAX_VALUE) {
      root.putNull("failoverBound");
    } else {
      root.put("failoverBound", bound);
    }
    ArrayNode warnings = root.putArray("warnings");
    result.warnings().forEach(warnings::add);
    ArrayNode log = root.putArray("log");
    for (LogLine line : logLines()) {
      log.addObject().put("time", line.time()).put("device", line.device()).put("line", line.text());
    }
    ArrayNode snapshots = root.putArray("snapshots");
    for (RunResult.Snapshot snapshot : result.snapshots()) {
      ObjectNode node = snapshots.addObject().put("time", snapshot.time()).put("label", snapshot.label());
      ObjectNode commands = node.putObject("show");
      shows(snapshot.state()).forEach((command, lines) -> {
        ArrayNode array = commands.putArray(command);
        lines.forEach(array::add);
      });
    }
    int[] pings = pings();
    root.putObject("traffic").put("sent", pings[0]).put("answered", pings[1]);
    ArrayNode outages = root.putArray("outages");
    for (RunResult.Outage outage : result.outages()) {
      ObjectNode node = outages.addObject().put("start", outage.start());
      if (outage.end() < 0) {
        node.putNull("end");
      } else {
        node.put("end", outage.end());
      }
      node.put("seconds", outage.duration(result.end()));
    }
    ArrayNode verdicts = root.putArray("properties");
    for (RunResult.Verdict verdict : result.verdicts().values()) {
      ObjectNode node = verdicts.addObject()
          .put("property", verdict.property().id())
          .put("kind", verdict.property().kind().name().toLowerCase())
          .put("holds", verdict.holds())
          .put("detail", verdict.detail());
      if (verdict.time() >= 0) {
        node.put("time", verdict.time());
      }
    }
    root.put("allHold", result.allHold());
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
