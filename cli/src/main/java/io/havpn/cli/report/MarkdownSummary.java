package io.havpn.cli.report;

import io.havpn.cli.verify.Checks;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Verification;

/** summary.md: the verdicts in a form a pull request comment or a CI job summary shows as is. */
public final class MarkdownSummary {

  private MarkdownSummary() {}

  public static String render(Verification v) {
    StringBuilder md = new StringBuilder();
    md.append("## havpn verify: ").append(v.lab().name()).append(" — ").append(outcome(v)).append("\n\n");
    md.append("| property |");
    for (Technique technique : Technique.values()) {
      md.append(' ').append(technique.title()).append(" |");
    }
    md.append("\n|---|");
    md.append("---|".repeat(Technique.values().length)).append('\n');
    for (String check : Checks.ids()) {
      md.append("| `").append(check).append("` |");
      for (Technique technique : Technique.values()) {
        md.append(' ').append(cell(v.cell(check, technique))).append(" |");
      }
      md.append('\n');
    }
    md.append("\n| stage | status | time | result |\n|---|---|---|---|\n");
    for (StageResult stage : v.stages()) {
      md.append("| ").append(stage.stageId()).append(" | ").append(stage.status().text()).append(" | ")
          .append(String.format("%.1f s", stage.elapsed().toMillis() / 1000.0)).append(" | ")
          .append(escape(stage.summary())).append(" |\n");
    }
    if (!v.counterexamples().isEmpty()) {
      md.append("\n### Counterexamples\n\n");
      for (Evidence.CounterexampleTrace trace : v.counterexamples()) {
        md.append("- ").append(escape(trace.title()));
        if (!trace.crossCheck().isEmpty()) {
          md.append(" — ").append(escape(trace.crossCheck()));
        }
        md.append('\n');
      }
    }
    md.append("\nThe full report, with the topology, the HSRP state machine and every counterexample as a timeline, is "
        + "`report.html` (self-contained, opens offline). Run: ").append(escape(v.metadata().getOrDefault("command",
        ""))).append(", seed ").append(v.metadata().getOrDefault("seed", "")).append(", ")
        .append(v.metadata().getOrDefault("wall time", "")).append(".\n");
    return md.toString();
  }

  static String outcome(Verification v) {
    return switch (v.outcome()) {
      case ALL_HOLD -> "✅ every property holds";
      case VIOLATED -> "❌ violated: " + String.join(", ", v.violatedChecks());
      case STAGE_FAILED -> "⚠️ a stage failed: the verdicts are incomplete";
    };
  }

  static String cell(Judgement judgement) {
    return switch (judgement.status()) {
      case HOLDS -> "✅ holds";
      case VIOLATED -> "❌ **VIOLATED**";
      case NOT_CHECKED -> "– not checked";
      case NOT_JUDGED -> "⚠️ not judged";
      case NOT_RUN -> "not run";
    };
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
