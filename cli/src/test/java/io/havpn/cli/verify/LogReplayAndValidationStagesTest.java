package io.havpn.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.validate.ModelTrace;
import io.havpn.cli.ConfigInputs;
import io.havpn.cli.TraceFiles;
import io.havpn.cli.verify.stages.LogReplayStage;
import io.havpn.cli.verify.stages.TraceValidationStage;
import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.explore.RandomWalk;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two verify stages that plug havpn replay and havpn validate into the pipeline, each on its own. */
class LogReplayAndValidationStagesTest {

  @TempDir
  Path dir;

  private VerifyRun run(Lab lab) {
    return new VerifyRun(lab, ConfigInputs.builtIn(List.of()), "built-in", List.of(), Optional.empty(), dir, 1, new VerifyOptions(1, Duration.ofSeconds(300), true, 1, 1));
  }

  @Test
  void theLabsOwnLogsReplayAndTheSafetyPropertiesAreJudgedOnTheMatchedBehaviour() {
    VerifyRun run = run(SeedLab.lab());
    StageResult result = new LogReplayStage().run(run, StageProgress.NONE);

    assertThat(result.status()).as(result.summary()).isEqualTo(StageResult.Status.COMPLETED);
    for (Property property : Property.values()) {
      Judgement judgement = result.judgement(property);
      if (property.kind() == Property.Kind.SAFETY) {
        assertThat(judgement.status()).as(property.id()).isEqualTo(Judgement.Status.HOLDS);
        assertThat(judgement.detail()).contains("states of the model behaviour that produces the 3 devices' logs");
      } else {
        assertThat(judgement.status()).as(property.id()).isEqualTo(Judgement.Status.NOT_CHECKED);
      }
    }
    // the alignment: log lines of every file beside the model steps that produce them
    Evidence.Lines alignment = result.evidence().stream().filter(e -> e instanceof Evidence.Lines)
        .map(e -> (Evidence.Lines) e).filter(l -> l.title().startsWith("alignment")).findFirst().orElseThrow();
    for (String log : LogReplayStage.LOGS) {
      assertThat(alignment.lines()).anyMatch(line -> line.contains(" | examples/seed-lab/logs/" + log + ":"));
    }
    assertThat(alignment.lines()).anyMatch(line -> line.contains("InterfaceDown(7204VXR-1, FastEthernet0/0) | ")
        && line.contains("failover-7204VXR-1.log:3 [7204VXR-1] HSRP: Fa0/0 Interface down"));
    // the behaviour is kept for trace validation, as an ITF trace that carries its lab
    assertThat(run.tracesToValidate()).singleElement()
        .satisfies(t -> assertThat(t.file()).isEqualTo(dir.resolve(LogReplayStage.TRACE)));
    assertThat(dir.resolve(LogReplayStage.TRACE)).exists();
  }

  @Test
  void tlcAcceptsAModelBehaviourAndRejectsOneThatSkipsStepsWhichFailsTheStage() throws Exception {
    Lab lab = SeedLab.lab();
    VpnHaModel model = new VpnHaModel(lab);
    List<RandomWalk.Taken> walk = RandomWalk.walk(model, 7, 40);
    ModelTrace whole = new ModelTrace(lab, "a random walk", model.initial());
    walk.forEach(t -> whole.step(t.action(), -1, t.next()));
    // the walk's last state straight after the initial one: no single step of the spec goes there
    RandomWalk.Taken last = walk.get(walk.size() - 1);
    ModelTrace skipping = new ModelTrace(lab, "a walk with its middle cut out", model.initial())
        .step(last.action(), -1, last.next());
    TraceFiles.write(whole, lab, dir.resolve("whole.itf.json"));
    TraceFiles.write(skipping, lab, dir.resolve("skipping.itf.json"));
    VerifyRun run = run(lab);
    run.validateLater(new VerifyRun.TraceToValidate("walk", "the whole walk", dir.resolve("whole.itf.json")));
    run.validateLater(new VerifyRun.TraceToValidate("cut", "the cut walk", dir.resolve("skipping.itf.json")));

    StageResult result = new TraceValidationStage().run(run, StageProgress.NONE);

    assertThat(result.status()).isEqualTo(StageResult.Status.FAILED);
    assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).contains("TLC rejects the cut walk")
        .doesNotContain("the whole walk"));
    assertThat(result.metadata().get("TLC runs")).startsWith("lab seed-lab: 2 trace(s)").doesNotContain(";");
    assertThat(run.crossChecks().get("walk")).startsWith("validated by TLC").contains("all 41 states matched");
    assertThat(run.crossChecks().get("cut")).startsWith("REJECTED by TLC").contains("state 1");
  }

  @Test
  void withNothingToValidateTheStageIsSkipped() {
    StageResult result = new TraceValidationStage().run(run(SeedLab.lab()), StageProgress.NONE);
    assertThat(result.status()).isEqualTo(StageResult.Status.SKIPPED);
    assertThat(Files.exists(dir.resolve("validate"))).isFalse();
  }
}
