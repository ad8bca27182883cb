package io.havpn.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.spec.LabModelCheck;
import io.havpn.cli.ExitCode;
import io.havpn.model.Property;
import io.havpn.model.lab.SeedLab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verdict table lists FailoverBound like every other property: TLC checks it on the failover clock. */
class CheckReportTest {

  private static String print(LabModelCheck.Status failoverBound, int[] exit) {
    List<LabModelCheck.PropertyVerdict> verdicts = List.of(
        new LabModelCheck.PropertyVerdict(Property.SAS_ONLY_ON_ACTIVE, LabModelCheck.Status.HOLDS, Optional.empty(),
            "holds in all 151415 reachable states"),
        new LabModelCheck.PropertyVerdict(Property.FAILOVER_BOUND, failoverBound, Optional.empty(),
            "the clock's verdict"));
    StringWriter text = new StringWriter();
    exit[0] = new CheckReport(new LabModelCheck.Report(SeedLab.lab(), verdicts, List.of(), Optional.empty()),
        new PrintWriter(text)).print(List.of());
    return text.toString();
  }

  @Test
  void failoverBoundHasARowWithTlcsVerdict() {
    int[] exit = new int[1];
    assertThat(print(LabModelCheck.Status.HOLDS, exit)).containsPattern("FailoverBound +HOLDS +the clock's verdict")
        .doesNotContain("not model checked");
    assertThat(exit[0]).isEqualTo(ExitCode.OK);
  }

  @Test
  void aViolatedFailoverBoundExitsOne() {
    int[] exit = new int[1];
    assertThat(print(LabModelCheck.Status.VIOLATED, exit)).containsPattern("FailoverBound +VIOLATED")
        .contains("verdict: a property is violated");
    assertThat(exit[0]).isEqualTo(ExitCode.VIOLATED);
  }
}
