package io.havpn.cli.simulate;

import io.havpn.cli.ExitCode;
import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.LabFiles;
import io.havpn.cli.LabOptions;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.ios.IosLog;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.Scenario;
import io.havpn.model.scenario.ScenarioException;
import io.havpn.model.scenario.ScenarioParser;
import io.havpn.model.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code havpn simulate}: runs a scenario on the lab and prints the logs, show output and property verdicts. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Run a scenario (by default the source document's story) on the lab: IOS-style logs per router, "
        + "show output at the scenario's snapshots, and the verdict of every property.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every property holds", "1:a property is violated", "2:bad input or bad command line"})
public final class SimulateCommand implements Callable<Integer> {

  /** The document's story, packaged from examples/seed-lab/document.scenario. */
  public static final String BUILT_IN_SCENARIO = "seed-lab/document.scenario";

  @Spec
  CommandSpec spec;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "scenario file (default: the built-in " + BUILT_IN_SCENARIO + ")")
  Path scenarioFile;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "seed for the order of events due at the same second (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--duration", paramLabel = "SECONDS",
      description = "run this long instead of the scenario's duration (extended if the properties need longer)")
  Integer duration;

  @Option(names = "--device", paramLabel = "NAME", description = "print only this device's log lines (repeatable)")
  List<String> devices = new ArrayList<>();

  @Option(names = "--json", description = "print the result as JSON instead of text")
  boolean json;

  @Option(names = "--log-only", description = "print only the devices' log lines, as the run goes, keeping no step "
      + "in memory: for runs of any length, such as a benchmark's log (not with --json or --trace)")
  boolean logOnly;

  @Option(names = "--trace", paramLabel = "FILE",
      description = "also write the run, every model step, as an ITF trace for havpn validate")
  Path trace;

  @Mixin
  LabOptions labOptions;

  @Mixin
  LabFiles labFiles;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lab lab;
    Scenario scenario;
    try {
      lab = labOptions.apply(labFiles.labOrBadInput());
      scenario = loadScenario(lab);
      if (duration != null) {
        scenario = withDuration(scenario, duration);
      }
      for (String device : devices) {
        if (lab.routerIndex(device) < 0 && !device.equalsIgnoreCase(lab.remote().name())
            && !device.equalsIgnoreCase(lab.internal().name())) {
          throw new IllegalArgumentException("--device: unknown device '" + device + "'");
        }
      }
    } catch (ScenarioException | IllegalArgumentException | IOException e) {
      err.println("havpn simulate: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    VpnHaModel model = new VpnHaModel(lab);
    if (logOnly) {
      if (json || trace != null) {
        err.println("havpn simulate: --log-only prints the log alone; it does not go with --json or --trace");
        return ExitCode.BAD_INPUT;
      }
      IosLog ios = new IosLog(lab);
      RunResult result = new ScenarioRunner(model).run(scenario, seed,
          step -> SimulationReport.printLog(out, ios, devices, step), false);
      out.flush();
      return result.allHold() ? ExitCode.OK : ExitCode.VIOLATED;
    }
    RunResult result = new ScenarioRunner(model).run(scenario, seed);
    if (trace != null) {
      ModelTrace behaviour = new ModelTrace(lab, "havpn simulate " + scenario.source() + " --seed " + seed,
          model.initial());
      result.steps().forEach(step -> behaviour.step(step.action(), step.time(), step.state()));
      try {
        TraceFiles.write(behaviour, lab, trace);
      } catch (IOException e) {
        err.println("havpn simulate: cannot write the trace " + trace + ": " + e.getMessage());
        return ExitCode.BAD_INPUT;
      }
    }
    SimulationReport report = new SimulationReport(lab, scenario, result, devices);
    if (json) {
      out.println(report.json());
    } else {
      report.printText(out);
    }
    out.flush();
    return result.allHold() ? ExitCode.OK : ExitCode.VIOLATED;
  }

  private Scenario loadScenario(Lab lab) throws IOException {
    if (scenarioFile != null) {
      if (!Files.isRegularFile(scenarioFile)) {
        throw new IOException(scenarioFile + ": no such scenario file");
      }
      return ScenarioParser.parse(lab, scenarioFile.toString(), Files.readString(scenarioFile));
    }
    try (InputStream in = SimulateCommand.class.getResourceAsStream("/" + BUILT_IN_SCENARIO)) {
      if (in == null) {
        throw new IOException("the built-in scenario " + BUILT_IN_SCENARIO + " is missing from the jar");
      }
      return ScenarioParser.parse(lab, BUILT_IN_SCENARIO, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Scenario withDuration(Scenario scenario, int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("--duration must not be negative, was " + seconds);
    }
    return new Scenario(scenario.source(), seconds,
        scenario.at().stream().filter(i -> i.time() <= seconds).toList(),
        scenario.repeats().stream().filter(r -> r.from() <= seconds).map(r -> new Scenario.Repeat(r.period(),
            r.from(), Math.min(r.until(), seconds), r.action(), r.line())).toList(),
        scenario.lossWindows().stream().filter(w -> w.from() <= seconds).toList(),
        scenario.snapshots().stream().filter(p -> p.time() <= seconds).toList());
  }
}
