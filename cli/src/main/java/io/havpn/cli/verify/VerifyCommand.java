package io.havpn.cli.verify;

import io.havpn.cli.ExitCode;
import io.havpn.cli.LabOptions;
import io.havpn.cli.CheckedLabOptions;
import io.havpn.cli.ConfigInputs;
import io.havpn.cli.LogInput;
import io.havpn.cli.MistakenConfigs;
import io.havpn.cli.report.Outputs;
import io.havpn.cli.report.TerminalSummary;
import io.havpn.cli.verify.stages.CounterexampleReplayStage;
import io.havpn.cli.verify.stages.LogReplayStage;
import io.havpn.cli.verify.stages.LintStage;
import io.havpn.cli.verify.stages.PropertyTestStage;
import io.havpn.cli.verify.stages.SimulationStage;
import io.havpn.cli.verify.stages.TlcStage;
import io.havpn.cli.verify.stages.TraceValidationStage;
import io.havpn.config.ConfigException;
import io.havpn.config.ConfigFiles;
import io.havpn.config.ConfigParser;
import io.havpn.config.LabImport;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code havpn verify}: every technique on the lab, one after the other (lint, TLC, property tests, log replay,
 * simulation, then the cross-checks of the counterexamples found), a progress bar per stage on stderr, a summary on
 * stdout, and the design-review report with its machine outputs in the output directory.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verify the lab with every technique havpn has (Alloy lint, TLC, property tests, log replay, "
        + "simulation, counterexample replay, trace validation), print a summary, and write the design-review report "
        + "(report.html, summary.md) and machine outputs (results.json, junit.xml, lint.sarif).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every property holds", "1:a property is violated",
        "2:bad input, a bad command line, or a stage failed (a tool crashed or timed out, or TLC and the Java "
            + "model disagree)"})
public final class VerifyCommand implements Callable<Integer> {

  /** The stages that can be skipped with --skip (the others are not run anyway, or are cheap). */
  static final List<String> SKIPPABLE = List.of("lint", "tlc", "property-tests", "log-replay", "simulation",
      "validate");

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "CONFIG", arity = "0..*",
      description = "IOS running-configs of the lab's routers, files or directories of .cfg files: the lab is built "
          + "from them and they are linted (default: the built-in lab and its configs)")
  List<Path> configs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "havpn-out/verify",
      description = "where the report and the machine outputs go (default: ${DEFAULT-VALUE})")
  Path outDir;

  @Option(names = "--log", paramLabel = "LOG", arity = "1..*",
      description = "debug logs of the lab's devices to replay, whose lines name their device ([NAME] prefix or a "
          + "prompt) (default: the source document's logs, when the lab's devices are the document's)")
  List<Path> logFiles = new ArrayList<>();

  @Option(names = "--device", paramLabel = "NAME=FILE",
      description = "a debug log of one device to replay; repeat for more files")
  List<String> deviceLogs = new ArrayList<>();

  @Option(names = "--mistake", paramLabel = "ID", completionCandidates = CheckedLabOptions.MistakeIds.class,
      description = "verify a design-mistake variant of the built-in lab: ${COMPLETION-CANDIDATES}")
  String mistake;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "seed of the property tests and the simulation (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
      description = "property-test sequences (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--length", paramLabel = "L", defaultValue = "50",
      description = "actions per property-test sequence (default: ${DEFAULT-VALUE})")
  int length;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
      description = "TLC workers (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "600",
      description = "wall-clock limit of each TLC run (default: ${DEFAULT-VALUE})")
  long timeLimit;

  @Option(names = "--tlc-properties", paramLabel = "WHICH", defaultValue = "all",
      description = "what TLC checks: all (safety invariants and eventual properties under fairness) or safety "
          + "(invariants only, faster) (default: ${DEFAULT-VALUE})")
  String tlcProperties;

  @Option(names = "--skip", paramLabel = "STAGE", split = ",",
      description = "do not run these stages: lint, tlc, property-tests, log-replay, simulation, validate (the "
          + "report shows them as not run)")
  List<String> skip = new ArrayList<>();

  @Option(names = "--no-progress", description = "no progress bars on stderr")
  boolean noProgress;

  @Mixin
  LabOptions labOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant started = Instant.now();
    VerifyRun run;
    try {
      run = prepare();
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      err.println("havpn verify: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.printf("havpn verify: lab %s, seed %d, output %s%n", run.lab().name(), seed, outDir);
    out.flush();
    new Pipeline(stages(), Set.copyOf(skip), new ProgressDisplay(err, !noProgress)).run(run);
    Verification verification = Verification.of(run, metadata(started));
    try {
      List<Path> written = new Outputs(verification, outDir).writeAll();
      new TerminalSummary(verification).print(out);
      written.forEach(file -> out.println("wrote " + file));
    } catch (IOException | UncheckedIOException e) {
      err.println("havpn verify: cannot write the report: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.flush();
    return verification.outcome().exitCode();
  }

  /**
   * The pipeline, in the order the stages run: TLC first (the longest, in JVMs of its own, so the other stages run
   * beside it), the cross-checks after the techniques whose findings they check.
   */
  List<Stage> stages() {
    return List.of(
        new TlcStage(),
        new LintStage(),
        new PropertyTestStage(LabOptions.typedFlags(spec)),
        new LogReplayStage(),
        new SimulationStage(),
        // before replay-cex, which waits for TLC: validation's own TLC run then overlaps the check's
        new TraceValidationStage(),
        new CounterexampleReplayStage());
  }

  private VerifyRun prepare() throws IOException {
    if (runs < 1 || length < 1 || workers < 1 || timeLimit < 1) {
      throw new IllegalArgumentException("--runs, --length, --workers and --time-limit must be at least 1");
    }
    if (!tlcProperties.equals("all") && !tlcProperties.equals("safety")) {
      throw new IllegalArgumentException("--tlc-properties: expected all or safety, not '" + tlcProperties + "'");
    }
    for (String stage : skip) {
      if (!SKIPPABLE.contains(stage)) {
        throw new IllegalArgumentException("--skip: unknown stage '" + stage + "' (expected one of "
            + String.join(", ", SKIPPABLE) + ")");
      }
    }
    Optional<DesignMistake> variant = Optional.ofNullable(mistake).map(DesignMistake::ofId);
    List<ConfigParser.ParsedFile> files;
    Lab lab;
    if (!configs.isEmpty()) {
      if (variant.isPresent()) {
        throw new IllegalArgumentException("--mistake varies the built-in lab; to verify a design with a mistake, "
            + "give its configurations (or drop CONFIG)");
      }
      try {
        files = ConfigFiles.read(configs);
        lab = LabImport.build(LabImport.labName(configs), ConfigFiles.configs(files));
      } catch (ConfigException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    } else {
      files = variant.map(ConfigInputs::builtIn).orElseGet(() -> ConfigInputs.builtIn(List.of()));
      lab = SeedLab.lab();
    }
    lab = labOptions.apply(lab);
    if (variant.isPresent()) {
      lab = variant.get().apply(lab);
    }
    Files.createDirectories(outDir);
    if (!Files.isWritable(outDir)) {
      throw new IOException(outDir + ": the output directory is not writable");
    }
    removePreviousCounterexamples();
    List<LogInput> logs = new ArrayList<>();
    deviceLogs.forEach(d -> logs.add(LogInput.ofDevice(d)));
    logFiles.forEach(f -> logs.add(new LogInput(null, f)));
    for (LogInput log : logs) {
      if (!Files.isReadable(log.file())) {
        throw new IllegalArgumentException(log.file() + ": no such log file");
      }
    }
    return new VerifyRun(lab, files, configSource(), logs, variant, outDir, seed,
        new VerifyOptions(workers, Duration.ofSeconds(timeLimit), tlcProperties.equals("safety"), runs,
            length));
  }

  /** Where the configurations come from, and whether the mistake is in them. */
  private String configSource() {
    if (!configs.isEmpty()) {
      return String.join(" ", configs.stream().map(Path::toString).toList());
    }
    if (mistake == null) {
      return "built-in: examples/seed-lab/configs";
    }
    DesignMistake variant = DesignMistake.ofId(mistake);
    return MistakenConfigs.edits(variant).isPresent()
        ? "built-in: examples/seed-lab/configs, with the mistake " + mistake + " made in them"
        : "built-in: examples/seed-lab/configs, unchanged: the mistake " + mistake + " is in the routers' HSRP "
            + "implementation, not in their configuration";
  }

  /** A counterexample left by an earlier run in the same directory must not pass for one of this run. */
  private void removePreviousCounterexamples() throws IOException {
    for (String stage : List.of(TlcStage.ITF_DIR, PropertyTestStage.DIR, "log-replay", "simulation")) {
      Path dir = outDir.resolve(stage);
      if (Files.isDirectory(dir)) {
        try (var files = Files.list(dir)) {
          for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
            Files.delete(file);
          }
        }
      }
    }
  }

  private Map<String, String> metadata(Instant started) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("havpn", String.join(" ", spec.root().version()));
    metadata.put("command", "havpn " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    metadata.put("lab", !configs.isEmpty() ? "imported from the configurations" : mistake == null
        ? "built-in (the source document's lab)" : "built-in with design mistake " + mistake);
    metadata.put("configurations", configSource());
    metadata.put("seed", Long.toString(seed));
    metadata.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    metadata.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    metadata.put("started", DateTimeFormatter.ISO_INSTANT.format(started.atOffset(ZoneOffset.UTC)));
    metadata.put("wall time", String.format("%.1f s", Duration.between(started, Instant.now()).toMillis() / 1000.0));
    return metadata;
  }

}
