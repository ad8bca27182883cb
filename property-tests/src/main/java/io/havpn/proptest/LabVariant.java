package io.havpn.proptest;


import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What the sequences run on: the seed lab, random valid labs, or the seed lab with one design mistake of PRIMER
 * section 5. {@code expected} is the check a mistake must fail (null: every check must hold).
 */
public record LabVariant(String name, String description, Function<SplittableRandom, Lab> labs, String expected) {

  public static final String SEED = "seed";
  public static final String RANDOM = "random";
  public static final String VALID = "valid";

  /** The lab for one sequence: fixed variants ignore the random source. */
  public Lab lab(SplittableRandom random) {
    return labs.apply(random);
  }

  @Override
  public String toString() {
    return name;
  }

  public boolean isDesignMistake() {
    return expected != null;
  }

  /** Every variant, with {@code options} applied to each lab before its mistake (so options cannot undo one). */
  public static List<LabVariant> all(UnaryOperator<Lab> options) {
    Lab seed = options.apply(SeedLab.lab());
    Stream<LabVariant> valid = Stream.of(
        new LabVariant(VALID, "the seed lab or a random valid lab, half each: the default run",
            random -> random.nextBoolean() ? seed : options.apply(RandomLabs.draw(random)), null),
        new LabVariant(SEED, "the source document's lab: 7204VXR-1 and 7204VXR-2", random -> seed, null),
        new LabVariant(RANDOM, "random valid labs: 2-4 routers, random priorities, tracking, timers, standby ip",
            random -> options.apply(RandomLabs.draw(random)), null));
    // a mistake without a property (no Resign on g) shows in the IOS conformance check instead
    Stream<LabVariant> mistakes = Arrays.stream(DesignMistake.values()).map(m -> new LabVariant(m.id(),
        m.description(), random -> m.apply(seed),
        m.property() == null ? Failure.DISPLACED_ACTIVE_RESIGNS : m.property().id()));
    return Stream.concat(valid, mistakes).toList();
  }

  public static List<LabVariant> all() {
    return all(UnaryOperator.identity());
  }

  /** The design-mistake variants only. */
  public static List<LabVariant> designMistakes() {
    return all().stream().filter(LabVariant::isDesignMistake).toList();
  }

  /**
   * The variant called {@code name}.
   *
   * @throws IllegalArgumentException listing the names when there is none
   */
  public static LabVariant named(String name, UnaryOperator<Lab> options) {
    List<LabVariant> all = all(options);
    return all.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown lab '" + name + "' (expected one of "
            + String.join(", ", all.stream().map(LabVariant::name).toList()) + ")"));
  }

  public static LabVariant named(String name) {
    return named(name, UnaryOperator.identity());
  }
}
