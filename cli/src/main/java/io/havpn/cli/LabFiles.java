package io.havpn.cli;

import io.havpn.config.ConfigException;
import io.havpn.config.LabImport;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --lab PATH...}: the lab built from IOS running-configs instead of the built-in one. */
public final class LabFiles {

  @Option(names = "--lab", arity = "1..*", paramLabel = "PATH",
      description = "build the lab from these IOS running-configs (files, or directories of .cfg files) instead of "
          + "the built-in lab of the source document")
  List<Path> paths;

  /** The configs' lab, or the built-in one when {@code --lab} is not given. */
  public Lab lab() throws ConfigException {
    return paths == null || paths.isEmpty() ? SeedLab.lab() : LabImport.fromFiles(paths);
  }

  /** As {@link #lab()}, a bad config being bad input like any other: the message names file and line. */
  public Lab labOrBadInput() {
    try {
      return lab();
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
