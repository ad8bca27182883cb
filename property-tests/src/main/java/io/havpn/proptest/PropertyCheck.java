package io.havpn.proptest;

import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs many generated sequences on a lab variant, checks every property on each, stops at the first failure and
 * shrinks it to a {@link Counterexample}. Statistics are gathered on every run. Sequence i of a run with seed S has
 * seed {@link #sequenceSeed}(S, i); sequence 0 has seed S itself (S >= 0), so {@code --seed <sequence seed> --runs 1} replays
 * any one sequence. Nothing here depends on a property-testing library: another one can drive {@link SequenceRun},
 * {@link Generator} and {@link Shrinker} directly.
 *
 * @param variant what the sequences run on
 * @param sequences how many sequences at most
 * @param length stimuli per sequence
 * @param seed the run's seed
 * @param generator how stimuli are chosen
 * @param commandFlags extra command-line flags that recreate the lab options (for the reproduction line)
 * @param keepGoing run every sequence even after a failure (to measure how often a lab fails, and for statistics);
 *     the first failure is still the one shrunk
 * @param target only failures of this check are shrunk and stop the run (null: any check); sequences that fail
 *     another check are counted and skipped, so one known failure does not hide the one hunted for
 */
public record PropertyCheck(LabVariant variant, int sequences, int length, long seed, Generator generator,
    List<String> commandFlags, boolean keepGoing, String target) {

  public static final int DEFAULT_LENGTH = 50;
  /** Golden-ratio increment: consecutive sequence seeds are far apart for SplittableRandom. */
  private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

  public PropertyCheck {
    if (sequences < 1 || length < 0) {
      throw new IllegalArgumentException("runs must be at least 1 and length at least 0");
    }
    commandFlags = List.copyOf(commandFlags);
  }

  public static PropertyCheck of(LabVariant variant, int sequences, long seed) {
    return new PropertyCheck(variant, sequences, DEFAULT_LENGTH, seed, Generator.weighted(), List.of(), false, null);
  }

  public PropertyCheck withLength(int newLength) {
    return new PropertyCheck(variant, sequences, newLength, seed, generator, commandFlags, keepGoing, target);
  }

  public PropertyCheck withCommandFlags(List<String> flags) {
    return new PropertyCheck(variant, sequences, length, seed, generator, flags, keepGoing, target);
  }

  public PropertyCheck keepingGoing() {
    return new PropertyCheck(variant, sequences, length, seed, generator, commandFlags, true, target);
  }

  public PropertyCheck targeting(String check) {
    return new PropertyCheck(variant, sequences, length, seed, generator, commandFlags, keepGoing, check);
  }

  /** Called after each sequence with how many are done (a progress bar, say). */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = done -> {};

    void sequenceDone(int done);
  }

  /**
   * @param sequencesRun sequences generated, the failing one included
   * @param failures sequences that failed, any check
   * @param counterexample the shrunk first failure (of the target, when there is one), or null
   */
  public record Result(RunStatistics statistics, int sequencesRun, int failures, Counterexample counterexample) {
    public boolean passed() {
      return counterexample == null;
    }
  }

  /** Non-negative, so that reproduction lines read {@code --seed 123}; sequence 0 of a seed S >= 0 has seed S. */
  public static long sequenceSeed(long runSeed, int index) {
    return (runSeed + index * SEED_STEP) & Long.MAX_VALUE;
  }

  public Result run(Progress progress) {
    RunStatistics statistics = new RunStatistics();
    ModelCache models = new ModelCache();
    Counterexample first = null;
    int failures = 0;
    for (int i = 0; i < sequences; i++) {
      long sequenceSeed = sequenceSeed(seed, i);
      Generated generated = generate(sequenceSeed, models, statistics);
      progress.sequenceDone(i + 1);
      if (generated.outcome().failed()) {
        failures++;
        if (target != null && !target.equals(generated.outcome().failure().check())) {
          continue;
        }
        first = first == null ? shrink(generated, sequenceSeed) : first;
        if (!keepGoing) {
          return new Result(statistics, i + 1, failures, first);
        }
      }
    }
    return new Result(statistics, sequences, failures, first);
  }

  public Result run() {
    return run(Progress.NONE);
  }

  /** One generated sequence and how it ended. */
  public record Generated(VpnHaModel model, long scheduleSeed, List<Stimulus> stimuli, SequenceRun.Outcome outcome) {}

  /** Generates and checks the sequence with this seed (what {@code --seed S --runs 1} does). */
  public Generated generate(long sequenceSeed, RunStatistics statistics) {
    return generate(sequenceSeed, new ModelCache(), statistics);
  }

  private Generated generate(long sequenceSeed, ModelCache models, RunStatistics statistics) {
    SplittableRandom root = new SplittableRandom(sequenceSeed);
    Lab lab = variant.lab(root.split());
    long scheduleSeed = root.nextLong();
    SplittableRandom choices = root.split();
    VpnHaModel model = models.of(lab);
    RunStatistics.Recorder recorder = statistics.recorder(lab);
    SequenceRun run = SequenceRun.start(model, scheduleSeed, recorder);
    List<Stimulus> stimuli = new ArrayList<>(length);
    while (stimuli.size() < length && !run.failed()) {
      Stimulus next = generator.next(new Generator.Situation(lab, run.state(), run.enabled(), stimuli), choices);
      if (!run.apply(next)) {
        throw new IllegalStateException("the generator chose " + next.text(lab) + ", which is not enabled");
      }
      stimuli.add(next);
      statistics.stimulusApplied(lab, next);
    }
    SequenceRun.Outcome outcome = run.finish();
    recorder.finish();
    return new Generated(model, scheduleSeed, List.copyOf(stimuli), outcome);
  }

  private Counterexample shrink(Generated generated, long sequenceSeed) {
    Lab lab = generated.model().lab();
    Shrinker.Result shrunk = new Shrinker(generated.model(), generated.scheduleSeed(),
        generated.outcome().failure().check()).shrink(generated.stimuli());
    Failure failure = shrunk.failure();
    return new Counterexample(Counterexample.FORMAT, variant.name(), sequenceSeed, generated.scheduleSeed(), length,
        failure.check(), failure.detail(), failure.time(), shrunk.stimuli().stream().map(s -> s.text(lab)).toList(),
        generated.stimuli().size(), Counterexample.EXPECT_VIOLATED, reproduction(sequenceSeed), lab, null);
  }

  private String reproduction(long sequenceSeed) {
    StringBuilder line = new StringBuilder("havpn fuzz --lab ").append(variant.name())
        .append(" --seed ").append(sequenceSeed).append(" --runs 1");
    if (length != DEFAULT_LENGTH) {
      line.append(" --length ").append(length);
    }
    if (target != null) {
      line.append(" --property ").append(target);
    }
    commandFlags.forEach(flag -> line.append(' ').append(flag));
    return line.toString();
  }

  /** Fixed variants give the same lab every time: build its model once. */
  private static final class ModelCache {
    private Lab lab;
    private VpnHaModel model;

    VpnHaModel of(Lab next) {
      if (next != lab) {
        lab = next;
        model = new VpnHaModel(next);
      }
      return model;
    }
  }
}
