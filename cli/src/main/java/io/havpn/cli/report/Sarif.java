package io.havpn.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * lint.sarif when the lint stage did not run (skipped, or it failed): a log with no run at all, an empty {@code runs}
 * array, which says "no tool ran", not "no finding". When it ran, the stage writes its findings
 * ({@link io.havpn.cli.lint.LintReport#sarif()}).
 */
public final class Sarif {

  private Sarif() {}

  public static String noRun() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    root.putArray("runs");
    return root.toPrettyString();
  }
}
