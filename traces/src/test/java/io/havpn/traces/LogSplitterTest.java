package io.havpn.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogSplitterTest {

  @Test
  void theEnglishRenderingsRunTogetherLineIsSplitIntoItsMessages() {
    List<ParsedLine> lines = Logs.parse("7204VXR-1", Logs.resource("document/en/recovery-7204VXR-1.log"));
    assertThat(lines).hasSize(31); // the 31 messages of examples/seed-lab/logs/recovery-7204VXR-1.log
    assertThat(lines.get(3).line().text()).isEqualTo("%LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to up");
    assertThat(lines.get(30).line().part()).isEqualTo(30);
  }

  @Test
  void wrappedLinesOfTheFrenchRenderingAreJoined() {
    List<ParsedLine> lines = Logs.parse("vpn7200", Logs.resource("document/fr/failover-vpn7200.log"));
    assertThat(lines).extracting(l -> l.line().text())
        .contains("ISAKMP (0:1): deleting node 1585108592 error FALSE reason \"informational (in) state 1\"")
        .contains("IPSEC(delete_sa): deleting SA, (sa) sa_dest= 172.16.172.69, sa_prot= 50, "
            + "sa_spi= 0x44E0B22B(1155576363), sa_trans= esp-des esp-md5-hmac , sa_conn_id= 2029");
  }

  @Test
  void bothRenderingsGiveTheSameMessagesAsTheExampleFiles() {
    for (String name : List.of("failover-7204VXR-1", "failover-vpn7200", "recovery-7204VXR-2")) {
      List<String> en = texts(withoutFences(Logs.parse("x", Logs.resource("document/en/" + name + ".log"))));
      List<String> fr = texts(withoutFences(Logs.parse("x", Logs.resource("document/fr/" + name + ".log"))));
      assertThat(fr).as(name).isEqualTo(en);
    }
  }

  @Test
  void crlfAndCrLineEndsAreLineEnds() {
    List<ParsedLine> lines = Logs.parse("7204VXR-1",
        "HSRP: Fa0/0 Grp 1 Init -> Listen\r\nHSRP: Fa0/0 Grp 1 Listen -> Speak\rHSRP: Fa0/0 Grp 1 Speak -> Standby\r\n");
    assertThat(texts(lines)).containsExactly("HSRP: Fa0/0 Grp 1 Init -> Listen", "HSRP: Fa0/0 Grp 1 Listen -> Speak",
        "HSRP: Fa0/0 Grp 1 Speak -> Standby");
  }

  @Test
  void runTogetherTimestampedMessagesKeepTheirOwnTimes() {
    List<ParsedLine> lines = Logs.parse("7204VXR-1", "*Mar  1 00:00:01.000: HSRP: Fa0/0 Grp 1 Init -> Listen "
        + "*Mar  1 00:00:11.000: HSRP: Fa0/0 Grp 1 Listen -> Speak");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).line().millis() - lines.get(0).line().millis()).isEqualTo(10_000);
  }

  @Test
  void aDevicePrefixNamesTheDevice() {
    ParsedLine line = Logs.parse(null, "[7204VXR-2] *Mar  1 00:01:07.000: HSRP: Fa0/0 Grp 1 Standby -> Active")
        .get(0);
    assertThat(line.line().device()).isEqualTo("7204VXR-2");
    assertThat(line.classification()).isInstanceOf(Classification.Observed.class);
  }

  private static List<ParsedLine> withoutFences(List<ParsedLine> lines) {
    return lines.stream().filter(l -> !l.line().text().startsWith("```")).toList();
  }

  private static List<String> texts(List<ParsedLine> lines) {
    return lines.stream().map(l -> l.line().text()).toList();
  }

  /**
   * The one-pass token test gives the answer of its definition (each token searched for in turn, then a clock) on
   * every line of the logs and on mutated copies, from every starting point.
   */
  @Test
  void theOnePassTokenTestAgreesWithSearchingEachToken() {
    List<String> lines = new java.util.ArrayList<>();
    for (String rendering : List.of("en", "fr")) {
      for (Logs.Input in : Logs.document(rendering)) {
        lines.addAll(in.text().lines().toList());
      }
    }
    lines.addAll(Logs.resource("simulate-document.log").lines().limit(3000).toList());
    java.util.Random random = new java.util.Random(17);
    String odd = "%#sSBHSRP: ISAKMPIPSEC(!---RT: 0123456789:\u0663 ";
    int compared = 0;
    for (String line : List.copyOf(lines)) {
      StringBuilder mutated = new StringBuilder(line);
      for (int k = 0; k < 3 && mutated.length() > 0; k++) {
        mutated.insert(random.nextInt(mutated.length()), odd.substring(random.nextInt(odd.length())));
      }
      lines.add(mutated.toString());
    }
    for (String line : lines) {
      for (int from = 0; from <= line.length() + 1; from += 1 + line.length() / 300) {
        assertThat(LogSplitter.mayHoldAnotherMessage(line, from)).as("%s from %d", line, from)
            .isEqualTo(searchingEachToken(line, from));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50_000);
  }

  /**
   * The reader's byte path scans a line's bytes eight at a time: it must give what the string scan gives (a second
   * message, or none and whether a {@code #} is there), wherever the line lies in the buffer and whatever bytes
   * surround it, from every starting point.
   */
  @Test
  void theByteScanAgreesWithTheStringScan() {
    List<String> lines = new java.util.ArrayList<>();
    for (String rendering : List.of("en", "fr")) {
      for (Logs.Input in : Logs.document(rendering)) {
        lines.addAll(in.text().lines().toList());
      }
    }
    lines.addAll(Logs.resource("simulate-document.log").lines().limit(3000).toList());
    java.util.Random random = new java.util.Random(23);
    String odd = "%#sSBHSRP: ISAKMPIPSEC(!---RT: 0123456789:!-#s\"$&'"; // and the bytes marked with ! # % (
    for (String line : List.copyOf(lines)) {
      StringBuilder mutated = new StringBuilder(line);
      for (int k = 0; k < 3 && mutated.length() > 0; k++) {
        mutated.insert(random.nextInt(mutated.length()), odd.substring(random.nextInt(odd.length())));
      }
      lines.add(mutated.toString());
      lines.add(odd.substring(random.nextInt(odd.length()))); // short lines: the scan's tail, byte by byte
    }
    int compared = 0;
    for (String line : lines) {
      StringBuilder ascii = new StringBuilder(line.length()); // the reader's byte path holds printable ASCII only
      line.chars().forEach(c -> ascii.append(c >= 0x20 && c <= 0x7E ? (char) c : ' '));
      String raw = ascii.toString();
      int offset = random.nextInt(9);
      byte[] buffer = new byte[offset + raw.length() + random.nextInt(9)];
      for (int b = 0; b < buffer.length; b++) {
        buffer[b] = (byte) odd.charAt(random.nextInt(odd.length())); // marks all around the line
      }
      System.arraycopy(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, buffer, offset, raw.length());
      for (int from = 0; from <= raw.length() + 1; from += 1 + raw.length() / 200) {
        assertThat(LogSplitter.scan(buffer, offset, raw.length(), from)).as("%s from %d", raw, from)
            .isEqualTo(LogSplitter.scan(raw, from));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50_000);
  }

  private static boolean searchingEachToken(String raw, int from) {
    if (from >= raw.length()) {
      return false;
    }
    for (String token : LogSplitter.TOKENS) {
      if (raw.indexOf(token, from) >= 0) {
        return true;
      }
    }
    for (int i = raw.indexOf(':', from); i >= 0 && i + 3 < raw.length(); i = raw.indexOf(':', i + 1)) {
      if (i >= 2 && Character.isDigit(raw.charAt(i - 1)) && Character.isDigit(raw.charAt(i + 1))
          && Character.isDigit(raw.charAt(i + 2)) && raw.charAt(i + 3) == ':') {
        return true;
      }
    }
    return false;
  }
}
