package io.havpn.traces;

import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.SeedLab;
import io.havpn.traces.replay.LogReplay;
import io.havpn.traces.replay.ReplayInput;
import io.havpn.traces.replay.ReplayOptions;
import io.havpn.traces.replay.ReplayResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: read logs from test resources or strings, and replay them on the document's lab. */
public final class Logs {

  private Logs() {}

  /** One input: a device (or null) and its text. */
  public record Input(String device, String name, String text) {}

  public static String resource(String path) {
    try (InputStream in = Logs.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's logs in one rendering ("en" or "fr"), in the order of the document, each with its device. */
  public static List<Input> document(String rendering) {
    List<Input> inputs = new ArrayList<>();
    String[][] files = {{"7204VXR-1", "steady-7204VXR-1"}, {"vpn7200", "failover-vpn7200"},
        {"7204VXR-1", "failover-7204VXR-1"}, {"7204VXR-2", "failover-7204VXR-2"},
        {"7204VXR-1", "recovery-7204VXR-1"}, {"7204VXR-2", "recovery-7204VXR-2"}};
    for (String[] f : files) {
      String path = "document/" + rendering + "/" + f[1] + ".log";
      inputs.add(new Input(f[0], path, resource(path)));
    }
    return inputs;
  }

  public static List<ParsedLine> parse(String device, String text) {
    List<ParsedLine> lines = new ArrayList<>();
    read(new Input(device, "test.log", text), new LogReader.Sink() {
      @Override
      public void accept(ParsedLine line) {
        lines.add(line);
      }

      @Override
      public void logBreak() {}
    });
    return lines;
  }

  public static ReplayInput input(List<Input> inputs) {
    ReplayInput input = new ReplayInput();
    for (Input in : inputs) {
      read(in, input.sink());
      input.nextFile();
    }
    return input;
  }

  public static ReplayResult replay(List<Input> inputs, ReplayOptions options) {
    return new LogReplay(new VpnHaModel(SeedLab.lab()), input(inputs).devices(), options).replay();
  }

  /** Reads the text as havpn reads a file: its UTF-8 bytes, through the reader's byte path. */
  private static void read(Input in, LogReader.Sink sink) {
    try {
      new LogReader(new IosLogParser(SeedLab.lab())).read(new ByteArrayInputStream(in.text().getBytes(
          StandardCharsets.UTF_8)), in.name(), in.device(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
