package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.alloy.DesignChecker;
import io.havpn.bridge.alloy.LabGenerator;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 100 distinct labs that Alloy generates as valid designs (VpnHa.als's validDesign, 2 to 4 routers) pass the model's
 * property tests: every safety property after every step, the eventual ones after the faults stop. A design Alloy
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
    long seed = 7;
    for (LabGenerator.Generated design : generated) {
      Lab lab = design.lab();
      LabVariant variant = new LabVariant(lab.name(), "Alloy-generated: " + design.design(), random -> lab, null);
      PropertyCheck.Result result = PropertyCheck.of(variant, SEQUENCES_PER_LAB, seed++).run();
      assertThat(result.passed()).as("%s (%s): %s", lab.name(), design.design(),
          result.counterexample() == null ? "" : CounterexampleReport.lines(result.counterexample())).isTrue();
    }
  }

  @Test
  void generatedConfigsLintClean() {
    for (LabGenerator.Generated generated : LabGenerator.generate(3, 5)) {
      assertThat(DesignChecker.check(generated.configs())).as(generated.design().toString()).isEmpty();
    }
  }
}
