package io.havpn.bridge.tla;

/** A value that is not TLA+ as TLC prints it; says where (line and column are 1-based) and what was expected. */
public final class TlaParseException extends RuntimeException {

  private final int line;
  private final int column;

  TlaParseException(String problem, int line, int column) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
