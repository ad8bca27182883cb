package io.havpn.cli;

import java.nio.file.Path;

/**
 * A debug log to replay: a file whose lines name their device ({@code [NAME]} prefix or a prompt), or a file of one
 * device ({@code --device NAME=FILE}).
 *
 * @param device the device every line belongs to, or null when the lines name it
 */
public record LogInput(String device, Path file) {

  /** {@code NAME=FILE}, as {@code --device} takes it. */
  public static LogInput ofDevice(String nameEqualsFile) {
    int eq = nameEqualsFile.indexOf('=');
    if (eq <= 0 || eq == nameEqualsFile.length() - 1) {
      throw new IllegalArgumentException("--device " + nameEqualsFile + ": expected NAME=FILE");
    }
    return new LogInput(nameEqualsFile.substring(0, eq), Path.of(nameEqualsFile.substring(eq + 1)));
  }

  /** {@code NAME=FILE}, or {@code FILE} when the lines name their device. */
  @Override
  public String toString() {
    return (device == null ? "" : device + "=") + file;
  }
}
