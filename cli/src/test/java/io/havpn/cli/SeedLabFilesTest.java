package io.havpn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * examples/seed-lab reconstructs the source document faithfully: reformatting only. Every non-blank line occurs in the
 * English rendering up to whitespace, and each file is one unbroken stretch of it (no line dropped or reordered).
 */
class SeedLabFilesTest {

  /** The source document, in the shared folder beside the repository (as on the developers' machines and CI). */
  private static final Path SOURCE = Path.of("..", "..", "shared", "seeds", "ha-vpn-technote.en.txt");

  static Stream<Path> dataFiles() throws IOException {
    try (Stream<Path> files = Files.walk(DocumentLogs.SEED_LAB)) {
      List<Path> data = files.filter(f -> f.toString().matches(".*\\.(cfg|log|txt)$")).sorted().toList();
      assertThat(data).hasSizeGreaterThanOrEqualTo(4 + 6);
      return data.stream();
    }
  }

  private static String source() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SOURCE), "the source document " + SOURCE + " is not beside the repo");
    return Files.readString(SOURCE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataFiles")
  void everyLineComesFromTheSourceDocument(Path file) throws IOException {
    String collapsed = source().replaceAll("\\s+", " ");
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim().replaceAll("\\s+", " ");
      if (!line.isEmpty()) {
        assertThat(collapsed).as(file + ":" + (i + 1) + " is not in the source document").contains(line);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataFiles")
  void eachFileIsOneUnbrokenStretchOfTheSource(Path file) throws IOException {
    String squeezed = source().replaceAll("\\s+", "");
    assertThat(squeezed).as(file + " drops or reorders lines of the source document")
        .contains(Files.readString(file).replaceAll("\\s+", ""));
  }
}
