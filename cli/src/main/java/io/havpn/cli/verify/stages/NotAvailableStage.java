package io.havpn.cli.verify.stages;

import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.VerifyRun;
import java.util.Optional;

/**
 * A technique this build does not have yet. It stays in the pipeline so that the report says so ("not run: not
 * available in this build") instead of leaving a gap that could read as a pass; its class is replaced by the real
 * stage when the technique lands.
 */
public final class NotAvailableStage implements Stage {

  private final String id;
  private final String title;
  private final Optional<Technique> technique;
  private final String arrivesWith;

  public NotAvailableStage(String id, String title, Optional<Technique> technique, String arrivesWith) {
    this.id = id;
    this.title = title;
    this.technique = technique;
    this.arrivesWith = arrivesWith;
  }

  /** Alloy design lint of the imported configuration. */
  public static NotAvailableStage lint() {
    return new NotAvailableStage("lint", "Alloy design lint of the configuration", Optional.of(Technique.ALLOY),
        "arrives with havpn lint and IOS config import");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Optional<Technique> technique() {
    return technique;
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    return StageResult.notAvailable(this, arrivesWith);
  }
}
