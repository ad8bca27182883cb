package io.havpn.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads configuration files, or every {@code .cfg} file of a directory (in name order), into parsed files. */
public final class ConfigFiles {

  public static final String EXTENSION = ".cfg";

  private ConfigFiles() {}

  /** The files to read: each path as given, or a directory's {@code *.cfg} files sorted by name. */
  public static List<Path> expand(List<Path> paths) throws ConfigException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          List<Path> cfgs = listing.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
              .filter(Files::isRegularFile).sorted().toList();
          if (cfgs.isEmpty()) {
            throw new ConfigException(Location.of(path.toString(), 0), "no " + EXTENSION + " files in this directory");
          }
          files.addAll(cfgs);
        } catch (IOException e) {
          throw new ConfigException(Location.of(path.toString(), 0), "cannot list the directory: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new ConfigException(Location.of(path.toString(), 0), "no such file or directory");
      }
    }
    return files;
  }

  /** Reads and parses every file; the problems of all files are reported together. */
  public static List<ConfigParser.ParsedFile> read(List<Path> paths) throws ConfigException {
    List<ConfigParser.ParsedFile> parsed = new ArrayList<>();
    List<ConfigException.Problem> problems = new ArrayList<>();
    for (Path file : expand(paths)) {
      try {
        parsed.add(ConfigParser.parse(file.toString(), text(file)));
      } catch (ConfigException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return parsed;
  }

  /** Every configuration of the files, in order. */
  public static List<RouterConfig> configs(List<ConfigParser.ParsedFile> files) {
    return files.stream().flatMap(f -> f.configs().stream()).toList();
  }

  private static String text(Path file) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(Location.of(file.toString(), 0), "cannot read the file: " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // IOS writes ASCII; Latin-1 keeps every byte, and the parser then names the lines it cannot read
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
