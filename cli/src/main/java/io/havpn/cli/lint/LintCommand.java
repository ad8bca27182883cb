package io.havpn.cli.lint;

import io.havpn.bridge.alloy.DesignChecker;
import io.havpn.bridge.alloy.Finding;
import io.havpn.bridge.alloy.Severity;
import io.havpn.cli.ConfigInputs;
import io.havpn.cli.ExitCode;
import io.havpn.config.ConfigException;
import io.havpn.config.ConfigFiles;
import io.havpn.config.ConfigParser;
import io.havpn.config.RouterConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code havpn lint}: the configurations checked against the design assertions of specs/alloy/VpnHa.als. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Check IOS running-configs against the design rules of an HA VPN (specs/alloy/VpnHa.als, with "
        + "Alloy): each violated rule is a finding with its severity, the config lines at fault and why it matters.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no error (warnings allowed)", "1:at least one error finding",
        "2:bad input: a config that cannot be read (file:line: what was expected), a missing file"})
public final class LintCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "CONFIG", arity = "0..*",
      description = "running-configs: files, or directories of .cfg files (default: the built-in lab's four)")
  List<Path> configs = new ArrayList<>();

  @Option(names = "--json", description = "print the findings as JSON instead of text")
  boolean json;

  @Option(names = "--sarif", paramLabel = "FILE", description = "also write the findings as SARIF 2.1.0 (for CI)")
  Path sarif;

  @Option(names = "--list-unmodelled", description = "list every line havpn reads but does not model, with why")
  boolean listUnmodelled;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ConfigParser.ParsedFile> files;
    try {
      files = ConfigInputs.read(configs);
    } catch (ConfigException e) {
      err.println("havpn lint: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    List<RouterConfig> routers = ConfigFiles.configs(files);
    List<Finding> findings = DesignChecker.check(routers);
    LintReport report = new LintReport(files, findings);
    if (sarif != null) {
      try {
        Path parent = sarif.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(sarif, report.sarif());
      } catch (IOException e) {
        err.println("havpn lint: cannot write " + sarif + ": " + e.getMessage());
        return ExitCode.BAD_INPUT;
      }
    }
    if (json) {
      out.println(report.json());
    } else {
      report.printText(out, listUnmodelled);
      if (sarif != null) {
        out.println("sarif: " + sarif);
      }
    }
    out.flush();
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCode.VIOLATED : ExitCode.OK;
  }
}
