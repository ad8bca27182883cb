package io.havpn.benchmarks;

import io.havpn.model.lab.SeedLab;
import io.havpn.traces.IosLogParser;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Log parsing per CPU second of the parsing thread: the same file and the same work as {@link LogParseBenchmark},
 * timed by the thread's CPU time instead of the wall clock, so that the figure means something on a shared machine
 * (JMH's score is wall-clock throughput, which other processes on the same cores pull down). Run:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.havpn.benchmarks.LogParseCpuTime [ROUNDS [FILE]]}; it
 * prints each round and the median of the rounds after the first third (JIT warm-up). With FILE (the 1 GB log of
 * {@code havpn simulate --log-only}, say) each round parses that file instead of the generated million lines.
 */
public final class LogParseCpuTime {

  private LogParseCpuTime() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    LogParseBenchmark setup = new LogParseBenchmark();
    Path file;
    long lines;
    if (args.length > 1) {
      file = Path.of(args[1]);
      lines = lines(file);
    } else {
      setup.generate();
      file = setup.log();
      lines = LogParseBenchmark.LINES;
    }
    try {
      LogReader reader = new LogReader(new IosLogParser(SeedLab.lab()));
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      double[] rates = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long[] messages = {0};
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
          reader.read(in, "simulate.log", null, new LogReader.Sink() {
            @Override
            public void accept(ParsedLine line) {
              messages[0]++;
            }

            @Override
            public void logBreak() {}
          });
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        rates[r] = lines / (cpu / 1e9);
        System.out.printf("round %2d: %,d lines (%,d messages) in %,d ms CPU (%,d ms wall): %,.0f lines per CPU second%n",
            r + 1, lines, messages[0], cpu / 1_000_000, wall / 1_000_000, rates[r]);
      }
      double[] measured = Arrays.copyOfRange(rates, rounds / 3, rounds);
      Arrays.sort(measured);
      System.out.printf("median after warm-up: %,.0f lines per CPU second (min %,.0f, max %,.0f)%n",
          measured[measured.length / 2], measured[0], measured[measured.length - 1]);
    } finally {
      if (args.length < 2) {
        setup.delete();
      }
    }
  }

  /** The file's line feeds, counted before the rounds (not timed). */
  private static long lines(Path file) throws IOException {
    long count = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            count++;
          }
        }
      }
    }
    return count;
  }
}
