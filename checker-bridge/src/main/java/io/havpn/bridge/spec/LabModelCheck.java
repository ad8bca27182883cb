package io.havpn.bridge.spec;

import io.havpn.bridge.tlc.Counterexample;
import io.havpn.bridge.tlc.TlcDistributedRunner;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcProgress;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.tlc.TlcSpec;
import io.havpn.bridge.tlc.Verdict;
import io.havpn.model.FailoverClock;
import io.havpn.model.Property;
import io.havpn.model.lab.Lab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Model checks a lab with TLC until every property has a verdict. TLC stops at the first violation, and a temporal
 * violation does not say which property failed, so violated properties are set aside and TLC runs again on the rest
 * (temporal ones one at a time once one has failed).
 */
public final class LabModelCheck {

  /** How TLC is run: locally, or distributed with a local re-check of anything but a clean success. */
  public interface Runner {
    TlcResult run(TlcSpec spec, TlcOptions options);

    /** Whether two runs may go at once (local TLC; not a distributed server, which holds its port). */
    default boolean sideBySide() {
      return false;
    }
  }

  public enum Status { HOLDS, VIOLATED, NOT_JUDGED }

  public record PropertyVerdict(Property property, Status status, Optional<Counterexample> counterexample,
      String detail) {}

  /**
   * @param runs every TLC run, in order
   * @param failure why the check could not finish (TLC's own message, a time-out), when it could not
   */
  public record Report(Lab lab, List<PropertyVerdict> verdicts, List<TlcResult> runs, Optional<String> failure) {

    public boolean allHold() {
      return failure.isEmpty() && verdicts.stream().allMatch(v -> v.status() == Status.HOLDS);
    }

    public boolean anyViolated() {
      return verdicts.stream().anyMatch(v -> v.status() == Status.VIOLATED);
    }

    /** The largest state space a run explored completely or partly. */
    public long distinctStates() {
      return runs.stream().mapToLong(r -> r.output().statistics().distinctStates()).max().orElse(0);
    }

    public int depth() {
      return runs.stream().mapToInt(r -> r.output().statistics().depth()).max().orElse(0);
    }

    public Duration elapsed() {
      return runs.stream().map(TlcResult::elapsed).reduce(Duration.ZERO, Duration::plus);
    }
  }

  private LabModelCheck() {}

  /** TLC in one JVM, reporting its progress. */
  public static Runner local(TlcRunner tlc, Consumer<TlcProgress> progress) {
    return new Runner() {
      @Override
      public TlcResult run(TlcSpec spec, TlcOptions options) {
        return tlc.run(spec, options, progress);
      }

      @Override
      public boolean sideBySide() {
        return true;
      }
    };
  }

  /**
   * Distributed TLC, trusted only for a clean success: on a violation its server prints a truncated, wrong trace and
   * exits 0, so anything else is checked again by {@code local} to get the real verdict and counterexample.
   */
  public static Runner distributed(TlcDistributedRunner tlc, Runner local) {
    return (spec, options) -> {
      TlcResult result = tlc.run(spec, options).result();
      return result.verdict() == Verdict.NO_ERROR && result.passed() ? result : local.run(spec, options);
    };
  }

  /**
   * Checks {@code properties} (a subset of {@link LabModule#CHECKED}) with {@code specText} as VpnHa.tla (the
   * protocol modules built in);
   * {@code lab} carries the check's fault and loss budgets (see {@link LabModule#bounded}).
   */
  public static Report check(Lab lab, List<Property> properties, String specText, TlcOptions options, Runner runner) {
    Map<String, String> modules = LabCheck.specModules();
    modules.put(LabCheck.SPEC + ".tla", specText);
    return check(lab, properties, modules, options, runner);
  }

  /** The same with every module of the spec given (file name to text; see {@link LabCheck#specModules}). */
  public static Report check(Lab lab, List<Property> properties, Map<String, String> modules, TlcOptions options,
      Runner runner) {
    List<Property> remaining = new ArrayList<>(properties);
    boolean failoverBound = remaining.remove(Property.FAILOVER_BOUND);
    Map<Property, PropertyVerdict> verdicts = new EnumMap<>(Property.class);
    List<TlcResult> runs = new ArrayList<>();
    Optional<String> failure = Optional.empty();
    // FailoverBound's run checks another model (VpnHa with its clock), so it can go beside the others, each with half
    // the workers: TLC's workers do not keep the cores busy, and two runs side by side finish sooner (README)
    boolean alongside = failoverBound && !remaining.isEmpty() && options.workers() >= 2 && runner.sideBySide();
    TlcOptions shared = alongside ? options.withWorkers(options.workers() / 2) : options;
    CompletableFuture<TlcResult> clockRun = alongside
        ? CompletableFuture.supplyAsync(() -> runner.run(LabCheck.clockSpec(lab, modules),
            options.withWorkers(options.workers() - shared.workers())))
        : null;
    while (!remaining.isEmpty() && failure.isEmpty()) {
      TlcResult result = runner.run(LabCheck.spec(lab, remaining, modules), shared);
      runs.add(result);
      Verdict verdict = result.verdict();
      if (verdict == Verdict.NO_ERROR && result.passed()) {
        long states = result.output().statistics().distinctStates();
        remaining.forEach(p -> verdicts.put(p, new PropertyVerdict(p, Status.HOLDS, Optional.empty(),
            p.kind() == Property.Kind.SAFETY ? "holds in all " + states + " reachable states"
                : "holds on every fair behaviour (" + states + " states)")));
        remaining.clear();
      } else if (verdict == Verdict.INVARIANT_VIOLATED && violated(result).isPresent()) {
        Property property = violated(result).get();
        verdicts.put(property, new PropertyVerdict(property, Status.VIOLATED, result.counterexample(),
            "violated: a trace of " + traceLength(result) + " states reaches a state where it is false"));
        remaining.remove(property);
      } else if (verdict == Verdict.TEMPORAL_PROPERTY_VIOLATED) {
        List<Property> temporal = remaining.stream().filter(p -> p.kind() != Property.Kind.SAFETY).toList();
        for (Property property : temporal) {
          TlcResult alone = temporal.size() == 1 ? result
              : runner.run(LabCheck.spec(lab, List.of(property), modules), shared);
          if (alone != result) {
            runs.add(alone);
          }
          verdicts.put(property, temporalVerdict(property, alone));
        }
        remaining.removeAll(temporal);
      } else {
        failure = Optional.of(failure(result));
      }
    }
    if (failoverBound && (alongside || failure.isEmpty())) {
      TlcResult result = alongside ? clockRun.join() : runner.run(LabCheck.clockSpec(lab, modules), options);
      runs.add(result);
      Optional<PropertyVerdict> verdict = failoverVerdict(lab, result);
      verdict.ifPresent(v -> verdicts.put(Property.FAILOVER_BOUND, v));
      if (verdict.isEmpty()) {
        failure = failure.or(() -> Optional.of(failure(result)));
        remaining.add(Property.FAILOVER_BOUND);
      }
    } else if (failoverBound) {
      remaining.add(Property.FAILOVER_BOUND);
    }
    for (Property property : remaining) {
      verdicts.put(property, new PropertyVerdict(property, Status.NOT_JUDGED, Optional.empty(),
          "not judged: TLC could not finish"));
    }
    return new Report(lab, List.copyOf(verdicts.values()), runs, failure);
  }

  /** FailoverBound's verdict from the run on VpnHa with its failover clock; empty when TLC could not finish. */
  private static Optional<PropertyVerdict> failoverVerdict(Lab lab, TlcResult result) {
    int bound = FailoverClock.bound(lab);
    if (result.verdict() == Verdict.NO_ERROR && result.passed()) {
      return Optional.of(new PropertyVerdict(Property.FAILOVER_BOUND, Status.HOLDS, Optional.empty(),
          "every outage ends within " + bound + " s of settled time, the remote pinging every second ("
              + result.output().statistics().distinctStates() + " states with the failover clock)"));
    }
    if (result.verdict() == Verdict.INVARIANT_VIOLATED
        && violated(result).filter(p -> p == Property.FAILOVER_BOUND).isPresent()) {
      return Optional.of(new PropertyVerdict(Property.FAILOVER_BOUND, Status.VIOLATED, result.counterexample(),
          "violated: a trace of " + traceLength(result) + " states in which the tunnel stays down for more than "
              + bound + " s of settled time with traffic"));
    }
    return Optional.empty();
  }

  private static String failure(TlcResult result) {
    return result.summary() + result.problem().map(p -> ": " + p).orElse("");
  }

  private static PropertyVerdict temporalVerdict(Property property, TlcResult result) {
    if (result.verdict() == Verdict.TEMPORAL_PROPERTY_VIOLATED) {
      return new PropertyVerdict(property, Status.VIOLATED, result.counterexample(),
          "violated: a behaviour of " + traceLength(result) + " states after which it never holds for good");
    }
    if (result.verdict() == Verdict.NO_ERROR && result.passed()) {
      return new PropertyVerdict(property, Status.HOLDS, Optional.empty(), "holds on every fair behaviour");
    }
    return new PropertyVerdict(property, Status.NOT_JUDGED, Optional.empty(), "not judged: " + result.summary());
  }

  private static Optional<Property> violated(TlcResult result) {
    return result.output().violatedProperty().flatMap(name -> LabModule.TLA_NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst());
  }

  private static int traceLength(TlcResult result) {
    return result.counterexample().map(c -> c.states().size()).orElse(0);
  }
}
