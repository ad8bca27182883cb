package io.havpn.cli.check;

import io.havpn.bridge.itf.ItfWriter;
import io.havpn.bridge.itf.TlcToItf;
import io.havpn.bridge.spec.LabCheck;
import io.havpn.bridge.spec.LabModelCheck;
import io.havpn.bridge.spec.LabModule;
import io.havpn.bridge.spec.ProtocolModule;
import io.havpn.bridge.tlc.TlcDistributedRunner;
import io.havpn.bridge.tlc.TlcError;
import io.havpn.bridge.tlc.TlcInstallation;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcProgress;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.cli.CheckedLabOptions;
import io.havpn.cli.ExitCode;
import io.havpn.model.Property;
import io.havpn.model.lab.Lab;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code havpn check}: TLC on the lab's TLA+ model, a verdict per property, counterexamples as ITF files. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Model check the lab exhaustively with TLC (the spec specs/tla/VpnHa.tla, constants from the lab): "
        + "a verdict per property, distinct states, depth and time; counterexamples written as ITF traces.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every property holds", "1:a property is violated",
        "2:bad input, a broken spec or cfg (TLC's message with file and line), a time-out or a TLC crash"})
public final class CheckCommand implements Callable<Integer> {

  enum Distribution { LOCAL, OPEN }

  @Spec
  CommandSpec spec;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "TLC workers (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1800",
      description = "wall-clock limit of each TLC run (default: ${DEFAULT-VALUE})")
  long timeLimit;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "havpn-out/check",
      description = "where counterexamples are written as ITF (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--distributed", paramLabel = "MODE",
      description = "use TLC's distributed mode: LOCAL (server and workers on this machine, loopback only, in a "
          + "network namespace: needs root) or OPEN (server reachable by workers on other machines)")
  Distribution distributed;

  @Option(names = "--properties", paramLabel = "WHICH", defaultValue = "all",
      description = "all (safety invariants, eventual properties under fairness, and FailoverBound on the lab with "
          + "its failover clock) or safety (the safety invariants only, faster) (default: ${DEFAULT-VALUE})")
  String properties;

  @Option(names = "--spec-dir", paramLabel = "DIR",
      description = "check DIR/VpnHa.tla (and DIR's copies of the protocol modules, if any) instead of the built-in "
          + "spec (the lab's MC module is still generated)")
  Path specDir;

  @Option(names = "--write-modules", paramLabel = "DIR",
      description = "write the spec's modules, MCVpnHa.tla with the cfgs of both sizes, and each protocol module's MC "
          + "module and cfg, for this lab, to DIR, and stop")
  Path writeModules;

  @Mixin
  CheckedLabOptions checkedLab;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lab lab;
    LabModule.Size chosen;
    try {
      lab = checkedLab.lab();
      chosen = checkedLab.size();
      if (workers < 1 || timeLimit < 1) {
        throw new IllegalArgumentException("--workers and --time-limit must be at least 1");
      }
      if (!properties.equals("all") && !properties.equals("safety")) {
        throw new IllegalArgumentException("--properties: expected all or safety, not '" + properties + "'");
      }
      if (specDir != null && !Files.isRegularFile(specDir.resolve(LabCheck.SPEC + ".tla"))) {
        throw new IllegalArgumentException("--spec-dir: " + specDir.resolve(LabCheck.SPEC + ".tla") + " not found");
      }
    } catch (IllegalArgumentException e) {
      err.println("havpn check: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (writeModules != null) {
      return writeModules(lab, out);
    }
    Lab bounded = checkedLab.bounded();
    TlcOptions options = TlcOptions.defaults().withWorkers(workers).withTimeout(Duration.ofSeconds(timeLimit));
    out.printf("havpn check: lab %s, size %s (at most %d fault(s), %d loss(es)), %d worker(s)%n", lab.name(),
        chosen.name(), chosen.maxFaults(), chosen.maxLosses(), workers);
    if (distributed == Distribution.OPEN) {
      out.println("distributed: attach workers from other machines with");
      out.println("  java -cp " + String.join(File.pathSeparator, TlcInstallation.detect().classpath().stream()
          .map(Path::toString).toList()) + " tlc2.tool.distributed.TLCWorker "
          + "<this host's address>");
    }
    out.flush();
    ProgressLine progress = new ProgressLine(err);
    Map<String, String> modules = specDir == null ? LabCheck.specModules() : LabCheck.specModules(specDir);
    List<Property> checked = properties.equals("all") ? LabModule.CHECKED : LabModule.SAFETY;
    LabModelCheck.Report report = LabModelCheck.check(bounded, checked, modules, options, runner(progress));
    progress.done();
    return new CheckReport(report, out).print(writeCounterexamples(report));
  }

  /** Local TLC, or distributed TLC whose non-successes are re-checked locally: that mode hides violations. */
  private LabModelCheck.Runner runner(ProgressLine progress) {
    LabModelCheck.Runner local = LabModelCheck.local(new TlcRunner(), progress::show);
    if (distributed == null) {
      return local;
    }
    return LabModelCheck.distributed(new TlcDistributedRunner(TlcInstallation.detect(),
        distributed == Distribution.LOCAL ? TlcDistributedRunner.Isolation.LOOPBACK_NAMESPACE
            : TlcDistributedRunner.Isolation.NONE), local);
  }

  private List<Path> writeCounterexamples(LabModelCheck.Report report) throws IOException {
    List<Path> written = new ArrayList<>();
    for (LabModelCheck.PropertyVerdict verdict : report.verdicts()) {
      if (verdict.counterexample().isPresent()) {
        Files.createDirectories(out);
        Path file = out.resolve(verdict.property().id() + ".itf.json");
        Files.writeString(file, new ItfWriter().write(
            TlcToItf.convert(verdict.counterexample().get(), "havpn check " + report.lab().name())));
        written.add(file);
      }
    }
    return written;
  }

  private int writeModules(Lab lab, PrintWriter out) throws IOException {
    Files.createDirectories(writeModules);
    for (Map.Entry<String, String> module : LabCheck.specModules().entrySet()) {
      Files.writeString(writeModules.resolve(module.getKey()), module.getValue());
    }
    Files.writeString(writeModules.resolve(LabModule.MODULE + ".tla"), LabModule.module(lab));
    for (LabModule.Size s : LabModule.SIZES) {
      Files.writeString(writeModules.resolve(s.configFile()),
          LabModule.config(LabModule.CHECKED, s.maxFaults(), s.maxLosses()));
    }
    Files.writeString(writeModules.resolve(LabModule.CLOCK_MODULE + ".tla"), LabModule.clockModule(lab));
    for (LabModule.Size s : LabModule.SIZES) {
      Files.writeString(writeModules.resolve(s.clockConfigFile()), LabModule.clockConfig(s.maxFaults(), s.maxLosses()));
    }
    for (ProtocolModule protocol : ProtocolModule.ALL) {
      Files.writeString(writeModules.resolve(protocol.moduleName() + ".tla"), protocol.module(lab));
      Files.writeString(writeModules.resolve(protocol.moduleName() + ".cfg"), protocol.config());
    }
    out.println("wrote " + String.join(", ", LabCheck.specModules().keySet()) + ", " + LabModule.MODULE
        + ".tla and " + LabModule.CLOCK_MODULE + ".tla with their cfgs, and each protocol module's MC module and cfg to "
        + writeModules);
    return ExitCode.OK;
  }

  /** TLC's progress on one terminal line (stderr), so stdout stays the report. */
  public static final class ProgressLine {
    private final PrintWriter err;
    private boolean shown;

    public ProgressLine(PrintWriter err) {
      this.err = err;
    }

    public void show(TlcProgress p) {
      err.printf("\rTLC: depth %d, %,d distinct states, %,d left on queue   ", p.depth(), p.distinctStates(),
          p.statesLeftOnQueue());
      err.flush();
      shown = true;
    }

    public void done() {
      if (shown) {
        err.println();
      }
    }
  }

  /** Lists TLC's own error messages (with file and line) when a run failed. */
  public static void printErrors(TlcResult result, PrintWriter out) {
    result.output().errors().stream().map(TlcError::toString).distinct().forEach(error -> out.println("  " + error));
  }

}
