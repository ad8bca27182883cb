package io.havpn.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader's byte path parses a line's prefix from its bytes ({@link Timestamps#parse(byte[], int, int, int, long[])}): it
 * must give what the string version gives, for every form, odd variants of each and every starting point.
 */
class TimestampsTest {

  @Test
  void theByteParserAgreesWithTheStringParser() {
    List<String> lines = new ArrayList<>(List.of("*Mar  1 00:12:01.123: x", ".Mar  1 00:12:01: x",
        "Mar 12 2024 00:12:01.1234567 UTC: x", "Dec 31 23:59:59.9 CET: x", "000123: *Mar  1 00:12:01.123: x",
        "000123: x", "00:12:01: x", "1d02h: x", "2w3d: x", "12345678901234: x", "*Jun  1 00:00:00.000 ABCDEFG: x",
        "*Jul 1 00:00:00", "*Aug  1 00:00:00.", "Sep  1 0a:00:00: x", "Oct  123 00:00:00: x", "Nov  1 2024x00:00:00: x",
        "*Xyz  1 00:00:00.000: x", "1h2w: x", "00:00:00:", "*Feb", "", "*", "1", "12: "));
    lines.addAll(Logs.resource("simulate-document.log").lines().limit(500).toList());
    Random random = new Random(5);
    String odd = " *.:0123456789MarJunDecUTCwdh";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder(lines.get(random.nextInt(lines.size())));
      for (int e = 1 + random.nextInt(3); e > 0 && b.length() > 0; e--) {
        int at = random.nextInt(Math.min(b.length(), 40));
        switch (random.nextInt(3)) {
          case 0 -> b.insert(at, odd.charAt(random.nextInt(odd.length())));
          case 1 -> b.deleteCharAt(at);
          default -> b.setCharAt(at, odd.charAt(random.nextInt(odd.length())));
        }
      }
      lines.add(b.toString());
    }
    int compared = 0;
    for (String line : lines) {
      byte[] bytes = ("@@" + line + "##").getBytes(StandardCharsets.US_ASCII); // bytes around the line
      for (int from = 0; from <= Math.min(line.length(), 20); from++) {
        long[] millis = new long[1];
        int end = Timestamps.parse(bytes, 2, line.length(), from, millis);
        assertThat(end < 0 ? null : new Timestamps.Prefix(end, millis[0])).as("'%s' from %d", line, from)
            .isEqualTo(Timestamps.parse(line, from));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100_000);
  }
}
