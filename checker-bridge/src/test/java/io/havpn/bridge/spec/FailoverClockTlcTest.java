package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.itf.ItfState;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.TlcToItf;
import io.havpn.bridge.tla.TlaBool;
import io.havpn.bridge.tla.TlaInt;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.tlc.Verdict;
import io.havpn.model.Action;
import io.havpn.model.FailoverClock;
import io.havpn.model.Property;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FailoverBound in TLC: FailoverClock.tla applies the model's rule (io.havpn.model.FailoverClock) to every action of
 * VpnHa's Next, holds on the document's lab, and catches designs whose tunnel does not come back in time.
 */
class FailoverClockTlcTest {

  private static final TlcOptions OPTIONS = TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(10));
  private static final LabModelCheck.Runner LOCAL = LabModelCheck.local(new TlcRunner(), p -> { });

  /** Java: each action's (tick, disrupts, pings) as the clock sees it. */
  private static Map<String, List<Boolean>> javaClassification() throws ReflectiveOperationException {
    Map<String, List<Boolean>> classes = new LinkedHashMap<>();
    for (Class<?> type : Action.class.getPermittedSubclasses()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      Action action = (Action) constructor.newInstance(Stream.of(components).map(c -> 0).toArray());
      classes.put(type.getSimpleName(), List.of(action instanceof Action.Tick, FailoverClock.disrupts(action),
          FailoverClock.pings(action)));
    }
    return classes;
  }

  /** TLA+: each {@code Action(...) /\ ClockStep(tick, disrupts, pings)} of ClockNext. */
  private static Map<String, List<Boolean>> specClassification() {
    String spec = LabCheck.moduleText("FailoverClock");
    Matcher next = Pattern.compile("(?ms)^ClockNext ==(.*?)^\\S").matcher(spec);
    assertThat(next.find()).isTrue();
    Matcher step = Pattern.compile("(\\w+)(?:\\([^)]*\\))? /\\\\ ClockStep\\((\\w+), (\\w+), (\\w+)\\)")
        .matcher(next.group(1));
    Map<String, List<Boolean>> classes = new LinkedHashMap<>();
    while (step.find()) {
      classes.put(step.group(1), List.of(Boolean.parseBoolean(step.group(2).toLowerCase()),
          Boolean.parseBoolean(step.group(3).toLowerCase()), Boolean.parseBoolean(step.group(4).toLowerCase())));
    }
    return classes;
  }

  @Test
  void theMonitorClassifiesEveryActionOfNextAsTheJavaClockDoes() throws ReflectiveOperationException {
    assertThat(specClassification()).isEqualTo(javaClassification());
  }

  @Test
  void theGeneratedModuleAssumesTheJavaBound() {
    Lab noKeepalive = DesignMistake.NO_KEEPALIVE.apply(SeedLab.lab());
    assertThat(LabModule.clockModule(SeedLab.lab())).contains("ASSUME Bound = 31");
    assertThat(LabModule.clockModule(noKeepalive)).contains("ASSUME Bound = " + FailoverClock.bound(noKeepalive));
  }

  @Test
  void aSpecWhoseBoundDriftsFromTheJavaModelsIsRejected() {
    Map<String, String> modules = LabCheck.specModules();
    modules.put("FailoverClock.tla", modules.get("FailoverClock.tla")
        .replace("KeepaliveRetry * KeepaliveLimit + 1", "KeepaliveRetry * KeepaliveLimit + 2"));
    LabModelCheck.Report report = LabModelCheck.check(LabModule.bounded(SeedLab.lab(), 0, 0),
        List.of(Property.FAILOVER_BOUND), modules, OPTIONS, LOCAL);
    assertThat(report.failure()).isPresent();
    assertThat(report.verdicts()).singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(LabModelCheck.Status.NOT_JUDGED));
  }

  @Test
  void everyOutageOfTheDocumentsLabEndsWithinTheBoundWithAHelloKeepaliveOrEspLoss() {
    LabModelCheck.Report report = LabModelCheck.check(LabModule.bounded(SeedLab.lab(), 0, 1),
        List.of(Property.FAILOVER_BOUND), LabCheck.specModules(), OPTIONS, LOCAL);
    assertThat(report.failure()).isEmpty();
    assertThat(report.verdicts()).singleElement()
        .satisfies(v -> assertThat(v.status()).as(v.detail()).isEqualTo(LabModelCheck.Status.HOLDS));
  }

  /**
   * Any traffic pattern, not only a ping every second: a silent second restarts the clock. The CI size then has
   * 1,157,141 states with the clock (7.6 times VpnHa's), which is why CI checks the continuous ping.
   */
  @Tag("long")
  @Test
  void everyOutageOfTheDocumentsLabEndsWithinTheBoundWhateverTheTrafficAtTheCiSize() {
    LabModule.Size ci = LabModule.size("ci");
    TlcResult result = new TlcRunner().run(
        LabCheck.clockSpec(LabModule.bounded(SeedLab.lab(), ci.maxFaults(), ci.maxLosses()), LabCheck.specModules(),
            false),
        TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofHours(1)));
    assertThat(result.verdict()).as(result.summary()).isEqualTo(Verdict.NO_ERROR);
    assertThat(result.passed()).isTrue();
  }

  /** Designs whose tunnel never comes up even without a fault: the clock runs out at boot. */
  static Stream<DesignMistake> brokenWithoutAFault() {
    return Stream.of(DesignMistake.PEER_REAL_ADDRESS, DesignMistake.REDUNDANCY_NAME_MISMATCH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenWithoutAFault")
  void aTunnelThatNeverComesUpOverrunsTheBoundWithATrace(DesignMistake mistake) {
    assertOverrun(LabModule.bounded(mistake.apply(SeedLab.lab()), 0, 0));
  }

  /** Designs whose tunnel stays down after a failover: TLC shows the overrun as a finite trace, with one fault. */
  static Stream<DesignMistake> brokenByAFailover() {
    return Stream.of(DesignMistake.values())
        .filter(m -> m.property() == Property.TUNNEL_RESTORED || m.property() == Property.SINGLE_ACTIVE);
  }

  @Tag("long")
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenByAFailover")
  void aTunnelThatDoesNotComeBackAfterAFaultOverrunsTheBoundWithATrace(DesignMistake mistake) {
    assertOverrun(LabModule.bounded(mistake.apply(SeedLab.lab()), 1, 0));
  }

  private static void assertOverrun(Lab lab) {
    LabModelCheck.Report report = LabModelCheck.check(lab, List.of(Property.FAILOVER_BOUND), LabCheck.specModules(),
        OPTIONS, LOCAL);
    assertThat(report.failure()).isEmpty();
    LabModelCheck.PropertyVerdict verdict = report.verdicts().get(0);
    assertThat(verdict.status()).as(verdict.detail()).isEqualTo(LabModelCheck.Status.VIOLATED);
    ItfTrace trace = TlcToItf.convert(verdict.counterexample().orElseThrow(), lab.name());
    assertTheJavaClockRunsAsTheSpecs(lab, trace);
  }

  /**
   * The same rule on both sides: replayed on the Java model, the trace's steps drive io.havpn.model.FailoverClock
   * through exactly the spec's values of outage and pinged, and it overruns at the trace's last state.
   */
  private static void assertTheJavaClockRunsAsTheSpecs(Lab lab, ItfTrace trace) {
    VpnHaModel model = new VpnHaModel(lab);
    SystemState state = model.initial();
    FailoverClock clock = FailoverClock.initial(lab, state);
    assertThat(clockOf(trace.states().get(0))).isEqualTo(List.of(clock.outage(), clock.pinged()));
    for (int i = 1; i < trace.states().size(); i++) {
      ItfState target = trace.states().get(i);
      SystemState from = state;
      FailoverClock before = clock;
      List<Object> expected = clockOf(target);
      Optional<Action> explaining = model.enabled(from).stream()
          .filter(a -> projects(model.step(from, a).next(), target))
          .filter(a -> {
            FailoverClock next = before.next(model, from, a, model.step(from, a).next());
            return List.of(next.outage(), next.pinged()).equals(expected);
          })
          .findFirst();
      assertThat(explaining).as("a Java step to trace state %d with the clock at %s", i, expected).isPresent();
      state = model.step(from, explaining.get()).next();
      clock = before.next(model, from, explaining.get(), state);
    }
    assertThat(clock.overrun(lab)).isTrue();
  }

  private static boolean projects(SystemState state, ItfState target) {
    Map<String, TlaValue> projection = StateCodec.encode(state);
    return StateCodec.VARIABLES.stream().allMatch(v -> projection.get(v).equals(target.values().get(v)));
  }

  private static List<Object> clockOf(ItfState state) {
    return List.of(((TlaInt) state.values().get("outage")).value().intValueExact(),
        ((TlaBool) state.values().get("pinged")).value());
  }
}
