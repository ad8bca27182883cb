package io.havpn.bridge.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs TLC's distributed mode on this machine: a {@code tlc2.tool.distributed.TLCServer} and N
 * {@code tlc2.tool.distributed.TLCWorker} JVMs talking RMI over loopback, by default inside a network namespace of
 * their own (the RMI registry listens on all interfaces).
 *
 * <p>Only a run that prints 2193 (success) counts: on a violation the server prints no 2110, a truncated and wrong
 * trace, and exits 0. Such a run is reported with a problem, without its trace, to be re-checked with
 * {@link TlcRunner}.
 */
public final class TlcDistributedRunner {

  /** Where the RMI registry may be reached from. */
  public enum Isolation {
    /** A network namespace with only loopback up ({@code unshare -n}; needs root on Linux). */
    LOOPBACK_NAMESPACE,
    /** The host's network: only on a machine whose port 10997 nobody else can reach. */
    NONE
  }

  /** What a distributed run produced: the server's result, and each worker's output lines for diagnosis. */
  public record Run(TlcResult result, List<List<String>> workerOutput) {
    public Run {
      workerOutput = workerOutput.stream().map(List::copyOf).toList();
    }
  }

  private static final List<String> RMI_LOOPBACK =
      List.of("-Djava.rmi.server.hostname=127.0.0.1", "-Djava.net.preferIPv4Stack=true");
  private static final String SERVER = "tlc2.tool.distributed.TLCServer";
  private static final String WORKER = "tlc2.tool.distributed.TLCWorker";
  /** Workers finish on their own shortly after the server; beyond this they are killed. */
  private static final Duration WORKER_GRACE = Duration.ofSeconds(3);

  private final TlcRunner local;
  private final Isolation isolation;

  public TlcDistributedRunner() {
    this(TlcInstallation.detect(), Isolation.LOOPBACK_NAMESPACE);
  }

  public TlcDistributedRunner(TlcInstallation installation, Isolation isolation) {
    this.local = new TlcRunner(installation);
    this.isolation = isolation;
  }

  /**
   * @param options {@link TlcOptions#workers()} is the number of worker JVMs; simulation and dump are not supported
   *     by distributed TLC
   */
  public Run run(TlcSpec spec, TlcOptions options) {
    if (options.simulation().isPresent() || options.dump().isPresent()) {
      throw new IllegalArgumentException("distributed TLC neither simulates nor dumps states");
    }
    Instant start = Instant.now();
    Instant deadline = start.plus(options.timeout());
    List<String> serverCommand = serverCommand(spec, options);
    try (WorkDirectory work = WorkDirectory.create(spec)) {
      try (LoopbackNamespace namespace = isolation == Isolation.LOOPBACK_NAMESPACE
          ? LoopbackNamespace.create(options.timeout().plus(WORKER_GRACE), work.path()) : null) {
        List<String> prefix = namespace == null ? List.of() : namespace.prefix();
        return runIn(work, prefix, spec, options, serverCommand, start, deadline);
      } catch (IOException e) {
        return new Run(TlcResult.notStarted(serverCommand, e), List.of());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare TLC's work directory", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while distributed TLC ran; its processes were killed", e);
    }
  }

  private Run runIn(WorkDirectory work, List<String> prefix, TlcSpec spec, TlcOptions options,
      List<String> serverCommand, Instant start, Instant deadline) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(1);
    TlcOutputParser parser = new TlcOutputParser(Optional.of(spec.config()), message -> {
      if (message.code() == MessageCode.DISTRIBUTED_SERVER_RUNNING) {
        ready.countDown();
      }
    });
    List<List<String>> workerOutput = new ArrayList<>();
    List<ForkedProcess> workers = new ArrayList<>();
    ForkedProcess server;
    try {
      server = ForkedProcess.start(inside(prefix, TlcRunner.withTempDir(serverCommand, work)), work.path(),
          parser::accept);
    } catch (IOException e) {
      return new Run(TlcResult.notStarted(serverCommand, e), workerOutput);
    }
    try (server) {
      if (awaitReady(ready, server, deadline)) {
        for (int i = 0; i < options.workers(); i++) {
          List<String> lines = new CopyOnWriteArrayList<>();
          workerOutput.add(lines);
          workers.add(ForkedProcess.start(inside(prefix, workerCommand(options)), work.path(), lines::add));
        }
      }
      OptionalInt exit = server.awaitExit(deadline);
      stop(workers);
      TlcOutput output = parser.finish();
      Duration elapsed = Duration.between(start, Instant.now());
      TlcResult result = exit.isPresent()
          ? TlcResult.exited(exit.getAsInt(), output, elapsed, serverCommand)
          : TlcResult.timedOut(output, elapsed, serverCommand, options.timeout());
      return new Run(trustOnlySuccess(result), workerOutput);
    } catch (IOException e) {
      stop(workers);
      return new Run(TlcResult.notStarted(workerCommand(options), e), workerOutput);
    }
  }

  /** Waits for the server's 7000 ("ready"), and not beyond its end or the deadline. */
  private static boolean awaitReady(CountDownLatch ready, ForkedProcess server, Instant deadline)
      throws InterruptedException {
    while (!ready.await(50, TimeUnit.MILLISECONDS)) {
      if (!server.isAlive() || Instant.now().isAfter(deadline)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The server's word is trusted only when it is 2193: anything else loses its (wrong) trace and says to re-check
   * locally, after whatever other problem the run had.
   */
  static TlcResult trustOnlySuccess(TlcResult result) {
    if (result.verdict() == Verdict.NO_ERROR) {
      return result;
    }
    String distrust = "distributed TLC ended without reporting success (2193); it hides violations (no 2110, a "
        + "truncated trace, exit 0): re-run with TlcRunner for the verdict and the counterexample";
    String problem = result.problem().map(p -> p + "; " + distrust).orElse(distrust);
    return new TlcResult(result.outcome(), result.exitCode(), result.output().withoutCounterexample(),
        result.elapsed(), result.command(), Optional.of(problem));
  }

  private static void stop(List<ForkedProcess> workers) throws InterruptedException {
    Instant grace = Instant.now().plus(WORKER_GRACE);
    for (ForkedProcess worker : workers) {
      worker.awaitExit(grace);
      worker.close();
    }
  }

  List<String> serverCommand(TlcSpec spec, TlcOptions options) {
    List<String> command = new ArrayList<>(local.javaCommand(withRmiLoopback(options)));
    command.addAll(List.of(SERVER, "-tool", "-metadir", WorkDirectory.METADIR));
    if (!options.checkDeadlock()) {
      command.add("-deadlock");
    }
    command.addAll(List.of("-config", spec.config(), spec.module() + ".tla"));
    return command;
  }

  private List<String> workerCommand(TlcOptions options) {
    List<String> command = new ArrayList<>(local.javaCommand(withRmiLoopback(options)));
    command.addAll(List.of(WORKER, "127.0.0.1"));
    return command;
  }

  private static List<String> withRmiLoopback(TlcOptions options) {
    List<String> jvm = new ArrayList<>(RMI_LOOPBACK);
    jvm.addAll(options.jvmOptions());
    return jvm;
  }

  private static List<String> inside(List<String> prefix, List<String> command) {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(command);
    return full;
  }
}
