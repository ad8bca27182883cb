package io.havpn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.alloy.DesignChecker;
import io.havpn.bridge.alloy.Finding;
import io.havpn.bridge.alloy.Severity;
import io.havpn.config.ConfigFiles;
import io.havpn.config.ConfigParser;
import io.havpn.config.LabImport;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A design mistake made in the built-in configs is the same design as the model's variant of the built-in lab, and
 * lint flags it; a mistake of the HSRP implementation leaves the configs as they are.
 */
class MistakenConfigsTest {

  @ParameterizedTest
  @EnumSource(DesignMistake.class)
  void theMistakenConfigsImportAsTheModelsVariantOfTheLab(DesignMistake mistake) throws Exception {
    List<ConfigParser.ParsedFile> files = ConfigInputs.builtIn(mistake);
    Lab imported = LabImport.build(SeedLab.lab().name(), ConfigFiles.configs(files));
    Lab variant = mistake.apply(SeedLab.lab());
    assertThat(imported.withName(variant.name())).isEqualTo(MistakenConfigs.edits(mistake).isPresent() ? variant
        : SeedLab.lab().withName(variant.name()));
  }

  @ParameterizedTest
  @EnumSource(DesignMistake.class)
  void lintFlagsEveryConfigurationMistakeAndOnlyThose(DesignMistake mistake) {
    List<Finding> errors = DesignChecker.check(ConfigFiles.configs(ConfigInputs.builtIn(mistake))).stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    if (MistakenConfigs.edits(mistake).isEmpty()) {
      assertThat(errors).isEmpty();
      return;
    }
    assertThat(errors).as(mistake.id()).isNotEmpty();
    // the findings name the edited lines, at the numbers they have in examples/seed-lab/configs
    List<String> edited = MistakenConfigs.edits(mistake).orElseThrow().stream().map(MistakenConfigs.Edit::router)
        .toList();
    assertThat(errors).anySatisfy(f -> assertThat(edited).contains(f.router()));
  }
}
