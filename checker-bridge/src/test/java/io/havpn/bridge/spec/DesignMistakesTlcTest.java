package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.bridge.itf.ItfReader;
import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.ItfWriter;
import io.havpn.bridge.itf.TlcToItf;
import io.havpn.bridge.tlc.Counterexample;
import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.bridge.tlc.Verdict;
import io.havpn.model.Property;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each design mistake, as a variant of the document's lab with one fault allowed, makes TLC report its property
 * violated with a counterexample trace that converts to ITF. The safety ones take seconds; the eventual ones need the
 * liveness check over the whole state space (about a minute each) and run with -Plong.
 */
public class DesignMistakesTlcTest {

  /** Also the sources of the replay tests. */
  public static Stream<DesignMistake> safetyMistakes() {
    return DesignMistake.revealedBySafety(true).stream();
  }

  public static Stream<DesignMistake> eventualMistakes() {
    return DesignMistake.revealedBySafety(false).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("safetyMistakes")
  void tlcFindsTheBrokenInvariantWithATrace(DesignMistake mistake) {
    assertViolated(mistake, LabModule.SAFETY, Verdict.INVARIANT_VIOLATED);
  }

  @Tag("long")
  @ParameterizedTest(name = "{0}")
  @MethodSource("eventualMistakes")
  void tlcFindsTheEventualPropertyThatNeverHoldsWithALasso(DesignMistake mistake) {
    assertViolated(mistake, LabModule.CHECKED, Verdict.TEMPORAL_PROPERTY_VIOLATED);
  }

  private static void assertViolated(DesignMistake mistake, List<Property> checks, Verdict expected) {
    Lab lab = LabModule.bounded(mistake.apply(SeedLab.lab()), 1, 0);
    TlcResult result = new TlcRunner().run(LabCheck.spec(lab, checks),
        TlcOptions.defaults().withWorkers(2).withTimeout(Duration.ofMinutes(5)));

    assertThat(result.verdict()).as(result.summary()).isEqualTo(expected);
    if (expected == Verdict.INVARIANT_VIOLATED) {
      assertThat(result.output().violatedProperty()).contains(LabModule.TLA_NAMES.get(mistake.property()));
    }
    Counterexample trace = result.counterexample().orElseThrow();
    assertThat(trace.states()).isNotEmpty();
    ItfTrace itf = TlcToItf.convert(trace, mistake.id());
    assertThat(ItfReader.read(new ItfWriter().write(itf))).isEqualTo(itf);
    assertThat(itf.states().get(0).values()).containsKeys(StateCodec.VARIABLES.toArray(String[]::new));
  }
}
