package io.havpn.benchmarks;

import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.explore.Explorer;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The Java explorer over the same state space TLC checks with {@code havpn check}: the built-in lab at the CI size
 * (1 fault) and the large size (1 fault, 1 loss), safety properties checked in every state. One operation is one
 * complete exploration; distinct states per second = the sizes' state counts (151,415 and 447,552) / the time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class ExplorerBenchmark {

  @Param({"ci", "large"}) // "full" (2 faults, 1 loss) needs -p size=full and a larger heap
  public String size;

  private VpnHaModel model;

  @Setup
  public void setUp() {
    Lab lab = SeedLab.lab();
    int faults = size.equals("full") ? 2 : 1;
    int losses = size.equals("ci") ? 0 : 1;
    model = new VpnHaModel(lab.withOptions(lab.options().withBudgets(faults, losses)));
  }

  @Benchmark
  public int explore() {
    Explorer.Result result = new Explorer(model).explore(
        EnumSet.of(Property.SAS_ONLY_ON_ACTIVE, Property.ROUTE_ONLY_ON_ACTIVE, Property.REMOTE_PEERS_WITH_VIP,
            Property.PRIORITY_MATCHES_TRACKING), Integer.MAX_VALUE);
    return result.distinctStates();
  }
}
