package io.havpn.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test of the parser: the document's lines cut, spliced, with bytes flipped, inserted and deleted. The
 * parser must classify every message and never throw.
 */
class ParserFuzzTest {

  private static final long SEED = 6;
  private static final int CASES = 3_000;

  @Test
  void mutatedLogsAreAlwaysClassifiedNeverThrown() {
    List<String> corpus = new ArrayList<>();
    for (Logs.Input in : Logs.document("en")) {
      corpus.add(in.text());
    }
    for (Logs.Input in : Logs.document("fr")) {
      corpus.add(in.text());
    }
    corpus.add(Logs.resource("simulate-document.log"));
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      String text = mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
      List<ParsedLine> lines = Logs.parse(random.nextBoolean() ? "7204VXR-1" : null, text);
      for (ParsedLine line : lines) {
        assertThat(line.classification()).as("case %d (seed %d)", i, SEED).isNotNull();
        assertThat(line.line().text()).isNotNull();
      }
    }
  }

  private static String mutate(String text, List<String> corpus, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && b.length() > 0; e++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(6)) {
        case 0 -> b.setCharAt(at, (char) random.nextInt(0x3000));
        case 1 -> b.deleteCharAt(at);
        case 2 -> b.insert(at, "\n");
        case 3 -> b.insert(at, corpus.get(random.nextInt(corpus.size()))
            .substring(0, Math.min(200, corpus.get(0).length())));
        case 4 -> b.setLength(at);
        default -> b.insert(at, " HSRP: Fa0/0 Grp 1 ".repeat(1 + random.nextInt(3)));
      }
    }
    return b.toString();
  }
}
