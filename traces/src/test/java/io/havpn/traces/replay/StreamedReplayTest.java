package io.havpn.traces.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.SeedLab;
import io.havpn.traces.IosLogParser;
import io.havpn.traces.LogReader;
import io.havpn.traces.Logs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A replay that reads its logs lazily ({@link StreamedLogs}, after a counting first pass) gives exactly the result of
 * one that holds them in memory: the same verdict, entries, search nodes, first unmatched line and behaviour. With a
 * small node bound the search cuts its beam and the streamed logs let go of what lies behind it.
 */
class StreamedReplayTest {

  private record Streamed(ReplayInput counted, StreamedLogs logs, ReplayResult result) {}

  private static Streamed streamed(List<Logs.Input> inputs, ReplayOptions options) throws IOException {
    LogReader reader = new LogReader(new IosLogParser(SeedLab.lab()));
    ReplayInput counted = ReplayInput.counting();
    List<StreamedLogs.Source> sources = new ArrayList<>();
    for (Logs.Input in : inputs) {
      StreamedLogs.Source source = source(in);
      reader.read(source.open(), source.name(), source.device(), counted.sink());
      counted.nextFile();
      sources.add(source);
    }
    try (StreamedLogs logs = new StreamedLogs(counted, sources, reader)) {
      ReplayResult result = new LogReplay(new VpnHaModel(SeedLab.lab()), logs.logs(), options).replay();
      return new Streamed(counted, logs, result);
    }
  }

  private static StreamedLogs.Source source(Logs.Input in) {
    return new StreamedLogs.Source(in.name(), in.device(),
        () -> new ByteArrayInputStream(in.text().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Logs.Input> simulation() {
    return List.of(new Logs.Input(null, "simulate-document.log", Logs.resource("simulate-document.log")));
  }

  /** The simulation's log cut into one file per device, each given as --device NAME=FILE. */
  private static List<Logs.Input> simulationPerDevice() {
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (String line : Logs.resource("simulate-document.log").split("\n")) {
      int close = line.indexOf("] ");
      files.computeIfAbsent(line.substring(1, close), d -> new StringBuilder()).append(line.substring(close + 2))
          .append('\n');
    }
    List<Logs.Input> inputs = new ArrayList<>();
    files.forEach((device, text) -> inputs.add(new Logs.Input(device, device + ".log", text.toString())));
    return inputs;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theDocumentsLogsReplayTheSameStreamed(String rendering) throws IOException {
    ReplayOptions options = ReplayOptions.defaults(); // the behaviour kept: it is compared too
    ReplayResult inMemory = Logs.replay(Logs.document(rendering), options);
    Streamed streamed = streamed(Logs.document(rendering), options);
    assertThat(streamed.result()).isEqualTo(inMemory);
    assertThat(streamed.result().replayed()).isTrue();
    ReplayInput kept = Logs.input(Logs.document(rendering));
    assertThat(streamed.counted().counts()).isEqualTo(kept.counts());
    assertThat(streamed.counted().devices()).extracting(DeviceLog::size)
        .isEqualTo(kept.devices().stream().map(DeviceLog::size).toList());
  }

  @Test
  void aContradictedLogFailsAtTheSameLineStreamed() throws IOException {
    String text = Logs.resource("simulate-document.log").replace("HSRP: Fa0/0 Grp 1 Listen -> Speak",
        "HSRP: Fa0/0 Grp 1 Listen -> Standby");
    List<Logs.Input> inputs = List.of(new Logs.Input(null, "edited.log", text));
    ReplayOptions options = new ReplayOptions(4, 200_000, 2_000, 1_000, false);
    ReplayResult inMemory = Logs.replay(inputs, options);
    assertThat(inMemory.replayed()).isFalse();
    assertThat(streamed(inputs, options).result()).isEqualTo(inMemory);
  }

  @Test
  void oneFilePerDeviceIsReadByItsOwnPump() throws IOException {
    ReplayOptions options = ReplayOptions.defaults();
    ReplayResult inMemory = Logs.replay(simulationPerDevice(), options);
    assertThat(inMemory.replayed()).isTrue();
    assertThat(streamed(simulationPerDevice(), options).result()).isEqualTo(inMemory);
  }

  @Test
  void aBeamCutForgetsEntriesWithoutChangingTheResult() throws IOException {
    // a node bound this small makes the search cut its beam (and the streamed logs let go of entries) many times
    ReplayOptions options = ReplayOptions.defaults().withKeepTrace(false).withMaxNodes(300);
    ReplayResult inMemory = Logs.replay(simulation(), options);
    assertThat(streamed(simulation(), options).result()).isEqualTo(inMemory);
  }

  @Test
  void entriesReadInOrderAndLetGoOfKeepOnlyAFewInMemory() throws IOException {
    List<Logs.Input> inputs = simulationPerDevice();
    LogReader reader = new LogReader(new IosLogParser(SeedLab.lab()));
    ReplayInput counted = ReplayInput.counting();
    List<StreamedLogs.Source> sources = new ArrayList<>();
    for (Logs.Input in : inputs) {
      sources.add(source(in));
      reader.read(sources.get(sources.size() - 1).open(), in.name(), in.device(), counted.sink());
      counted.nextFile();
    }
    List<DeviceLog> kept = Logs.input(inputs).devices();
    int most = 0;
    try (StreamedLogs streamed = new StreamedLogs(counted, sources, reader, 256)) { // a few lines per read
      List<ReplayLog> logs = streamed.logs();
      for (int d = 0; d < logs.size(); d++) {
        ReplayLog log = logs.get(d);
        assertThat(log.size()).isEqualTo(kept.get(d).size());
        for (int i = 0; i < log.size(); i++) {
          assertThat(log.entry(i)).isEqualTo(kept.get(d).entry(i));
          log.discardBefore(i);
          most = Math.max(most, streamed.retained());
        }
        log.discardBefore(log.size());
      }
      assertThat(streamed.retained()).isZero();
      org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> logs.get(0).entry(0));
    }
    // what one read of 256 characters holds (two or three lines), and the entry that may still merge with the next
    assertThat(most).isLessThanOrEqualTo(6);
  }
}
