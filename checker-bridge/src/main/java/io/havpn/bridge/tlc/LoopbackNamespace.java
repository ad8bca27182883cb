package io.havpn.bridge.tlc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Linux network namespace with only the loopback interface up, held open by a sleeping process; commands run in it
 * through {@code nsenter}. Distributed TLC's RMI registry listens on all interfaces, so in here nothing outside this
 * machine's loopback can reach it. Needs root (as {@code unshare -n} does).
 */
final class LoopbackNamespace implements AutoCloseable {

  private static final String READY = "havpn-namespace-ready";
  private static final Duration SETUP = Duration.ofSeconds(10);

  private final ForkedProcess holder;

  private LoopbackNamespace(ForkedProcess holder) {
    this.holder = holder;
  }

  /**
   * Creates the namespace; it disappears when closed or, at the latest, after {@code lifetime}.
   *
   * @throws IOException when it cannot be created, with what {@code unshare} said
   */
  static LoopbackNamespace create(Duration lifetime, Path directory) throws IOException, InterruptedException {
    List<String> said = new CopyOnWriteArrayList<>();
    String script = "ip link set lo up && echo " + READY + " && exec sleep " + Math.max(1, lifetime.toSeconds());
    ForkedProcess holder = ForkedProcess.start(List.of("unshare", "-n", "sh", "-c", script), directory, said::add);
    Instant deadline = Instant.now().plus(SETUP);
    while (!said.contains(READY)) {
      if (!holder.isAlive() || Instant.now().isAfter(deadline)) {
        OptionalInt exit = holder.awaitExit(Instant.now());
        throw new IOException("cannot isolate the RMI registry: 'unshare -n' and 'ip link set lo up' failed"
            + exit.stream().mapToObj(code -> " with exit code " + code).findFirst().orElse("")
            + (said.isEmpty() ? "" : ": " + String.join(" | ", said)) + " (this needs root on Linux)");
      }
      Thread.sleep(20);
    }
    return new LoopbackNamespace(holder);
  }

  /** Prefix that runs a command inside the namespace. */
  List<String> prefix() {
    return List.of("nsenter", "--net=/proc/" + holder.pid() + "/ns/net");
  }

  @Override
  public void close() throws InterruptedException {
    holder.close();
  }
}
