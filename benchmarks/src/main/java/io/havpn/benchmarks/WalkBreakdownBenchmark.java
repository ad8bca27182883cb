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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Splits a random-walk step into its two halves, for profiling: the walks of {@link RandomWalkBenchmark} (same seed,
 * same {@value #WALKS} x {@value RandomWalkBenchmark#STEPS} steps) are recorded once in setup, then {@code enabled}
 * replays {@link VpnHaModel#enabled} on every recorded state and {@code stepEnabled} replays
 * {@link VpnHaModel#stepEnabled} on every recorded (state, action) pair. Score: calls per second; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes allocated per call.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class WalkBreakdownBenchmark {

  static final int WALKS = 4;
  static final int RECORDED = WALKS * RandomWalkBenchmark.STEPS;

  /** {@code unbounded}: the seed lab as shipped; {@code budgeted}: withBudgets(2, 2). */
  @Param({"unbounded", "budgeted"})
  public String lab;

  private VpnHaModel model;
  private SystemState[] states;
  private Action[] actions;

  @Setup
  public void record() {
    Lab seed = SeedLab.lab();
    model = new VpnHaModel("budgeted".equals(lab) ? seed.withOptions(seed.options().withBudgets(2, 2)) : seed);
    SplittableRandom random = new SplittableRandom(RandomWalkBenchmark.SEED);
    states = new SystemState[RECORDED];
    actions = new Action[RECORDED];
    int k = 0;
    for (int w = 0; w < WALKS; w++) {
      SystemState state = model.initial();
      for (int i = 0; i < RandomWalkBenchmark.STEPS; i++) {
        List<Action> enabled = model.enabled(state);
        Action action = enabled.get(random.nextInt(enabled.size()));
        states[k] = state;
        actions[k] = action;
        k++;
        state = model.stepEnabled(state, action).next();
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDED)
  public void enabled(Blackhole bh) {
    for (int k = 0; k < RECORDED; k++) {
      bh.consume(model.enabled(states[k]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDED)
  public void stepEnabled(Blackhole bh) {
    for (int k = 0; k < RECORDED; k++) {
      bh.consume(model.stepEnabled(states[k], actions[k]));
    }
  }
}
