package io.havpn.cli.report;

import io.havpn.cli.verify.Checks;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Verification;
import java.io.PrintWriter;

/** The summary {@code havpn verify} prints: the stages, the verdict matrix, and the outcome. */
public final class TerminalSummary {

  private final Verification verification;

  public TerminalSummary(Verification verification) {
    this.verification = verification;
  }

  public void print(PrintWriter out) {
    out.println();
    out.printf("%-15s %-10s %7s  %s%n", "stage", "status", "time", "result");
    for (StageResult stage : verification.stages()) {
      out.printf("%-15s %-10s %6.1fs  %s%n", stage.stageId(), stage.status().word(),
          stage.elapsed().toMillis() / 1000.0, stage.summary());
    }
    out.println();
    StringBuilder header = new StringBuilder(String.format("%-24s", "property"));
    for (Technique technique : Technique.values()) {
      header.append(String.format(" %-15s", technique.title()));
    }
    out.println(header.toString().stripTrailing());
    for (String check : Checks.ids()) {
      StringBuilder row = new StringBuilder(String.format("%-24s", check));
      for (Technique technique : Technique.values()) {
        row.append(String.format(" %-15s", cell(verification.cell(check, technique))));
      }
      out.println(row.toString().stripTrailing());
    }
    out.println();
    if (!verification.violatedChecks().isEmpty()) {
      out.println("violated: " + String.join(", ", verification.violatedChecks()));
    }
    verification.stages().stream().filter(s -> s.status() == StageResult.Status.FAILED)
        .forEach(s -> out.println("stage " + s.stageId() + " failed: " + s.problem().orElse("")));
    out.println("verdict: " + verification.outcome().text());
  }

  /** A matrix cell in a few characters: holds, VIOLATED, not checked, not judged, not run. */
  static String cell(Judgement judgement) {
    return judgement.status().text();
  }
}
