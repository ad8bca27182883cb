package io.havpn.proptest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A shrunk failing sequence, self-contained: the lab it ran on, the schedule seed that orders events due together,
 * and the stimuli in the scenario language. Saved as JSON, it replays without the generator (regression tests, {@code
 * havpn fuzz --replay FILE}); {@code reproduce} regenerates it from the seed.
 *
 * @param format {@link #FORMAT}
 * @param variant the lab variant's name ({@code seed}, {@code random}, a design mistake)
 * @param seed the sequence's seed: its lab, its stimuli and its schedule all come from it
 * @param scheduleSeed the seed of the order of events due at the same second
 * @param length the sequence length the generator was asked for
 * @param violated the check that failed
 * @param detail what was seen
 * @param time the second it was seen
 * @param actions the stimuli, one scenario line each ({@code InterfaceDown 7204VXR-1 FastEthernet0/0}, {@code Wait 7})
 * @param shrunkFrom how many stimuli the generated sequence had
 * @param expect what a regression replay must find: {@link #EXPECT_VIOLATED} (the same check fails again: a design
 *     mistake the toolkit must keep catching, or a model bug not fixed yet) or {@link #EXPECT_HOLDS} (a fixed bug)
 * @param reproduce the command line that regenerates it
 * @param lab the lab, in full
 * @param note why it is kept, for a person (null when none)
 */
public record Counterexample(
    String format,
    String variant,
    long seed,
    long scheduleSeed,
    int length,
    String violated,
    String detail,
    int time,
    List<String> actions,
    int shrunkFrom,
    String expect,
    String reproduce,
    Lab lab,
    String note) {

  public static final String FORMAT = "havpn-counterexample/1";
  public static final String EXPECT_VIOLATED = "violated";
  public static final String EXPECT_HOLDS = "holds";

  public Counterexample {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("not a counterexample of format " + FORMAT + ": '" + format + "'");
    }
    if (!EXPECT_VIOLATED.equals(expect) && !EXPECT_HOLDS.equals(expect)) {
      throw new IllegalArgumentException("expect is '" + EXPECT_VIOLATED + "' or '" + EXPECT_HOLDS + "', not '"
          + expect + "'");
    }
    actions = List.copyOf(actions);
  }

  /** This counterexample with a note saying why it is kept. */
  public Counterexample withNote(String newNote) {
    return new Counterexample(format, variant, seed, scheduleSeed, length, violated, detail, time, actions, shrunkFrom,
        expect, reproduce, lab, newNote);
  }

  /** The actions read back against the lab. */
  public List<Stimulus> stimuli() {
    return actions.stream().map(text -> Stimulus.parse(lab, text)).toList();
  }

  /** Plays it again on its lab, with the same schedule seed. */
  public SequenceRun.Outcome replay(SequenceRun.Listener listener) {
    return SequenceRun.replay(new VpnHaModel(lab), stimuli(), scheduleSeed, listener);
  }

  public String toJson() {
    try {
      return Json.MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a counterexample always maps to JSON", e);
    }
  }

  /**
   * @throws IllegalArgumentException when the text is not a counterexample: {@code line L, column C: what}
   */
  public static Counterexample fromJson(String json) {
    try {
      return Json.MAPPER.readValue(json, Counterexample.class);
    } catch (JsonProcessingException e) {
      String what = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage()
          : e.getOriginalMessage();
      String where = e.getLocation() == null ? ""
          : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
      throw new IllegalArgumentException(where + what, e);
    }
  }

  public void save(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toJson() + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a counterexample
   */
  public static Counterexample load(Path file) throws IOException {
    try {
      return fromJson(Files.readString(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
