package io.havpn.cli;

import io.havpn.cli.check.CheckCommand;
import io.havpn.cli.fuzz.FuzzCommand;
import io.havpn.cli.lint.LintCommand;
import io.havpn.cli.timing.TimingCommand;
import io.havpn.cli.replay.ReplayCexCommand;
import io.havpn.cli.replay.ReplayCommand;
import io.havpn.cli.simulate.SimulateCommand;
import io.havpn.cli.validate.ValidateCommand;
import io.havpn.cli.verify.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code havpn} command: the only place that writes to the terminal and calls System.exit. */
@Command(name = "havpn", mixinStandardHelpOptions = true, version = "havpn 0.1.0",
    description = "Formal verification of high-availability site-to-site IPsec VPN designs (HSRP, IKE keepalive, RRI).",
    subcommands = {VerifyCommand.class, SimulateCommand.class, CheckCommand.class, FuzzCommand.class,
        ReplayCexCommand.class, ReplayCommand.class, ValidateCommand.class, LintCommand.class, TimingCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every property holds", "1:a property is violated", "2:bad input or bad command line"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams (tests call this). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main()).setOut(out).setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
    commandLine.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("havpn: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return ExitCode.BAD_INPUT;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'havpn verify')");
  }
}
