package io.havpn.bridge.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to run TLC.
 *
 * @param checkDeadlock false adds {@code -deadlock} (which tells TLC not to check for deadlock)
 * @param timeout wall-clock limit; TLC (and its process tree) is killed after it
 * @param jvmOptions extra options for TLC's JVM, such as {@code -Xmx2g}
 */
public record TlcOptions(int workers, boolean checkDeadlock, Duration timeout, Optional<Simulation> simulation,
    Optional<Dump> dump, List<String> jvmOptions) {

  public TlcOptions {
    if (workers < 1) {
      throw new IllegalArgumentException("TLC needs at least one worker, not " + workers);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
    }
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** One worker, deadlock checked, ten minutes. */
  public static TlcOptions defaults() {
    return new TlcOptions(1, true, Duration.ofMinutes(10), Optional.empty(), Optional.empty(), List.of());
  }

  public TlcOptions withWorkers(int count) {
    return new TlcOptions(count, checkDeadlock, timeout, simulation, dump, jvmOptions);
  }

  public TlcOptions withoutDeadlockCheck() {
    return new TlcOptions(workers, false, timeout, simulation, dump, jvmOptions);
  }

  public TlcOptions withTimeout(Duration limit) {
    return new TlcOptions(workers, checkDeadlock, limit, simulation, dump, jvmOptions);
  }

  public TlcOptions withSimulation(Simulation run) {
    return new TlcOptions(workers, checkDeadlock, timeout, Optional.of(run), dump, jvmOptions);
  }

  public TlcOptions withDump(Dump target) {
    return new TlcOptions(workers, checkDeadlock, timeout, simulation, Optional.of(target), jvmOptions);
  }

  public TlcOptions withJvmOptions(String... options) {
    return new TlcOptions(workers, checkDeadlock, timeout, simulation, dump, List.of(options));
  }

  /** {@code -simulate num=traces -depth depth -seed seed}: random behaviours instead of the whole state space. */
  public record Simulation(long traces, int depth, long seed) {}

  /**
   * {@code -dump}: every distinct state ({@link Format#STATES}, {@code State N:} blocks, see {@link StateDump}) or the
   * state graph in Graphviz form ({@link Format#DOT}). TLC adds the extension ({@code .dump}, {@code .dot}) when the
   * name lacks it; {@link #writtenFile()} is the file it writes.
   */
  public record Dump(Path file, Format format) {

    public enum Format { STATES, DOT }

    public Dump {
      file = file.toAbsolutePath();
    }

    public Path writtenFile() {
      String extension = format == Format.DOT ? ".dot" : ".dump";
      String name = file.getFileName().toString();
      return name.endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    List<String> arguments() {
      return format == Format.DOT
          ? List.of("-dump", "dot,actionlabels,colorize", file.toString())
          : List.of("-dump", file.toString());
    }
  }
}
