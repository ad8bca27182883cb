package io.havpn.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.cli.verify.Checks;
import io.havpn.cli.verify.Evidence;
import io.havpn.cli.verify.Judgement;
import io.havpn.cli.verify.StageResult;
import io.havpn.cli.verify.Technique;
import io.havpn.cli.verify.Timeline;
import io.havpn.cli.verify.Verification;
import io.havpn.cli.verify.VerifyRun;

/**
 * results.json: everything the report shows, for programs. Format {@value #FORMAT}: the outcome and exit code, each
 * stage, each check's verdict per technique with its evidence, every counterexample with its timeline, the outages.
 */
public final class JsonResults {

  public static final String FORMAT = "havpn-verify/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonResults() {}

  public static String render(Verification v) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("lab", v.lab().name());
    root.put("mistake", v.mistake().map(m -> m.id()).orElse(null));
    root.put("outcome", v.outcome().name());
    root.put("exitCode", v.outcome().exitCode());
    if (v.failoverBound() == Integer.MAX_VALUE) {
      root.putNull("failoverBound");
    } else {
      root.put("failoverBound", v.failoverBound());
    }
    ObjectNode metadata = root.putObject("metadata");
    v.metadata().forEach(metadata::put);
    ArrayNode stages = root.putArray("stages");
    for (StageResult stage : v.stages()) {
      ObjectNode node = stages.addObject().put("id", stage.stageId()).put("title", stage.title())
          .put("technique", stage.technique().map(Technique::id).orElse(null))
          .put("status", stage.status().name()).put("summary", stage.summary())
          .put("problem", stage.problem().orElse(null))
          .put("seconds", stage.elapsed().toMillis() / 1000.0);
      ObjectNode stageMetadata = node.putObject("metadata");
      stage.metadata().forEach(stageMetadata::put);
    }
    ArrayNode checks = root.putArray("checks");
    Checks.rows().forEach((check, description) -> {
      ObjectNode node = checks.addObject().put("id", check).put("kind", Checks.kind(check))
          .put("description", description);
      ObjectNode verdicts = node.putObject("verdicts");
      for (Technique technique : Technique.values()) {
        Judgement judgement = v.cell(check, technique);
        ObjectNode cell = verdicts.putObject(technique.id()).put("status", judgement.status().name())
            .put("detail", judgement.detail());
        ArrayNode evidence = cell.putArray("evidence");
        for (Evidence e : judgement.evidence()) {
          evidence.add(reference(e));
        }
      }
    });
    ArrayNode counterexamples = root.putArray("counterexamples");
    for (Evidence.CounterexampleTrace trace : v.counterexamples()) {
      ObjectNode node = counterexamples.addObject().put("id", trace.id()).put("title", trace.title())
          .put("crossCheck", trace.crossCheck().isEmpty() ? null : trace.crossCheck());
      trace.steps().forEach(node.putArray("steps")::add);
      node.set("timeline", timeline(trace.timeline()));
    }
    ArrayNode outages = root.putArray("outages");
    for (VerifyRun.MeasuredOutages measured : v.outages()) {
      ObjectNode node = outages.addObject().put("source", measured.source()).put("judged", measured.judged())
          .put("note", measured.note());
      measured.seconds().forEach(node.putArray("seconds")::add);
    }
    return root.toPrettyString();
  }

  private static ObjectNode reference(Evidence evidence) {
    ObjectNode node = JSON.createObjectNode();
    if (evidence instanceof Evidence.CounterexampleTrace trace) {
      node.put("counterexample", trace.id());
    } else if (evidence instanceof Evidence.OutputFile file) {
      node.put("file", file.path()).put("description", file.description());
    } else if (evidence instanceof Evidence.Lines lines) {
      node.put("title", lines.title());
      lines.lines().forEach(node.putArray("lines")::add);
    }
    return node;
  }

  private static ObjectNode timeline(Timeline timeline) {
    ObjectNode node = JSON.createObjectNode();
    timeline.routers().forEach(node.putArray("routers")::add);
    node.put("remote", timeline.remote());
    node.put("loopFrom", timeline.loopFrom());
    ArrayNode points = node.putArray("points");
    for (Timeline.Point point : timeline.points()) {
      ObjectNode p = points.addObject().put("time", point.time()).put("action", point.action());
      ArrayNode routers = p.putArray("routers");
      for (Timeline.RouterLane lane : point.routers()) {
        routers.addObject().put("hsrp", lane.hsrp()).put("hsrpUp", lane.hsrpUp()).put("insideUp", lane.insideUp())
            .put("priority", lane.priority()).put("holdsSas", lane.holdsSas()).put("rriRoute", lane.rriRoute())
            .put("ospfNextHop", lane.ospfNextHop());
      }
      p.putObject("remote").put("saWith", point.remote().saWith()).put("dpdErrors", point.remote().dpdErrors())
          .put("probing", point.remote().probing());
    }
    return node;
  }
}
