package io.havpn.bridge.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child process whose output (stdout and stderr merged) is read line by line on a thread of its own, waited for
 * until a deadline and then killed with all its descendants. Nothing here blocks without a bound.
 */
final class ForkedProcess implements AutoCloseable {

  /** How long to wait for output to drain, or for a killed process to go, before giving up on it. */
  private static final Duration GRACE = Duration.ofSeconds(5);

  private final Process process;
  private final Thread reader;

  private ForkedProcess(Process process, Thread reader) {
    this.process = process;
    this.reader = reader;
  }

  /** Starts the command; each output line goes to {@code lines}, on the reader thread. */
  static ForkedProcess start(List<String> command, Path directory, Consumer<String> lines) throws IOException {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    Thread reader = new Thread(() -> pump(process, lines), "output of " + process.pid());
    reader.setDaemon(true);
    reader.start();
    return new ForkedProcess(process, reader);
  }

  private static void pump(Process process, Consumer<String> lines) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.accept(line);
      }
    } catch (IOException e) {
      // The stream closes under us when the process is killed; what was read so far has been delivered.
      lines.accept("[havpn: output of process " + process.pid() + " ended: " + e.getMessage() + "]");
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits for the process to exit by itself until the deadline, and for its output to be read. Returns its exit code,
   * or empty when the deadline passed and the process tree was killed.
   */
  OptionalInt awaitExit(Instant deadline) throws InterruptedException {
    long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
    if (!process.waitFor(remaining, TimeUnit.MILLISECONDS)) {
      kill();
      drain();
      return OptionalInt.empty();
    }
    drain();
    return OptionalInt.of(process.exitValue());
  }

  /** Kills the process and every descendant (a launcher's children would otherwise outlive it). */
  void kill() throws InterruptedException {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void drain() throws InterruptedException {
    reader.join(GRACE.toMillis());
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
    drain();
  }
}
