package io.havpn.cli.fuzz;

import io.havpn.cli.ExitCode;
import io.havpn.cli.LabOptions;
import io.havpn.cli.ProgressBars;
import io.havpn.config.ConfigException;
import io.havpn.config.LabImport;
import io.havpn.model.Property;
import io.havpn.model.lab.Lab;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.proptest.Counterexample;
import io.havpn.proptest.CounterexampleReport;
import io.havpn.proptest.Failure;
import io.havpn.proptest.LabVariant;
import io.havpn.proptest.PropertyCheck;
import io.havpn.proptest.RunStatistics;
import io.havpn.proptest.SequenceRun;
import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.TraceFiles;
import io.havpn.model.Action;
import io.havpn.model.Step;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code havpn fuzz}: random sequences of faults, repairs, losses, traffic and waits on a lab, every property checked
 * after every step, the first failure shrunk to a minimal counterexample with a one-line reproduction.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = "Throw random sequences of interface failures and recoveries, reloads, Hello loss, partitions and "
        + "traffic at a lab, check every property after every step (the eventual ones once the faults stop), and "
        + "shrink the first failure to a minimal counterexample that can be replayed.",
    footerHeading = "%nLabs (--lab):%n", modelTransformer = FuzzCommand.LabList.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every property holds on every sequence", "1:a property is violated",
        "2:bad input or bad command line"})
public final class FuzzCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
      description = "sequences to generate (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--seed", paramLabel = "S",
      description = "seed of the run: sequence 0 has seed S, so '--seed <a sequence's seed> --runs 1' replays it "
          + "(default: a new seed, printed)")
  Long seed;

  @Option(names = "--length", paramLabel = "L", defaultValue = "" + PropertyCheck.DEFAULT_LENGTH,
      description = "actions per sequence (default: ${DEFAULT-VALUE})")
  int length;

  @Option(names = "--lab", arity = "1..*", paramLabel = "NAME|PATH", defaultValue = LabVariant.VALID,
      description = "what to run on: seed, random, valid or a design mistake (see the list below), or IOS "
          + "running-configs (files, or directories of .cfg files) to build the lab from (default: ${DEFAULT-VALUE})")
  List<String> lab;

  @Option(names = "--property", paramLabel = "CHECK",
      description = "hunt for this check only (SingleActive, TunnelRestored, ...): sequences that fail another one "
          + "are counted and skipped")
  String property;

  @Option(names = "--keep-going", description = "run every sequence after a failure, to count how many fail")
  boolean keepGoing;

  @Option(names = "--save", paramLabel = "FILE", description = "write the counterexample as JSON")
  Path save;

  @Option(names = "--trace", paramLabel = "FILE",
      description = "write the counterexample's behaviour, every model step, as an ITF trace for havpn validate")
  Path trace;

  @Option(names = "--replay", paramLabel = "FILE",
      description = "replay a saved counterexample instead of generating sequences")
  Path replay;

  @Option(names = "--no-progress", description = "no progress bar on stderr")
  boolean noProgress;

  @Mixin
  LabOptions labOptions;

  /** Lists the labs in the help footer: the list lives in LabVariant, not in an annotation. */
  static final class LabList implements CommandLine.IModelTransformer {
    private static final int NAME_WIDTH = 28;
    private static final int WIDTH = 80;

    @Override
    public CommandSpec transform(CommandSpec command) {
      List<String> lines = new ArrayList<>();
      for (LabVariant variant : LabVariant.all()) {
        lines.addAll(entry(variant.name(), variant.description()));
      }
      command.usageMessage().footer(lines.toArray(String[]::new));
      return command;
    }

    /** {@code  name   description}, the description wrapped under itself (picocli would wrap to column 0). */
    static List<String> entry(String name, String description) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder(String.format("  %-" + (NAME_WIDTH - 2) + "s", name));
      for (String word : description.split(" ")) {
        if (line.length() + 1 + word.length() > WIDTH && line.length() > NAME_WIDTH) {
          lines.add(line.toString());
          line = new StringBuilder(" ".repeat(NAME_WIDTH));
        }
        line.append(line.length() == NAME_WIDTH ? "" : " ").append(word);
      }
      lines.add(line.toString());
      return lines;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return replay != null ? replay(out) : fuzz(out, err);
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      err.println("havpn fuzz: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } finally {
      out.flush();
    }
  }

  private int fuzz(PrintWriter out, PrintWriter err) {
    if (runs < 1 || length < 0) {
      throw new IllegalArgumentException("--runs must be at least 1 and --length at least 0");
    }
    LabVariant variant = variant();
    long runSeed = seed != null ? seed : new SplittableRandom().nextLong() & Long.MAX_VALUE;
    PropertyCheck check = PropertyCheck.of(variant, runs, runSeed).withLength(length)
        .withCommandFlags(LabOptions.typedFlags(spec));
    check = keepGoing ? check.keepingGoing() : check;
    check = property != null ? check.targeting(checkName(property)) : check;
    out.printf("havpn fuzz: %,d sequences of %d actions on lab %s (%s), seed %d%n", runs, length, variant.name(),
        variant.description(), runSeed);
    out.flush();
    long started = System.nanoTime();
    PropertyCheck.Result result = runWithProgress(check, err);
    double seconds = (System.nanoTime() - started) / 1e9;
    RunStatistics statistics = result.statistics();
    boolean ios = variant.lab(new SplittableRandom(runSeed)).options().resignOnDisplacement();
    statistics.summary(HsrpTable.of(ios)).forEach(out::println);
    out.printf("time              %,d sequences in %.1f s (%,.0f sequences/min, shrinking included)%n",
        result.sequencesRun(), seconds, result.sequencesRun() / Math.max(seconds, 1e-9) * 60);
    if (result.failures() > 0 && (keepGoing || property != null)) {
      out.printf("failed            %,d of %,d sequences%n", result.failures(), result.sequencesRun());
    }
    if (result.failures() == 0) {
      out.printf("verdict: every property held on %,d sequences%n", result.sequencesRun());
      return ExitCode.OK;
    }
    if (result.passed()) {
      out.printf("verdict: no violation of %s, but %,d sequences failed other checks (run without --property to see "
          + "one)%n", check.target(), result.failures());
      return ExitCode.VIOLATED;
    }
    Counterexample counterexample = result.counterexample();
    out.println("verdict: " + counterexample.violated() + " violated");
    report(out, counterexample);
    return ExitCode.VIOLATED;
  }

  /** A named variant, or the lab of the configs given (then the variant is named by their paths). */
  private LabVariant variant() {
    if (lab.size() == 1 && !Files.exists(Path.of(lab.get(0)))) {
      return LabVariant.named(lab.get(0), labOptions::apply);
    }
    List<Path> paths = lab.stream().map(Path::of).toList();
    Lab configured;
    try {
      configured = labOptions.apply(LabImport.fromFiles(paths));
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new LabVariant(String.join(" ", lab), "the lab built from " + String.join(", ", lab),
        random -> configured, null);
  }

  private int replay(PrintWriter out) throws IOException {
    if (!Files.isRegularFile(replay)) {
      throw new IOException(replay + ": no such counterexample file");
    }
    Counterexample counterexample = Counterexample.load(replay);
    SequenceRun.Outcome outcome = counterexample.replay(SequenceRun.Listener.NONE);
    out.println("havpn fuzz: replaying " + replay);
    report(out, counterexample);
    return outcome.failed() ? ExitCode.VIOLATED : ExitCode.OK;
  }

  private void report(PrintWriter out, Counterexample counterexample) {
    CounterexampleReport.lines(counterexample).forEach(out::println);
    if (save != null) {
      counterexample.save(save);
      out.println("saved: " + save + " (replay: havpn fuzz --replay " + save + ")");
    }
    if (trace != null) {
      writeTrace(counterexample);
      out.println("trace: " + trace + " (validate: havpn validate " + trace + ")");
    }
  }

  /** The counterexample's whole behaviour, every model step, as an ITF trace that carries its lab. */
  private void writeTrace(Counterexample counterexample) {
    Lab lab = counterexample.lab();
    ModelTrace behaviour = new ModelTrace(lab, "havpn fuzz, " + counterexample.variant() + " seed "
        + counterexample.seed() + ": " + counterexample.violated(), new VpnHaModel(lab).initial());
    counterexample.replay(new SequenceRun.Listener() {
      @Override
      public void stepTaken(int stimulus, int time, Action action, Step step) {
        behaviour.step(action, time, step.next());
      }
    });
    try {
      TraceFiles.write(behaviour, lab, trace);
    } catch (IOException e) {
      throw new UncheckedIOException(trace + ": " + e.getMessage(), e);
    }
  }

  private PropertyCheck.Result runWithProgress(PropertyCheck check, PrintWriter err) {
    if (noProgress) {
      return check.run();
    }
    try (ProgressBar bar = ProgressBars.onStderr(err, "fuzz", check.sequences())) {
      return check.run(bar::stepTo);
    } finally {
      err.println();
    }
  }

  /** A property id, any case, or DisplacedActiveResigns. */
  private static String checkName(String name) {
    if (name.equalsIgnoreCase(Failure.DISPLACED_ACTIVE_RESIGNS)) {
      return Failure.DISPLACED_ACTIVE_RESIGNS;
    }
    try {
      return Property.ofId(name).id();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--property: unknown check '" + name + "' (expected a property such as "
          + "SingleActive or TunnelRestored, or " + Failure.DISPLACED_ACTIVE_RESIGNS + ")");
    }
  }
}
