package io.havpn.cli.report;

import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every output of {@code havpn verify} into its output directory. */
public final class Outputs {

  public static final String HTML = "report.html";
  public static final String MARKDOWN = "summary.md";
  public static final String JSON = "results.json";
  public static final String JUNIT = "junit.xml";
  public static final String SARIF = "lint.sarif";

  private final Verification verification;
  private final Path dir;

  public Outputs(Verification verification, Path dir) {
    this.verification = verification;
    this.dir = dir;
  }

  /** @return the files written, the report first */
  public List<Path> writeAll() throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(write(HTML, HtmlReport.render(verification)));
    written.add(write(MARKDOWN, MarkdownSummary.render(verification)));
    written.add(write(JSON, JsonResults.render(verification)));
    written.add(write(JUNIT, JunitXml.render(verification)));
    // the lint stage writes its findings; when it did not complete, an empty log says that no lint ran
    boolean linted = verification.stage(Technique.ALLOY).map(s -> s.status() == StageResult.Status.COMPLETED)
        .orElse(false);
    written.add(linted ? dir.resolve(SARIF) : write(SARIF, Sarif.noRun()));
    return written;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
