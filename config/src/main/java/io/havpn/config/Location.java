package io.havpn.config;

/**
 * Where a configuration element was read: file, line (1-based) and column (1-based). A saved {@code show run} has one
 * command per line, so the column is 1; the source document runs a whole configuration together on one line, and
 * there the column tells its commands apart.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  public static Location of(String file, int line) {
    return new Location(file, line, 1);
  }

  /** {@code file:line}, or {@code file:line:column} inside a run-together line. */
  @Override
  public String toString() {
    return column <= 1 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Location other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }
}
