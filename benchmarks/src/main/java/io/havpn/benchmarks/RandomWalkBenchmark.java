package io.havpn.benchmarks;

import io.havpn.model.Action;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Random walks over the seed lab: the simulator's inner loop. One invocation is one walk of {@link #STEPS} steps from
 * {@link VpnHaModel#initial()}; each step picks uniformly among {@link VpnHaModel#enabled} with a seeded
 * {@link SplittableRandom} and applies it with {@link VpnHaModel#stepEnabled}. With
 * {@code @OperationsPerInvocation(STEPS)} the score is steps (enabled + choose + stepEnabled) per second.
 *
 * <p>{@code walkUnbounded} uses the seed lab as shipped ({@code Options.ios()}: no fault or loss budget, so faults,
 * repairs and losses stay enabled for the whole walk); {@code walkBudgeted} bounds them with
 * {@code withBudgets(2, 2)}, so after a few faults and losses the walk is mostly timers, deliveries, ticks and traffic.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class RandomWalkBenchmark {

  /** Steps per walk (one JMH operation is one step). */
  public static final int STEPS = 1_000;

  /** Fixed seed: every run walks the same sequence of behaviours. */
  static final long SEED = 0x5EED_1AB5L;

  private VpnHaModel unbounded;
  private VpnHaModel budgeted;
  private SplittableRandom random;

  @Setup
  public void setUp() {
    Lab lab = SeedLab.lab();
    unbounded = new VpnHaModel(lab);
    budgeted = new VpnHaModel(lab.withOptions(lab.options().withBudgets(2, 2)));
    random = new SplittableRandom(SEED);
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public SystemState walkUnbounded(Blackhole bh) {
    return walk(unbounded, random, bh);
  }

  @Benchmark
  @OperationsPerInvocation(STEPS)
  public SystemState walkBudgeted(Blackhole bh) {
    return walk(budgeted, random, bh);
  }

  static SystemState walk(VpnHaModel model, SplittableRandom random, Blackhole bh) {
    SystemState state = model.initial();
    for (int i = 0; i < STEPS; i++) {
      List<Action> enabled = model.enabled(state);
      Action action = enabled.get(random.nextInt(enabled.size()));
      state = model.stepEnabled(state, action).next();
      bh.consume(state);
    }
    return state;
  }
}
