package io.havpn.cli.report;

import io.havpn.cli.verify.Checks;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * junit.xml: one test suite per technique, one test case per check, so CI systems list the properties as tests. A
 * violation is a failure, a stage that failed is an error, and a check a technique does not cover (or a technique not
 * in this build) is skipped with the reason: never a pass.
 */
public final class JunitXml {

  private JunitXml() {}

  public static String render(Verification v) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    List<String> suites = new ArrayList<>();
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (Technique technique : Technique.values()) {
      StringBuilder suite = new StringBuilder();
      int suiteFailures = 0;
      int suiteErrors = 0;
      int suiteSkipped = 0;
      boolean failedStage = v.stage(technique).map(s -> s.status() == StageResult.Status.FAILED).orElse(false);
      double seconds = v.stage(technique).map(s -> s.elapsed().toMillis() / 1000.0).orElse(0.0);
      for (String check : Checks.ids()) {
        Judgement judgement = v.cell(check, technique);
        suite.append("    <testcase classname=\"havpn.").append(technique.id()).append("\" name=\"")
            .append(Html.escape(check)).append("\" time=\"0\">");
        switch (judgement.status()) {
          case HOLDS -> suite.append("<system-out>").append(Html.escape(judgement.detail())).append("</system-out>");
          case VIOLATED -> {
            suiteFailures++;
            suite.append("<failure message=\"").append(Html.escape(check + " violated")).append("\" type=\"violated\">")
                .append(Html.escape(judgement.detail())).append("</failure>");
          }
          case NOT_JUDGED, NOT_RUN -> {
            if (failedStage || judgement.status() == Judgement.Status.NOT_JUDGED) {
              suiteErrors++;
              suite.append("<error message=\"").append(Html.escape(judgement.detail())).append("\" type=\"")
                  .append(judgement.status().name().toLowerCase()).append("\"/>");
            } else {
              suiteSkipped++;
              suite.append("<skipped message=\"").append(Html.escape(judgement.detail())).append("\"/>");
            }
          }
          case NOT_CHECKED -> {
            suiteSkipped++;
            suite.append("<skipped message=\"").append(Html.escape(judgement.detail())).append("\"/>");
          }
        }
        suite.append("</testcase>\n");
      }
      int count = Checks.ids().size();
      suites.add(String.format(Locale.ROOT, "  <testsuite name=\"havpn verify: %s\" tests=\"%d\" failures=\"%d\" "
          + "errors=\"%d\" skipped=\"%d\" time=\"%.1f\">%n%s  </testsuite>%n", Html.escape(technique.title()), count,
          suiteFailures,
          suiteErrors, suiteSkipped, seconds, suite));
      tests += count;
      failures += suiteFailures;
      errors += suiteErrors;
      skipped += suiteSkipped;
    }
    xml.append(String.format(Locale.ROOT, "<testsuites name=\"havpn verify %s\" tests=\"%d\" failures=\"%d\" "
        + "errors=\"%d\" skipped=\"%d\">%n", Html.escape(v.lab().name()), tests, failures, errors, skipped));
    suites.forEach(xml::append);
    xml.append("</testsuites>\n");
    return xml.toString();
  }
}
