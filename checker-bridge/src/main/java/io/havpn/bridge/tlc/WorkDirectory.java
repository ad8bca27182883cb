package io.havpn.bridge.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A temporary directory holding a spec's files, TLC's metadir and its temp files; deleted when closed. */
final class WorkDirectory implements AutoCloseable {

  /** TLC's metadir ({@code -metadir}), relative to the work directory. */
  static final String METADIR = "states";
  /** TLC's JVM temp directory, where it unpacks the standard modules. */
  static final String TMPDIR = "tmp";

  private final Path path;

  private WorkDirectory(Path path) {
    this.path = path;
  }

  static WorkDirectory create(TlcSpec spec) throws IOException {
    WorkDirectory work = new WorkDirectory(Files.createTempDirectory("havpn-tlc-"));
    try {
      Files.createDirectory(work.path.resolve(TMPDIR));
      for (var file : spec.files().entrySet()) {
        Files.writeString(work.path.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      work.close();
      throw e;
    }
    return work;
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : deepestFirst) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete TLC's work directory " + path, e);
    }
  }
}
