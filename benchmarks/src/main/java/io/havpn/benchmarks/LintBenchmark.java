package io.havpn.benchmarks;

import io.havpn.bridge.alloy.DesignChecker;
import io.havpn.bridge.alloy.Finding;
import io.havpn.config.ConfigException;
import io.havpn.config.ConfigParser;
import io.havpn.config.RouterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code havpn lint} on the source document's lab without the JVM's start: parse the four configs (read into memory
 * once) and check them against VpnHa.als with Alloy. {@code firstLint} is the first lint in a fresh JVM (one fork per
 * measurement, no warm-up: class loading and JIT included, what a user waits for after the JVM started);
 * {@code firstLintC1} the same with the launcher's JIT flag for lint; {@code warmLint} the steady state of a
 * long-running process.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class LintBenchmark {

  private final List<String[]> texts = new ArrayList<>();

  @Setup
  public void read() throws IOException {
    Path dir = Path.of(System.getProperty("havpn.configs", "examples/seed-lab/configs"));
    for (String router : List.of("7204VXR-1", "7204VXR-2", "7206-1", "vpn7200")) {
      Path file = dir.resolve(router + ".cfg");
      texts.add(new String[] {file.toString(), Files.readString(file)});
    }
  }

  private List<Finding> lint() throws ConfigException {
    List<RouterConfig> configs = new ArrayList<>();
    for (String[] text : texts) {
      configs.addAll(ConfigParser.parse(text[0], text[1]).configs());
    }
    List<Finding> findings = DesignChecker.check(configs);
    if (!findings.isEmpty()) {
      throw new IllegalStateException("the seed lab must lint clean: " + findings);
    }
    return findings;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(value = 5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public List<Finding> firstLint() throws ConfigException {
    return lint();
  }

  /**
   * {@code firstLint} with the JIT flag the {@code havpn} launcher gives {@code lint}: C1 only, so that C2's
   * compilations do not take the CPU from a command that is over in a second. (The launcher's class-data-sharing
   * archive is not used here; README "Lint time" times the launcher itself.)
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(value = 5, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public List<Finding> firstLintC1() throws ConfigException {
    return lint();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(value = 1)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public List<Finding> warmLint() throws ConfigException {
    return lint();
  }
}
