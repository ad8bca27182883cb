package io.havpn.cli;

import io.havpn.config.ConfigException;
import io.havpn.config.ConfigFiles;
import io.havpn.config.ConfigParser;
import io.havpn.model.lab.SeedLab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Configuration files named on the command line, or the built-in lab's four, packaged from examples/seed-lab. */
public final class ConfigInputs {

  /** The packaged configs, named as in examples/seed-lab/configs. */
  public static final List<String> BUILT_IN = List.of(SeedLab.VXR1, SeedLab.VXR2, SeedLab.INTERNAL, SeedLab.REMOTE)
      .stream().map(n -> "seed-lab/configs/" + n + ".cfg").toList();

  private ConfigInputs() {}

  /** Parses the files (or directories), or the built-in configs when {@code paths} is empty. */
  public static List<ConfigParser.ParsedFile> read(List<Path> paths) throws ConfigException {
    if (paths != null && !paths.isEmpty()) {
      return ConfigFiles.read(paths);
    }
    List<ConfigParser.ParsedFile> files = new ArrayList<>();
    for (String resource : BUILT_IN) {
      try (InputStream in = ConfigInputs.class.getResourceAsStream("/" + resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the jar");
        }
        files.add(ConfigParser.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The lab's name for these inputs. */
  public static String labName(List<Path> paths) {
    return paths == null || paths.isEmpty() ? "seed-lab" : io.havpn.config.LabImport.labName(paths);
  }
}
