package io.havpn.cli.verify.stages;

import io.havpn.bridge.alloy.DesignCheck;
import io.havpn.bridge.alloy.DesignChecker;
import io.havpn.bridge.alloy.Finding;
import io.havpn.bridge.alloy.Severity;
import io.havpn.cli.lint.LintReport;
import io.havpn.cli.report.Outputs;
import io.havpn.cli.verify.Checks;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.Stage;
import io.havpn.cli.verify.StageProgress;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.VerifyRun;
import io.havpn.config.ConfigFiles;
import io.havpn.model.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code havpn lint} inside verify: the lab's configurations checked against the design rules of
 * {@code specs/alloy/VpnHa.als}. Each rule stands for the property its violation breaks (a remote peering with a real
 * address breaks RemotePeersWithVip); the rules that only keep the configurations coherent with each other (one
 * virtual IP, defined ACLs and maps, sane timers) fill the row {@link Checks#CONFIGURATION_COHERENT}. Warnings are
 * shown but do not violate a property, as {@code havpn lint} exits 0 on warnings.
 */
public final class LintStage implements Stage {

  /** The property each design rule protects; the rules not listed keep the configurations coherent. */
  static final Map<DesignCheck, Property> PROTECTS = Map.ofEntries(
      Map.entry(DesignCheck.REDUNDANCY_MATCHES_GROUP, Property.ROUTE_ONLY_ON_ACTIVE),
      Map.entry(DesignCheck.CRYPTO_MAP_FOLLOWS_GROUP, Property.ROUTE_ONLY_ON_ACTIVE),
      Map.entry(DesignCheck.REMOTE_PEER_IS_VIRTUAL_IP, Property.REMOTE_PEERS_WITH_VIP),
      Map.entry(DesignCheck.TRANSFORM_SETS_MATCH, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.ACLS_MIRRORED, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.KEYS_FOR_PEERS, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.REVERSE_ROUTE_ON_EVERY_ROUTER, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.REMOTE_HAS_KEEPALIVE, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.RRI_ROUTE_REDISTRIBUTED, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.TRACKED_FAILURE_MOVES_ACTIVE, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.TAKEOVER_ROUTER_PREEMPTS, Property.TUNNEL_RESTORED),
      Map.entry(DesignCheck.INSIDE_FAILURE_TRACKED, Property.TUNNEL_RESTORED));

  @Override
  public String id() {
    return "lint";
  }

  @Override
  public String title() {
    return "Alloy design lint of the configuration (specs/alloy/VpnHa.als)";
  }

  @Override
  public Optional<Technique> technique() {
    return Optional.of(Technique.ALLOY);
  }

  /** It reads only the configurations, so TLC and the Java stages need not wait for it. */
  @Override
  public boolean runsAlongside() {
    return true;
  }

  @Override
  public StageResult run(VerifyRun run, StageProgress progress) {
    Instant start = Instant.now();
    progress.total(1);
    List<Finding> findings = DesignChecker.check(ConfigFiles.configs(run.configs()));
    LintReport report = new LintReport(run.configs(), findings);
    try {
      Files.writeString(run.out().resolve(Outputs.SARIF), report.sarif());
    } catch (IOException e) {
      throw new UncheckedIOException(Outputs.SARIF + ": cannot write the lint findings: " + e.getMessage(), e);
    }
    progress.done(1, findings.size() + " finding(s)");

    Map<String, Judgement> judgements = new LinkedHashMap<>();
    for (String check : Checks.ids()) {
      List<DesignCheck> rules = rulesFor(check);
      judgements.put(check, rules.isEmpty() ? Judgement.notChecked("no design rule of VpnHa.als bears on it: it "
          + "depends on how the routers behave, which the other techniques check") : judgement(rules, findings));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("configurations", run.configSource());
    metadata.put("rules", DesignCheck.values().length + " assertions of specs/alloy/VpnHa.als");
    metadata.put("findings", report.errors() + " error(s), " + report.warnings() + " warning(s)");
    List<Evidence> evidence = List.of(new Evidence.OutputFile(Outputs.SARIF, "the findings as SARIF 2.1.0"),
        new Evidence.Lines("configuration lines not modelled, with the reason", notModelled(run)));
    String summary = findings.isEmpty() ? "no finding: the configurations satisfy every design rule"
        : report.errors() + " error(s), " + report.warnings() + " warning(s)";
    return new StageResult(id(), title(), technique(), StageResult.Status.COMPLETED, judgements, summary,
        Optional.empty(), Duration.between(start, Instant.now()), metadata, evidence);
  }

  /** The rules that bear on a row of the matrix. */
  static List<DesignCheck> rulesFor(String check) {
    List<DesignCheck> rules = new ArrayList<>();
    for (DesignCheck rule : DesignCheck.values()) {
      Property protects = PROTECTS.get(rule);
      if (protects == null ? check.equals(Checks.CONFIGURATION_COHERENT) : protects.id().equals(check)) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private static Judgement judgement(List<DesignCheck> rules, List<Finding> findings) {
    List<Finding> relevant = findings.stream().filter(f -> rules.contains(f.check())).toList();
    List<Finding> errors = relevant.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    String ruleIds = String.join(", ", rules.stream().map(DesignCheck::id).toList());
    if (!errors.isEmpty()) {
      return Judgement.violated(errors.size() + " finding(s) of " + String.join(", ",
          errors.stream().map(f -> f.check().id()).distinct().toList()), List.of(findingLines(relevant)));
    }
    if (!relevant.isEmpty()) {
      return new Judgement(Judgement.Status.HOLDS, "no error of " + ruleIds + "; " + relevant.size()
          + " warning(s)", List.of(findingLines(relevant)));
    }
    return Judgement.holds("no finding of " + ruleIds);
  }

  /** Each finding as {@code havpn lint} prints it, with the other lines it names. */
  private static Evidence.Lines findingLines(List<Finding> findings) {
    return new Evidence.Lines("design findings (file:line)",
        findings.stream().flatMap(f -> LintReport.describe(f).stream()).toList());
  }

  private static List<String> notModelled(VerifyRun run) {
    List<String> lines = new ArrayList<>();
    run.configs().forEach(file -> {
      file.configs().forEach(config -> config.notModelled().forEach(n -> lines.add(n.toString())));
      file.skipped().forEach(s -> lines.add(s.toString()));
    });
    return lines;
  }
}
