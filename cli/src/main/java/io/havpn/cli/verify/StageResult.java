package io.havpn.cli.verify;

import io.havpn.model.Property;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one stage produced.
 *
 * @param judgements per property, for a stage with a technique (every row of the matrix; see {@link Checks})
 * @param summary one line for the terminal's summary table
 * @param problem why the stage failed or did not run, when it did not complete
 * @param metadata numbers a reviewer may want: seeds, sizes, state counts, in order
 * @param evidence what the stage found that belongs to no single property (a replay's verdicts, statistics)
 */
public record StageResult(String stageId, String title, Optional<Technique> technique, Status status,
    Map<String, Judgement> judgements, String summary, Optional<String> problem, Duration elapsed,
    Map<String, String> metadata, List<Evidence> evidence) {

  public enum Status {
    /** The stage ran to its end. */
    COMPLETED("completed", "done"),
    /** Nothing to do (no counterexample to replay, say), or skipped on request. */
    SKIPPED("skipped", "skipped"),
    /** A tool failed or timed out: the verdicts it gave are incomplete. */
    FAILED("FAILED", "FAILED");

    private final String text;
    private final String word;

    Status(String text, String word) {
      this.text = text;
      this.word = word;
    }

    public String text() {
      return text;
    }

    /** One word for the terminal's tables. */
    public String word() {
      return word;
    }
  }

  public StageResult {
    judgements = Collections.unmodifiableMap(new LinkedHashMap<>(judgements));
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    evidence = List.copyOf(evidence);
  }

  /** The judgement of a check (a {@link Property} id, or another check such as DisplacedActiveResigns). */
  public Judgement judgement(String check) {
    Judgement judgement = judgements.get(check);
    if (judgement != null) {
      return judgement;
    }
    return status == Status.COMPLETED ? Judgement.notChecked("not checked by " + title)
        : Judgement.notRun(status == Status.FAILED ? "the stage failed: " + problem.orElse("") : status.text());
  }

  public Judgement judgement(Property property) {
    return judgement(property.id());
  }

  /** A stage that had nothing to do, or was left out: {@code why} is its summary. */
  public static StageResult skipped(Stage stage, String why) {
    return new StageResult(stage.id(), stage.title(), stage.technique(), Status.SKIPPED, Map.of(), why,
        Optional.of(why), Duration.ZERO, Map.of(), List.of());
  }

  public boolean anyViolated() {
    return judgements.values().stream().anyMatch(j -> j.status() == Judgement.Status.VIOLATED);
  }
}
