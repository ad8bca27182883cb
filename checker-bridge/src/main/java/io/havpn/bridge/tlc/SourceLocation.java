package io.havpn.bridge.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a spec (or cfg) file as TLC reports it, 1-based; a point when begin and end are the same.
 *
 * @param module the TLA+ module (its file is {@code module + ".tla"}), or the cfg file's name for cfg errors
 */
public record SourceLocation(String module, int line, int column, int endLine, int endColumn) {

  /** {@code line 7, col 8 to line 7, col 57 of module Counter}: action labels, SANY, assumptions. */
  private static final Pattern OF_MODULE =
      Pattern.compile("line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\w+)");

  /** {@code Line 5, column 9 to line 6, column 31 in Asrt}: the positions of an evaluation error. */
  private static final Pattern IN_MODULE =
      Pattern.compile("[Ll]ine (\\d+), column (\\d+) to line (\\d+), column (\\d+) in (\\w+)");

  /** {@code at line 6, column 1}: a SANY parse error, whose module comes from the surrounding text. */
  private static final Pattern POINT = Pattern.compile("at line (\\d+), column (\\d+)");

  public static SourceLocation point(String module, int line, int column) {
    return new SourceLocation(module, line, column, line, column);
  }

  /** Every range in the text, in either of TLC's two spellings. */
  public static List<SourceLocation> findAll(String text) {
    List<SourceLocation> found = new ArrayList<>();
    for (Pattern pattern : List.of(OF_MODULE, IN_MODULE)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        found.add(new SourceLocation(m.group(5), number(m, 1), number(m, 2), number(m, 3), number(m, 4)));
      }
    }
    return found;
  }

  public static Optional<SourceLocation> findFirst(String text) {
    return findAll(text).stream().findFirst();
  }

  /** A SANY parse error's {@code at line L, column C}, in the given module. */
  static Optional<SourceLocation> findPoint(String text, String module) {
    Matcher m = POINT.matcher(text);
    return m.find() ? Optional.of(point(module, number(m, 1), number(m, 2))) : Optional.empty();
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** {@code Counter.tla:7:8}, the form editors and compilers use. */
  @Override
  public String toString() {
    String file = module.contains(".") ? module : module + ".tla";
    return file + ":" + line + ":" + column;
  }
}
