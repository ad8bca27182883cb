package io.havpn.cli;

import io.havpn.config.ConfigException;
import io.havpn.config.ConfigFiles;
import io.havpn.config.ConfigParser;
import io.havpn.model.lab.DesignMistake;
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

  /** The built-in lab's routers, in the order of its configs. */
  private static final List<String> ROUTERS = List.of(SeedLab.VXR1, SeedLab.VXR2, SeedLab.INTERNAL, SeedLab.REMOTE);

  /** The packaged configs, named as in examples/seed-lab/configs. */
  public static final List<String> BUILT_IN = ROUTERS.stream().map(ConfigInputs::resource).toList();

  private ConfigInputs() {}

  /** Parses the files (or directories), or the built-in configs when {@code paths} is empty. */
  public static List<ConfigParser.ParsedFile> read(List<Path> paths) throws ConfigException {
    if (paths != null && !paths.isEmpty()) {
      return ConfigFiles.read(paths);
    }
    return builtIn(List.of());
  }

  /**
   * The built-in configs with these edits made (see {@link MistakenConfigs}); the files keep their names, so findings
   * point at the packaged file's lines after the edit.
   */
  public static List<ConfigParser.ParsedFile> builtIn(List<MistakenConfigs.Edit> edits) {
    List<ConfigParser.ParsedFile> files = new ArrayList<>();
    for (String router : ROUTERS) {
      String resource = resource(router);
      try (InputStream in = ConfigInputs.class.getResourceAsStream("/" + resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the jar");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        files.add(ConfigParser.parse(resource, MistakenConfigs.apply(router, text, edits)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ConfigException e) {
        throw new IllegalStateException("the built-in configs parse: " + e.getMessage(), e);
      }
    }
    return files;
  }

  /** The built-in configs with the mistake made in them, or unchanged when it is not a configuration mistake. */
  public static List<ConfigParser.ParsedFile> builtIn(DesignMistake mistake) {
    return builtIn(MistakenConfigs.edits(mistake).orElse(List.of()));
  }

  /** The lab's name for these inputs. */
  public static String labName(List<Path> paths) {
    return paths == null || paths.isEmpty() ? "seed-lab" : io.havpn.config.LabImport.labName(paths);
  }

  private static String resource(String router) {
    return "seed-lab/configs/" + router + ".cfg";
  }
}
