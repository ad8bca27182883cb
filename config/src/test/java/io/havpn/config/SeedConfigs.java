package io.havpn.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The source document's configurations: the four saved {@code show run} files and the document's own text. */
final class SeedConfigs {

  static final Path DIRECTORY = Path.of("..", "examples", "seed-lab", "configs");
  static final List<String> NAMES = List.of("7204VXR-1", "7204VXR-2", "7206-1", "vpn7200");
  /** Lines 17-27 of ha-vpn-technote.en.txt: the four configurations, each run together on one line, between markup. */
  static final String DOCUMENT_FORM = "/technote-configurations.txt";
  static final Path DOCUMENT = Path.of("..", "..", "shared", "seeds", "ha-vpn-technote.en.txt");

  private SeedConfigs() {}

  static Path file(String router) {
    return DIRECTORY.resolve(router + ".cfg");
  }

  static String text(String router) {
    try {
      return Files.readString(file(router));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String documentForm() {
    try (var in = SeedConfigs.class.getResourceAsStream(DOCUMENT_FORM)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RouterConfig parse(String router) throws ConfigException {
    return ConfigParser.parseOne(file(router).toString(), text(router));
  }
}
