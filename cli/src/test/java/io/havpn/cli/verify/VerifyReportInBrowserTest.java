package io.havpn.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.havpn.cli.ExitCode;
import io.havpn.cli.SimulateCommandTest;
import io.havpn.cli.report.Outputs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole of havpn verify, TLC included, and its report opened from disk in Debian's headless Chromium: no console
 * error, the verdict matrix and the timelines on screen, a screenshot kept in cli/target/verify-report/.
 */
class VerifyReportInBrowserTest {

  private static final Path OUT = Path.of("target", "verify-report");

  @Test
  void theSeedLabsReportOpensInChromiumWithTheMatrixAndTheDocumentsTimeline() throws Exception {
    Path dir = OUT.resolve("seed-lab");
    // TLC's invariants only: its liveness and failover-bound runs add two minutes and nothing to what the page shows
    SimulateCommandTest.Outcome run = SimulateCommandTest.havpn("verify", "--no-progress", "--tlc-properties", "safety",
        "--out", dir.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).containsPattern("SasOnlyOnActive +not checked +holds +holds +holds +holds")
        .containsPattern("TunnelRestored +holds +not checked +holds +not checked +holds")
        .containsPattern("FailoverBound +not checked +not checked +holds +not checked +holds");
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(dir.resolve(Outputs.HTML), 1400);
      assertThat(chromium.evaluate("document.title").asText()).isEqualTo("havpn design review: seed-lab");
      assertThat(chromium.evaluate(visible("#verdict-matrix")).asBoolean()).isTrue();
      assertThat(chromium.evaluate("document.querySelectorAll('#verdict-matrix td.cell').length").asInt())
          .isEqualTo(10 * 5);
      assertThat(chromium.evaluate("document.querySelector('#outcome').textContent").asText())
          .isEqualTo("every property holds");
      assertThat(chromium.evaluate(visible("#cx-simulation-story svg.timeline")).asBoolean()).isTrue();
      // the report's own script ran
      assertThat(chromium.evaluate("document.documentElement.getAttribute('data-verdict-cells')").asText())
          .isEqualTo("50");
      chromium.screenshot(OUT.resolve("seed-lab.png"));
      assertThat(chromium.errors()).isEmpty();
    }
    assertThat(Files.size(OUT.resolve("seed-lab.png"))).isGreaterThan(20_000);
  }

  @Test
  void aDesignMistakesReportShowsTheViolationWithTheCounterexampleOfEachTechniqueThatFoundIt() throws Exception {
    Path dir = OUT.resolve("peer-real-address");
    // TLC on the invariants only, to keep the suite short: RemotePeersWithVip is one
    SimulateCommandTest.Outcome run = SimulateCommandTest.havpn("verify", "--mistake", "peer-real-address",
        "--tlc-properties", "safety", "--runs", "500", "--no-progress", "--out", dir.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.VIOLATED);
    assertThat(dir.resolve("tlc/RemotePeersWithVip.itf.json")).exists();
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(dir.resolve(Outputs.HTML), 1400);
      JsonNode row = chromium.evaluate("Array.from(document.querySelectorAll('#verdict-matrix tr')).find(r => "
          + "r.querySelector('th code') && r.querySelector('th code').textContent === 'RemotePeersWithVip')"
          + ".querySelectorAll('td.cell').length");
      assertThat(row.asInt()).isEqualTo(5);
      for (String technique : new String[] {"tlc", "property-tests", "simulation"}) {
        String cell = "#verdict-matrix a[href='#ev-" + technique + "-RemotePeersWithVip']";
        assertThat(chromium.evaluate("document.querySelector(\"" + cell + "\").textContent").asText())
            .as(technique).isEqualTo("VIOLATED");
        // the cell's evidence links to a timeline that is on the page
        String link = "document.querySelector(\"#ev-" + technique + "-RemotePeersWithVip a[href^='#cx-']\")"
            + ".getAttribute('href')";
        String timeline = chromium.evaluate(link).asText();
        assertThat(chromium.evaluate(visible(timeline + " svg.timeline")).asBoolean()).as(timeline).isTrue();
      }
      // lint's evidence is the config lines at fault: the crypto map entry, then its set peer
      assertThat(chromium.evaluate("document.querySelector(\"#verdict-matrix a[href='#ev-alloy-RemotePeersWithVip']\")"
          + ".textContent").asText()).isEqualTo("VIOLATED");
      assertThat(chromium.evaluate("document.querySelector('#ev-alloy-RemotePeersWithVip').textContent").asText())
          .contains("seed-lab/configs/vpn7200.cfg:32: error RemotePeerIsVirtualIp")
          .contains("see seed-lab/configs/vpn7200.cfg:33");
      assertThat(chromium.evaluate("document.querySelector('#cx-tlc-RemotePeersWithVip .cross').textContent")
          .asText()).contains("replayed on the Java model: all").contains("states match");
      assertThat(chromium.evaluate("document.querySelector('#outcome').textContent").asText())
          .startsWith("a property is violated: RemotePeersWithVip");
      chromium.screenshot(OUT.resolve("peer-real-address.png"));
      assertThat(chromium.errors()).isEmpty();
    }
  }

  /** A JavaScript test that an element exists and takes room on the page. */
  private static String visible(String selector) {
    return "(() => { const e = document.querySelector(\"" + selector + "\"); if (!e) return false; "
        + "const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; })()";
  }
}
