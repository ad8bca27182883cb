package io.havpn.bridge.alloy;

import static org.assertj.core.api.Assertions.assertThat;

import edu.mit.csail.sdg.ast.Module;
import edu.mit.csail.sdg.translator.A4Solution;
import org.junit.jupiter.api.Test;

/**
 * The seed configurations' instance, read into Alloy without a solve, is an instance of VpnHa.als; an instance that
 * breaks a field declaration or a fact is reported, so the evaluator never judges something the model excludes.
 */
class InstanceSolutionTest {

  private final Module world = VpnHaAlloy.model();

  @Test
  void theSeedInstanceKeepsItsAtomsAndSatisfiesTheModel() throws Exception {
    AlloyInstance instance = AlloyInstance.of(SeedDesignTest.seedConfigs());
    A4Solution solution = InstanceSolution.of(world, instance);
    assertThat(InstanceSolution.violatedConstraints(world, solution)).isEmpty();
    assertThat(InstanceSolution.atoms(world, solution, "Preempts")).containsExactlyInAnyOrder("R0_I0_G1", "R1_I0_G1");
    assertThat(InstanceSolution.atoms(world, solution, "hsrpRouters")).containsExactlyInAnyOrder("R0", "R1");
  }

  @Test
  void anInterfaceWithoutItsNameBreaksTheDeclarationOfIfName() throws Exception {
    String xml = InstanceSolution.xml(world, AlloyInstance.of(SeedDesignTest.seedConfigs()));
    String nameTuple = "<tuple><atom label=\"R0_I0\"/>";
    int at = xml.indexOf(nameTuple, xml.indexOf("<field label=\"ifName\""));
    String broken = xml.substring(0, at) + xml.substring(xml.indexOf("</tuple>", at) + "</tuple>".length());
    assertThat(InstanceSolution.violatedConstraints(world, InstanceSolution.read(world, broken)))
        .containsExactly("the declaration of Interface.ifName");
  }

  @Test
  void aGroupOfNoInterfaceBreaksTheOwnershipFact() throws Exception {
    String xml = InstanceSolution.xml(world, AlloyInstance.of(SeedDesignTest.seedConfigs()));
    String broken = xml.replace("<tuple><atom label=\"R0_I0\"/><atom label=\"R0_I0_G1\"/></tuple>", "");
    assertThat(broken).isNotEqualTo(xml);
    assertThat(InstanceSolution.violatedConstraints(world, InstanceSolution.read(world, broken)))
        .containsExactly("the facts of " + VpnHaAlloy.MODEL);
  }
}
