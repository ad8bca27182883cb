package io.havpn.cli.verify;

import java.util.List;

/**
 * What one technique concluded about one property: a cell of the verdict matrix.
 *
 * @param detail one line a reviewer reads in the cell's evidence
 * @param evidence what backs the verdict: counterexamples, files, numbers
 */
public record Judgement(Status status, String detail, List<Evidence> evidence) {

  public enum Status {
    /** The technique checked the property and it held. */
    HOLDS("holds"),
    /** The technique found a violation. */
    VIOLATED("VIOLATED"),
    /** The technique ran but does not check this property (TLC and FailoverBound, say). */
    NOT_CHECKED("not checked"),
    /** The technique ran but could not reach a verdict (a time-out, a crash). */
    NOT_JUDGED("not judged"),
    /** The technique did not run: not available in this build, or its stage failed or was skipped. */
    NOT_RUN("not run");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  public Judgement {
    evidence = List.copyOf(evidence);
  }

  public static Judgement holds(String detail, Evidence... evidence) {
    return new Judgement(Status.HOLDS, detail, List.of(evidence));
  }

  public static Judgement violated(String detail, List<Evidence> evidence) {
    return new Judgement(Status.VIOLATED, detail, evidence);
  }

  public static Judgement notChecked(String why) {
    return new Judgement(Status.NOT_CHECKED, why, List.of());
  }

  public static Judgement notJudged(String why) {
    return new Judgement(Status.NOT_JUDGED, why, List.of());
  }

  public static Judgement notRun(String why) {
    return new Judgement(Status.NOT_RUN, why, List.of());
  }
}
