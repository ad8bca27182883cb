package io.havpn.benchmarks;

import io.havpn.proptest.Counterexample;
import io.havpn.proptest.LabVariant;
import io.havpn.proptest.PropertyCheck;
import io.havpn.proptest.RunStatistics;
import io.havpn.proptest.SequenceRun;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The property tests' speed on one thread. {@code sequence}: one operation is one generated sequence of 50 actions,
 * every check after every step and the quiescent suffix included (shrinking is not: a passing lab has nothing to
 * shrink), each with the next sequence seed; the score times 60 is sequences per minute. {@code catchAndShrink}: one
 * operation finds a design mistake from a fixed seed and shrinks it, the time the acceptance bound (10 s) is about.
 */
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PropertyCheckBenchmark {

  static final long SEED = 0x5EED_1AB5L;

  @State(Scope.Thread)
  public static class Sequences {
    @Param({LabVariant.SEED, LabVariant.RANDOM})
    public String lab;

    PropertyCheck check;
    RunStatistics statistics;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      check = PropertyCheck.of(LabVariant.named(lab), 1, SEED);
      statistics = new RunStatistics();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SequenceRun.Outcome sequence(Sequences state) {
    return state.check.generate(PropertyCheck.sequenceSeed(SEED, state.next++), state.statistics).outcome();
  }

  @State(Scope.Thread)
  public static class Mistakes {
    @Param({"track-decrement-too-small", "preempt-missing", "redundancy-name-mismatch", "peer-real-address",
        "no-keepalive", "rri-missing", "static-not-redistributed", "speak-c-before-d", "no-resign-on-g"})
    public String mistake;

    PropertyCheck check;

    @Setup(Level.Trial)
    public void setUp() {
      LabVariant variant = LabVariant.named(mistake);
      check = PropertyCheck.of(variant, 1000, 1).targeting(variant.expected());
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Counterexample catchAndShrink(Mistakes state) {
    return state.check.run().counterexample();
  }
}
