package io.havpn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.cli.ios.IosLog;
import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import io.havpn.traces.Classification;
import io.havpn.traces.IosLogParser;
import io.havpn.traces.LogReader;
import io.havpn.traces.ParsedLine;
import io.havpn.traces.Timestamps;
import io.havpn.traces.replay.Loggable;
import io.havpn.traces.replay.ObservationMatch;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parser is the renderer's inverse: every line IosLog renders for an observation of a long seeded random walk
 * parses back (in the simulate output format) to an observation that matches the original, and the replay's rule of
 * which observations are logged is the renderer's.
 */
class IosLogRoundTripTest {

  private static final long SEED = 6;

  @Test
  void everyRenderedLineParsesBackToTheObservationItCameFrom() throws IOException {
    Lab lab = SeedLab.lab();
    VpnHaModel model = new VpnHaModel(lab);
    IosLog ios = new IosLog(lab);
    Random random = new Random(SEED);
    SystemState s = model.initial();
    Set<Class<?>> seen = new HashSet<>();
    int lines = 0;
    for (int i = 0; i < 20_000; i++) {
      Step step = model.step(s, pick(model.enabled(s), random));
      for (Observation o : step.observations()) {
        List<String> rendered = ios.lines(o);
        assertThat(rendered.isEmpty()).as("%s is logged", o).isEqualTo(new Loggable(lab).printers(o).isEmpty());
        for (String text : rendered) {
          Observation parsed = parse("[" + o.device() + "] " + IosLog.timestamp(i) + " " + text);
          assertThat(ObservationMatch.matches(parsed, o)).as("%s%n parsed %s%n from %s", text, parsed, o).isTrue();
          seen.add(o.getClass());
          lines++;
        }
      }
      s = step.next();
    }
    assertThat(lines).isGreaterThan(1_000);
    assertThat(seen).contains(Observation.HsrpStateChanged.class, Observation.HsrpEventHandled.class,
        Observation.RouteAdded.class, Observation.RouteRemoved.class, Observation.InterfaceStateChanged.class,
        Observation.KeepaliveSent.class, Observation.KeepaliveMissed.class, Observation.IkeSaDeleted.class,
        Observation.TunnelStatusChanged.class, Observation.ActiveRouterChanged.class);
  }

  @Test
  void theReplaysPrintedRuleIsTheRenderersRule() {
    Lab lab = SeedLab.lab();
    VpnHaModel model = new VpnHaModel(lab);
    Random random = new Random(SEED);
    SystemState s = model.initial();
    for (int i = 0; i < 5_000; i++) {
      List<Action> enabled = model.enabled(s);
      Step step = model.step(s, enabled.get(random.nextInt(enabled.size())));
      for (Observation o : step.observations()) {
        if (o instanceof Observation.HsrpEventHandled e) {
          assertThat(Loggable.printed(e)).isEqualTo(IosLog.printed(e));
        }
      }
      s = step.next();
    }
  }

  /** Mostly the system's own steps, so that HSRP converges and SAs come up; a fault or loss now and then. */
  private static Action pick(List<Action> enabled, Random random) {
    while (true) {
      Action a = enabled.get(random.nextInt(enabled.size()));
      double chance = switch (a.kind()) {
        case FAULT, LOSS -> 0.01;
        case REPAIR -> 0.05;
        case TRAFFIC -> 0.3;
        default -> 1.0;
      };
      if (random.nextDouble() < chance) {
        return a;
      }
    }
  }

  private static Observation parse(String line) throws IOException {
    List<ParsedLine> parsed = new ArrayList<>();
    new LogReader(new IosLogParser(SeedLab.lab())).read(new StringReader(line), "rendered", null,
        new LogReader.Sink() {
          @Override
          public void accept(ParsedLine l) {
            parsed.add(l);
          }

          @Override
          public void logBreak() {}
        });
    assertThat(parsed).as(line).hasSize(1);
    assertThat(parsed.get(0).classification()).as(line).isInstanceOf(Classification.Observed.class);
    return ((Classification.Observed) parsed.get(0).classification()).observation();
  }

  @Test
  void timestampsRollIntoTheNextDaysAndParseBackToTheSameSecond() {
    assertThat(IosLog.timestamp(0)).isEqualTo("*Mar  1 00:00:00.000:");
    assertThat(IosLog.timestamp(86_400 + 3_661)).isEqualTo("*Mar  2 01:01:01.000:");
    assertThat(IosLog.timestamp(31 * 86_400)).isEqualTo("*Apr  1 00:00:00.000:");
    long origin = Timestamps.parse(IosLog.timestamp(0).substring(1), 0).millis();
    for (int t : new int[] {59, 86_399, 86_400, 450_000, 31 * 86_400 + 7}) {
      assertThat(Timestamps.parse(IosLog.timestamp(t).substring(1), 0).millis() - origin).as("second " + t)
          .isEqualTo(t * 1000L);
    }
  }
}
