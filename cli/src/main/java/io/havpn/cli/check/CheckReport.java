package io.havpn.cli.check;

import io.havpn.bridge.spec.LabModelCheck;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.cli.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The verdict table of {@code havpn check} and its exit code. */
final class CheckReport {

  private final LabModelCheck.Report report;
  private final PrintWriter out;

  CheckReport(LabModelCheck.Report report, PrintWriter out) {
    this.report = report;
    this.out = out;
  }

  int print(List<Path> counterexamples) {
    out.println();
    out.printf("%-24s %-10s %s%n", "property", "verdict", "detail");
    for (LabModelCheck.PropertyVerdict verdict : report.verdicts()) {
      out.printf("%-24s %-10s %s%n", verdict.property().id(), verdict.status().name().replace('_', ' '),
          verdict.detail());
    }
    out.println();
    if (report.distinctStates() > 0) {
      out.printf("%,d distinct states, depth %d, %d TLC run(s), %.1f s%n", report.distinctStates(), report.depth(),
          report.runs().size(), report.elapsed().toMillis() / 1000.0);
    }
    counterexamples.forEach(file -> out.println("counterexample: " + file));
    if (report.failure().isPresent()) {
      out.println("TLC could not finish: " + report.failure().get());
      TlcResult last = report.runs().get(report.runs().size() - 1);
      CheckCommand.printErrors(last, out);
      out.flush();
      return ExitCode.BAD_INPUT;
    }
    out.println(report.anyViolated() ? "verdict: a property is violated" : "verdict: every checked property holds");
    out.flush();
    return report.anyViolated() ? ExitCode.VIOLATED : ExitCode.OK;
  }
}
