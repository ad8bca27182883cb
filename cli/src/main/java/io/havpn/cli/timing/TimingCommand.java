package io.havpn.cli.timing;

import io.havpn.cli.ConfigInputs;
import io.havpn.cli.ExitCode;
import io.havpn.config.ConfigException;
import io.havpn.config.ConfigFiles;
import io.havpn.config.LabImport;
import io.havpn.model.lab.Lab;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code havpn timing}: the failover bound computed from the configs, beside the outages measured by simulation. */
@Command(name = "timing", mixinStandardHelpOptions = true,
    description = "Compute the failover bound from the configs (HSRP hold time, IKE keepalive interval, retry and "
        + "limit) and compare it with the outages measured by simulating the lab: the Active router's HSRP "
        + "interface fails and recovers, its tracked inside interface fails, it reloads.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every measured outage is within the bound", "1:an outage exceeds the bound, or nothing bounds it",
        "2:bad input: a config that cannot be read or does not make a lab"})
public final class TimingCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "CONFIG", arity = "0..*",
      description = "running-configs: files, or directories of .cfg files (default: the built-in lab's four)")
  List<Path> configs = new ArrayList<>();

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "5",
      description = "simulate each event with seeds 1..N (default: ${DEFAULT-VALUE})")
  int seeds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lab lab;
    try {
      if (seeds < 1) {
        throw new IllegalArgumentException("--seeds must be at least 1");
      }
      lab = LabImport.build(ConfigInputs.labName(configs), ConfigFiles.configs(ConfigInputs.read(configs)));
    } catch (ConfigException | IllegalArgumentException e) {
      err.println("havpn timing: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    FailoverTiming.Bound bound = FailoverTiming.bound(lab);
    out.printf("havpn timing: lab %s, routers %s, remote %s%n", lab.name(), String.join(", ", lab.routerNames()),
        lab.remote().name());
    if (bound.bounded()) {
      out.printf("failover bound  %d s = hold %d + keepalive %d + retry %d x limit %d + 1 (renegotiation)%n",
          bound.total(), bound.hold(), bound.keepalive(), bound.retry(), bound.limit());
    } else {
      out.printf("failover bound  none: the remote has no 'crypto isakmp keepalive', so it never notices a failover"
          + " (hold %d s)%n", bound.hold());
    }
    List<FailoverTiming.Measured> measured;
    try {
      measured = FailoverTiming.measure(lab, seeds);
    } catch (IllegalArgumentException e) {
      err.println("havpn timing: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.printf("%-52s %-16s %s%n", "event (at " + FailoverTiming.FAULT_AT + " s, traffic every second)",
        "outage (s)", "within bound");
    boolean within = bound.bounded();
    for (FailoverTiming.Measured m : measured) {
      String outage = m.shortest() == m.longest() ? Integer.toString(m.longest())
          : m.shortest() + "-" + m.longest();
      if (m.open()) {
        outage += " (not restored)";
      }
      boolean ok = bound.bounded() && !m.open() && m.longest() <= bound.total();
      within &= ok;
      out.printf("%-52s %-16s %s%n", m.event(), outage, ok ? "yes" : "NO");
    }
    out.printf("(%d seed(s) per event; an outage is a span of seconds in which TunnelRestored does not hold)%n",
        seeds);
    out.println("verdict: " + (within ? "every outage within the bound" : "an outage exceeds the bound"));
    out.flush();
    return within ? ExitCode.OK : ExitCode.VIOLATED;
  }
}
