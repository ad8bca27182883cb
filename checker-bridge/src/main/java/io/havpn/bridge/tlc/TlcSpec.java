package io.havpn.bridge.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What TLC checks: a root module, its cfg, and the text of every file they need (modules it extends, the cfg). The
 * runner writes the files into a fresh directory, so a spec can come from anywhere, including a jar's resources.
 *
 * @param files file name (no directories) to content
 */
public record TlcSpec(String module, String config, Map<String, String> files) {

  private static final Pattern MODULE_NAME = Pattern.compile("\\w+");
  private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+");

  public TlcSpec {
    if (!MODULE_NAME.matcher(module).matches()) {
      throw new IllegalArgumentException("not a TLA+ module name: " + module);
    }
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    files.keySet().forEach(TlcSpec::checkFileName);
    for (String needed : new String[] {module + ".tla", config}) {
      if (!files.containsKey(needed)) {
        throw new IllegalArgumentException("spec " + module + " has no file " + needed + "; it has " + files.keySet());
      }
    }
  }

  public static TlcSpec of(String module, String tla, String cfg) {
    return new TlcSpec(module, module + ".cfg", Map.of(module + ".tla", tla, module + ".cfg", cfg));
  }

  /** The module, its {@code module.cfg}, and every other {@code .tla} file of the directory. */
  public static TlcSpec fromDirectory(Path directory, String module) {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path file : (Iterable<Path>) entries.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".tla") || name.equals(module + ".cfg")) {
          files.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + module + " in " + directory, e);
    }
    return new TlcSpec(module, module + ".cfg", files);
  }

  /**
   * The module and its cfg from the class path folder {@code folder} (e.g. {@code tla} in havpn-specs), with the other
   * modules it extends from the same folder.
   */
  public static TlcSpec fromClasspath(String folder, String module, String... otherModules) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(module + ".tla", resource(folder, module + ".tla"));
    files.put(module + ".cfg", resource(folder, module + ".cfg"));
    for (String other : otherModules) {
      files.put(other + ".tla", resource(folder, other + ".tla"));
    }
    return new TlcSpec(module, module + ".cfg", files);
  }

  /** The same spec checked with another cfg (say a CI-sized one), added to its files. */
  public TlcSpec withConfig(String name, String text) {
    return new TlcSpec(module, name, withEntry(name, text));
  }

  public TlcSpec withFile(String name, String text) {
    return new TlcSpec(module, config, withEntry(name, text));
  }

  private Map<String, String> withEntry(String name, String text) {
    Map<String, String> more = new LinkedHashMap<>(files);
    more.put(name, text);
    return more;
  }

  private static String resource(String folder, String name) {
    String path = folder.isEmpty() ? name : folder + "/" + name;
    try (InputStream in = TlcSpec.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  private static void checkFileName(String name) {
    if (!FILE_NAME.matcher(name).matches() || name.startsWith(".")) {
      throw new IllegalArgumentException("spec file names are plain names without directories, not: " + name);
    }
  }
}
