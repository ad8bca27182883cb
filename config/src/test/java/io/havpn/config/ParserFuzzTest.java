package io.havpn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of the source document's configurations (characters and words dropped, swapped or
 * inserted, lines duplicated or cut, the text truncated anywhere): reading them, and building a lab from them, either
 * succeeds or throws a {@link ConfigException} whose every problem names its file and a line of the text. Nothing
 * else may escape. The seed of a failing case is in the message.
 */
class ParserFuzzTest {

  private static final int CASES = Integer.getInteger("havpn.config.fuzzCases", 1500);
  private static final long SEED = Long.getLong("havpn.config.fuzzSeed", 20040908L);
  private static final String[] WORDS = {"standby", "ip", "address", "crypto", "map", "redundancy", "interface",
      "!", "!---", "end", "255.255.255.0", "0.0.0.255", "10.1.1.1", "-1", "99999999999", "access-list", "permit",
      "host", "any", "router", "ospf", "network", "area", "track", "priority", "preempt", "delay", "minimum", "timers",
      "msec", "set", "peer", "match", "reverse-route", "keepalive", "key", "hostname", "#show", "run", "\t", "é",
      "\u00a0", "\"", "%"};

  @Test
  void mutatedConfigurationsGiveConfigErrorsNeverACrash() {
    List<String> originals = new ArrayList<>();
    SeedConfigs.NAMES.forEach(n -> originals.add(SeedConfigs.text(n)));
    originals.add(SeedConfigs.documentForm());
    SplittableRandom seeds = new SplittableRandom(SEED);
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      long caseSeed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(caseSeed);
      String original = originals.get(random.nextInt(originals.size()));
      String mutated = mutate(original, random);
      int lines = (int) mutated.lines().count() + 1;
      try {
        ConfigParser.ParsedFile file = ConfigParser.parse("fuzz.cfg", mutated);
        parsed++;
        try {
          LabImport.build("fuzz", file.configs());
        } catch (ConfigException e) {
          assertProblemsLocated(e, caseSeed, lines);
        }
      } catch (ConfigException e) {
        rejected++;
        assertProblemsLocated(e, caseSeed, lines);
      } catch (RuntimeException e) {
        fail("case seed " + caseSeed + ": " + e + " on:\n" + mutated, e);
      }
    }
    // both outcomes must be exercised, or the mutations are too weak or too strong to test anything
    assertThat(parsed).as("mutations still parsed").isGreaterThan(CASES / 20);
    assertThat(rejected).as("mutations rejected").isGreaterThan(CASES / 20);
  }

  @Test
  void everyPrefixOfAConfigurationIsReadOrRejectedWithALine() {
    String text = SeedConfigs.text("7204VXR-2");
    for (int cut = 0; cut < text.length(); cut += 7) {
      String truncated = text.substring(0, cut);
      try {
        ConfigParser.parse("cut.cfg", truncated);
        fail("a show run cut at " + cut + " of " + text.length() + " characters was accepted");
      } catch (ConfigException e) {
        assertProblemsLocated(e, cut, (int) truncated.lines().count() + 1);
      } catch (RuntimeException e) {
        fail("cut at " + cut + ": " + e, e);
      }
    }
  }

  private static void assertProblemsLocated(ConfigException e, long seed, int lines) {
    for (ConfigException.Problem problem : e.problems()) {
      assertThat(problem.at().file()).as("seed %d: %s", seed, problem).isIn("fuzz.cfg", "cut.cfg", "(no file)");
      assertThat(problem.at().line()).as("seed %d: %s", seed, problem).isBetween(0, lines);
      assertThat(problem.message()).as("seed %d", seed).isNotBlank();
    }
  }

  static String mutate(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text);
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && out.length() > 0; m++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(7)) {
        case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(20)));
        case 1 -> out.insert(at, " " + WORDS[random.nextInt(WORDS.length)] + " ");
        case 2 -> out.insert(at, (char) random.nextInt(0x20, 0x7f));
        case 3 -> out.setLength(at); // truncated
        case 4 -> { // a line duplicated somewhere else
          int start = out.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          int end = out.indexOf("\n", start);
          String line = out.substring(start, end < 0 ? out.length() : end);
          out.insert(random.nextInt(out.length()), "\n" + line + "\n");
        }
        case 5 -> out.insert(at, "\n"); // a line broken in two
        default -> { // a digit changed
          if (Character.isDigit(out.charAt(at))) {
            out.setCharAt(at, (char) ('0' + random.nextInt(10)));
          } else {
            out.insert(at, random.nextInt(1000));
          }
        }
      }
    }
    return out.toString();
  }
}
