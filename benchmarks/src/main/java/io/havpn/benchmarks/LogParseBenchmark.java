package io.havpn.benchmarks;

import io.havpn.cli.Main;
import io.havpn.model.lab.SeedLab;
import io.havpn.traces.IosLogParser;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * IOS log parsing throughput, one thread: the log is {@code havpn simulate}'s (a failover and recovery every 120 s
 * over 20,000 s, all four devices, timestamps and {@code [device]} prefixes), generated in the setup and repeated to
 * exactly {@link #LINES} lines in a temporary file. One invocation reads, re-splits and classifies the whole file
 * from disk; with {@code @OperationsPerInvocation(LINES)} the score is lines per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class LogParseBenchmark {

  public static final int LINES = 1_000_000;

  /** The scenario that generates the log: the document's failover and recovery, over and over. */
  static final String FLAPPING = String.join("\n", "duration 20000", "every 1 from 30 Traffic",
      "every 120 from 60 InterfaceDown 7204VXR-1 FastEthernet0/0",
      "every 120 from 120 InterfaceUp 7204VXR-1 FastEthernet0/0", "");

  private Path log;
  private LogReader reader;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path scenario = Files.createTempFile("havpn-flapping", ".scenario");
    Files.writeString(scenario, FLAPPING);
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "simulate", "--scenario",
        scenario.toString());
    if (code > 1) {
      throw new IllegalStateException("havpn simulate failed with exit code " + code);
    }
    List<String> lines = out.toString().lines().filter(l -> l.startsWith("[")).toList();
    log = Files.createTempFile("havpn-simulate", ".log");
    try (BufferedWriter w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (int i = 0; i < LINES; i++) {
        w.write(lines.get(i % lines.size()));
        w.newLine();
      }
    }
    Files.delete(scenario);
    reader = new LogReader(new IosLogParser(SeedLab.lab()));
  }

  /** The generated file (for {@link LogParseCpuTime}). */
  java.nio.file.Path log() {
    return log;
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(log);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void parse(Blackhole bh) throws IOException {
    try (InputStream in = Files.newInputStream(log)) {
      reader.read(in, "simulate.log", null, new LogReader.Sink() {
        @Override
        public void accept(ParsedLine line) {
          bh.consume(line);
        }

        @Override
        public void logBreak() {}
      });
    }
  }
}
