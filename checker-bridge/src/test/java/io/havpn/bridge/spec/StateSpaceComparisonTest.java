package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.StateDump;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.tlc.Verdict;
import io.havpn.model.Property;
import io.havpn.model.VpnHaModel;
import io.havpn.model.explore.Explorer;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java model and the TLA+ spec reach the same states, state for state, on the document's lab. */
class StateSpaceComparisonTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} fault(s), {1} loss(es)")
  @CsvSource({"0, 0", "0, 1", "1, 0"})
  void javaExplorerAndTlcReachTheSameStates(int faults, int losses) throws IOException {
    Lab lab = LabModule.bounded(SeedLab.lab(), faults, losses);
    Explorer.Result java = new Explorer(new VpnHaModel(lab)).explore(EnumSet.noneOf(Property.class), 5_000_000);
    TlcOptions.Dump dump = new TlcOptions.Dump(dir.resolve("states"), TlcOptions.Dump.Format.STATES);
    // about a minute on two free cores; the limit allows a shared machine ten times slower
    TlcResult tlc = new TlcRunner().run(LabCheck.spec(lab, LabModule.SAFETY),
        TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(20)).withDump(dump));
    assertThat(tlc.verdict()).as(tlc.summary()).isEqualTo(Verdict.NO_ERROR);
    List<Map<String, TlaValue>> tlcStates = StateDump.parse(Files.readString(dump.writtenFile()));

    StateSpaceComparison.Result comparison = StateSpaceComparison.compare(java, tlcStates);

    assertThat(comparison.onlyInJava()).as("a state only Java reaches").isNull();
    assertThat(comparison.onlyInTlc()).as("states only TLC reaches").isEmpty();
    assertThat(comparison.javaStates()).isEqualTo(java.distinctStates()).isEqualTo(comparison.tlcStates());
  }

  /** A model that differs from the spec (here: a Java lab without the IOS Resign, checked against the IOS spec). */
  @org.junit.jupiter.api.Test
  void aModelThatDiffersFromTheSpecIsReportedWithAShortestPath() throws IOException {
    Lab specLab = LabModule.bounded(SeedLab.lab(), 0, 0);
    Lab javaLab = specLab.withOptions(specLab.options().withHelloOnStateChange(false));
    Explorer.Result java = new Explorer(new VpnHaModel(javaLab)).explore(EnumSet.noneOf(Property.class), 100_000);
    TlcOptions.Dump dump = new TlcOptions.Dump(dir.resolve("states"), TlcOptions.Dump.Format.STATES);
    TlcResult tlc = new TlcRunner().run(LabCheck.spec(specLab, LabModule.SAFETY),
        TlcOptions.defaults().withTimeout(Duration.ofMinutes(2)).withDump(dump));

    StateSpaceComparison.Result comparison =
        StateSpaceComparison.compare(java, StateDump.parse(Files.readString(dump.writtenFile())));

    assertThat(comparison.equal()).isFalse();
    assertThat(comparison.onlyInJava()).isNotNull();
    assertThat(comparison.onlyInJava().path()).isNotEmpty();
    assertThat(comparison.onlyInTlc()).isNotEmpty();
  }
}
