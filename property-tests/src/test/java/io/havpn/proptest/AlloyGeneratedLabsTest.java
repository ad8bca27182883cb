package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.alloy.DesignChecker;
import io.havpn.bridge.alloy.LabGenerator;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 100 distinct labs that Alloy generates as valid designs (VpnHa.als's validDesign, 2 to 4 routers), varied in every
 * design parameter, pass the model's property tests: every safety property after every step, the eventual ones after
 * the faults stop. A design Alloy
 * calls valid that the model breaks would show a rule missing from VpnHa.als (or a model bug).
 */
class AlloyGeneratedLabsTest {

  private static final int SEQUENCES_PER_LAB = Integer.getInteger("havpn.proptest.alloyLabSequences", 10);

  @Test
  void hundredAlloyGeneratedLabsPassThePropertyTests() {
    List<LabGenerator.Generated> generated = new ArrayList<>();
    generated.addAll(LabGenerator.generate(2, 34));
    generated.addAll(LabGenerator.generate(3, 33));
    generated.addAll(LabGenerator.generate(4, 33));
    Set<Lab> distinct = new HashSet<>();
    generated.forEach(g -> distinct.add(g.lab().withName("generated")));
    assertThat(distinct).as("distinct generated labs").hasSize(100);
    assertVaried(generated.stream().map(LabGenerator.Generated::lab).toList());
    long seed = 7;
    for (LabGenerator.Generated design : generated) {
      Lab lab = design.lab();
      LabVariant variant = new LabVariant(lab.name(), "Alloy-generated: " + design.design(), random -> lab, null);
      PropertyCheck.Result result = PropertyCheck.of(variant, SEQUENCES_PER_LAB, seed++).run();
      assertThat(result.passed()).as("%s (%s): %s", lab.name(), design.design(),
          result.counterexample() == null ? "" : CounterexampleReport.lines(result.counterexample())).isTrue();
    }
  }

  /**
   * The labs differ in every design parameter the generator leaves to Alloy, read from the imported labs (so from the
   * configs written for them): at least as many distinct values as asserted, out of the generator's menu.
   */
  private static void assertVaried(List<Lab> labs) {
    assertThat(distinct(labs, l -> l.routerCount())).as("router counts").containsExactlyInAnyOrder(2, 3, 4);
    assertThat(distinct(labs, l -> l.routers().stream().map(HsrpRouter::priority).toList()).stream()
        .flatMap(List::stream).distinct().count()).as("priorities").isGreaterThanOrEqualTo(6);
    assertThat(distinct(labs, l -> l.routers().stream().map(r -> r.tracks().get(0).decrement()).toList()).stream()
        .flatMap(List::stream).distinct().count()).as("track decrements").isGreaterThanOrEqualTo(5);
    assertThat(distinct(labs, l -> l.routers().stream().map(HsrpRouter::preemptDelay).toList()).stream()
        .flatMap(List::stream).distinct().count()).as("preempt delays").isGreaterThanOrEqualTo(4);
    assertThat(distinct(labs, l -> l.group().helloTime())).as("hello times").hasSizeGreaterThanOrEqualTo(4);
    assertThat(distinct(labs, l -> l.group().holdTime())).as("hold times").hasSizeGreaterThanOrEqualTo(5);
    assertThat(distinct(labs, l -> l.remote().keepalive().interval())).as("keepalive intervals")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(distinct(labs, l -> l.remote().keepalive().retry())).as("keepalive retries")
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(distinct(labs, l -> l.remote().keepalive().mode())).as("keepalive modes")
        .containsExactlyInAnyOrder(Keepalive.Mode.values());
    assertThat(distinct(labs, l -> l.routers().stream().allMatch(HsrpRouter::virtualIpConfigured)))
        .as("labs where every router configures the virtual IP, and labs where some learn it").hasSize(2);
    assertThat(distinct(labs, l -> l.routers().stream().filter(HsrpRouter::invalidSpiRecovery).count()))
        .as("numbers of routers with invalid-SPI recovery").hasSizeGreaterThanOrEqualTo(3);
    assertThat(labs.stream().filter(l -> l.routers().stream().map(HsrpRouter::priority).distinct().count() > 1))
        .as("labs whose routers have different priorities").hasSizeGreaterThanOrEqualTo(50);
  }

  private static <T> Set<T> distinct(List<Lab> labs, Function<Lab, T> value) {
    return labs.stream().map(value).collect(Collectors.toSet());
  }

  @Test
  void generatedConfigsLintClean() {
    for (LabGenerator.Generated generated : LabGenerator.generate(3, 5)) {
      assertThat(DesignChecker.check(generated.configs())).as(generated.design().toString()).isEmpty();
    }
  }
}
