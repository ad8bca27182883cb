package io.havpn.cli.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.havpn.bridge.alloy.DesignCheck;
import io.havpn.bridge.alloy.Finding;
import io.havpn.bridge.alloy.Severity;
import io.havpn.config.ConfigParser;
import io.havpn.config.Location;
import io.havpn.config.RouterConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code havpn lint} found: text, JSON and SARIF 2.1.0. */
public final class LintReport {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<ConfigParser.ParsedFile> files;
  private final List<Finding> findings;

  public LintReport(List<ConfigParser.ParsedFile> files, List<Finding> findings) {
    this.files = List.copyOf(files);
    this.findings = List.copyOf(findings);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.size() - errors();
  }

  public void printText(PrintWriter out, boolean listUnmodelled) {
    int configs = files.stream().mapToInt(f -> f.configs().size()).sum();
    out.printf("havpn lint: %d configuration(s) in %d file(s), checked against specs/alloy/VpnHa.als (%d rules)%n",
        configs, files.size(), DesignCheck.values().length);
    for (ConfigParser.ParsedFile file : files) {
      for (RouterConfig config : file.configs()) {
        out.printf("  %-12s %s: %d commands modelled, %d not modelled, %d comments%n", config.name(),
            config.start(), config.modelled().size(), config.notModelled().size(), config.comments().size());
        if (listUnmodelled) {
          config.notModelled().forEach(n -> out.println("      not modelled: " + n));
        }
      }
      if (!file.skipped().isEmpty()) {
        out.printf("  %s: %d line(s) outside any configuration skipped%n", file.file(), file.skipped().size());
        if (listUnmodelled) {
          file.skipped().forEach(s -> out.println("      " + s));
        }
      }
    }
    findings.forEach(finding -> describe(finding).forEach(out::println));
    out.printf("verdict: %d error(s), %d warning(s)%n", errors(), warnings());
  }

  /** A finding as lint prints it: its first line, then each other line it names. */
  public static List<String> describe(Finding finding) {
    List<String> lines = new ArrayList<>();
    lines.add(finding.toString());
    for (Location also : finding.lines().subList(Math.min(1, finding.lines().size()), finding.lines().size())) {
      lines.add("    see " + also);
    }
    return lines;
  }

  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> configurations = new ArrayList<>();
    for (ConfigParser.ParsedFile file : files) {
      for (RouterConfig config : file.configs()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", config.name());
        c.put("start", config.start().toString());
        c.put("modelled", config.modelled().size());
        c.put("comments", config.comments().size());
        c.put("notModelled", config.notModelled().stream().map(n -> Map.of("at", n.line().at().toString(),
            "text", n.line().text(), "reason", n.reason())).toList());
        configurations.add(c);
      }
    }
    root.put("configurations", configurations);
    root.put("skipped", files.stream().flatMap(f -> f.skipped().stream()).map(s -> Map.of("at",
        s.line().at().toString(), "reason", s.reason())).toList());
    root.put("findings", findings.stream().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", f.check().id());
      m.put("severity", f.severity().name().toLowerCase());
      m.put("router", f.router());
      m.put("message", f.message());
      m.put("lines", f.lines().stream().map(Location::toString).toList());
      return m;
    }).toList());
    root.put("errors", errors());
    root.put("warnings", warnings());
    return write(root);
  }

  /** SARIF 2.1.0: one rule per design check, one result per finding, its first line the location. */
  public String sarif() {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "havpn");
    driver.put("informationUri", "https://github.com/havpn/havpn");
    driver.put("version", "0.1.0");
    List<Map<String, Object>> rules = new ArrayList<>();
    for (DesignCheck check : DesignCheck.values()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", check.id());
      rule.put("shortDescription", Map.of("text", check.id()));
      rule.put("fullDescription", Map.of("text", check.explanation()));
      rule.put("defaultConfiguration", Map.of("level", level(check.severity())));
      rules.add(rule);
    }
    driver.put("rules", rules);
    List<Map<String, Object>> results = new ArrayList<>();
    for (Finding finding : findings) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", finding.check().id());
      result.put("ruleIndex", finding.check().ordinal());
      result.put("level", level(finding.severity()));
      result.put("message", Map.of("text", finding.message()));
      if (!finding.lines().isEmpty()) {
        result.put("locations", List.of(location(finding.lines().get(0))));
        if (finding.lines().size() > 1) {
          result.put("relatedLocations", finding.lines().subList(1, finding.lines().size()).stream()
              .map(LintReport::location).toList());
        }
      }
      results.add(result);
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return write(root);
  }

  private static Map<String, Object> location(Location at) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, at.line()));
    region.put("startColumn", Math.max(1, at.column()));
    return Map.of("physicalLocation", Map.of("artifactLocation", Map.of("uri", at.file().replace('\\', '/')),
        "region", region));
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report always maps to JSON", e);
    }
  }
}
