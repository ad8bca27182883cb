package io.havpn.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.SeedLab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte path of {@link LogReader} (plain ASCII lines made into strings straight from the bytes, other lines
 * decoded) against the decoding path (an {@code InputStreamReader} replacing malformed UTF-8, then the character
 * path): the same messages, classifications, line numbers and breaks, whatever the bytes and wherever the buffers end.
 */
class LogReaderBytesTest {

  private static final LogReader READER = new LogReader(new IosLogParser(SeedLab.lab()));
  private static final ParsedLine BREAK = null;

  /** Pieces of input, ASCII and not, well-formed and not. */
  private static final byte[][] PIECES = {
      ascii("[7204VXR-1] *Mar  1 00:01:05.000: HSRP: Fa0/0 Grp 1 Standby -> Active"),
      ascii("*Mar  1 00:01:05.000: %HSRP-5-STATECHANGE: FastEthernet0/0 Grp 1 state Standby -> Active"),
      ascii("[vpn7200] *Mar  1 00:01:07.000: ISAKMP (0:1): sending packet to 10.1.1.1 (I) QM_IDLE"),
      ascii("*Mar  1 00:00:52.123: HSRP: Fa0/0 Grp 1 Hello  in  10.1.1.2 Active  pri 100 vIP 10.1.1.3 "
          + "*Mar  1 00:00:53.001: %LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to down"),
      ascii("  continued on an indented line"),
      ascii("IPSEC(rte_mgr): VPN Route Added 10.3.3.0 255.255.255.0 via 10.1.1.3 in IP DEFAULT TABLE"),
      ascii("7204VXR-1#show standby"),
      ascii("FastEthernet0/0 - Group 1"),
      ascii("```"),
      ascii("# a heading"),
      ascii("\t tab and spaces \t"),
      utf8("*Mar  1 00:01:05.000: HSRP: Fa0/0 Grp 1 Standby -> Active (bascule é)"),
      utf8("[7204VXR-2] état : Actif € — 😀"),
      utf8("\uFEFFHSRP: Fa0/0 Grp 1 Init -> Listen"),
      {(byte) 0x80},                               // a lone continuation byte
      {(byte) 0xC3},                               // a two-byte character cut short
      {(byte) 0xE2, (byte) 0x82},                  // a three-byte character cut short
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},     // a four-byte character cut short
      {(byte) 0xC0, (byte) 0xAF},                  // overlong
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},     // an encoded surrogate
      {(byte) 0xE0, (byte) 0x80},                  // overlong three-byte start
      {(byte) 0xFF, (byte) 0xFE},
      {0, 1, 2, 0x1B, 0x7F},                       // control bytes
      {'\r'}, {'\n'}, {'\r', '\n'}, {'\n', '\r'},
  };

  @Test
  void bytesAndDecodedTextGiveTheSameMessagesForMixedInput() throws IOException {
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pieces = 20 + random.nextInt(200);
      for (int p = 0; p < pieces; p++) {
        out.write(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) > 0) {
          out.write(random.nextInt(5) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
      }
      byte[] input = out.toByteArray();
      for (int buffer : new int[] {1, 3, 7, 64, LogReader.BUFFER}) {
        assertThat(bytePath(input, buffer)).as("seed %d, buffer %d", seed, buffer)
            .isEqualTo(decodingPath(input, 1 + random.nextInt(100)));
      }
    }
  }

  @Test
  void randomBytesGiveTheSameMessagesOnBothPaths() throws IOException {
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      byte[] input = new byte[random.nextInt(3000)];
      random.nextBytes(input);
      for (int i = 0; i < input.length; i++) { // mostly text, so that lines and messages form
        if (random.nextInt(4) > 0) {
          input[i] = (byte) (random.nextInt(10) == 0 ? '\n' : 0x20 + random.nextInt(0x5F));
        }
      }
      for (int buffer : new int[] {1, 5, 64, LogReader.BUFFER}) {
        assertThat(bytePath(input, buffer)).as("seed %d, buffer %d", seed, buffer)
            .isEqualTo(decodingPath(input, LogReader.BUFFER));
      }
    }
  }

  @Test
  void aLineLongerThanTheLimitIsCutAtTheSameCharacterOnBothPaths() throws IOException {
    // two bytes per character: the byte path must cut by characters, not bytes
    String longLine = "HSRP: Fa0/0 Grp 1 " + "é".repeat(LogReader.MAX_LINE) + "\nHSRP: Fa0/0 Grp 1 Init -> Listen\n";
    byte[] input = longLine.getBytes(StandardCharsets.UTF_8);
    List<ParsedLine> lines = bytePath(input, LogReader.BUFFER);
    assertThat(lines).isEqualTo(decodingPath(input, LogReader.BUFFER));
    assertThat(lines.get(0).line().text()).hasSize(LogReader.MAX_LINE);
    assertThat(lines.get(1).line().text()).isEqualTo("(18 more characters)");
    assertThat(lines.get(lines.size() - 1).line().line()).isEqualTo(2);
    byte[] plain = ("x".repeat(LogReader.MAX_LINE + 5) + "\nHSRP: Fa0/0 Grp 1 Init -> Listen")
        .getBytes(StandardCharsets.US_ASCII);
    assertThat(bytePath(plain, LogReader.BUFFER)).isEqualTo(decodingPath(plain, LogReader.BUFFER));
  }

  @Test
  void theBytePathKeepsLineNumbersAndTerminators() throws IOException {
    byte[] input = "HSRP: Fa0/0 Grp 1 Init -> Listen\r\n\r\n\rHSRP: Fa0/0 Grp 1 Listen -> Speak\n\u00c9tat\n"
        .getBytes(StandardCharsets.UTF_8);
    List<ParsedLine> lines = bytePath(input, 4);
    assertThat(lines).extracting(l -> l == null ? -1 : l.line().line()).containsExactly(1, 4, 5, -1);
    assertThat(lines.get(1).line().text()).isEqualTo("HSRP: Fa0/0 Grp 1 Listen -> Speak");
    assertThat(lines.get(2).line().text()).isEqualTo("État");
  }

  /**
   * The byte path reads a {@code [device]} line with a timestamp and one message from its bytes (the splitter's
   * fast way): the simulation's lines, the same with their prefixes and bodies edited (spaces, a bracket, a digit,
   * a second message, a prompt, a '#', an uptime or sequence number), and hand-picked edge cases give the messages
   * the character path gives, with and without a file device.
   */
  @Test
  void devicePrefixedLinesGiveTheSameMessagesOnBothPaths() throws IOException {
    List<String> lines = new ArrayList<>(Logs.resource("simulate-document.log").lines().limit(2000).toList());
    lines.addAll(List.of("[7204VXR-1] *Mar  1 00:00:01.000:   HSRP: Fa0/0 Grp 1 Init -> Listen   ", "[] x", "[x]y",
        "[7204VXR-1]  *Mar  1 00:00:01.000: HSRP: Fa0/0 Grp 1 Init -> Listen", "[a] 00:01:02: %LINK-3-UPDOWN: x",
        "[a] 000123: *Mar  1 00:00:01.000: ISAKMP (0:1): peer not responding!", "[a] 1d02h: %SYS-5-CONFIG_I: x",
        "[a] *Mar  1 00:00:01.000: HSRP: Fa0/0 Grp 1 Init -> Listen *Mar  1 00:00:02.000: RT: add 1.2.3.0/24 via 1.1.1.1",
        "[7204VXR-1] *Mar  1 00:00:01.000: 7204VXR-1#show standby", "[a] *Mar  1 00:00:01.000: a#b c",
        "[" + "d".repeat(70) + "] *Mar  1 00:00:01.000: x", "[a] *Mar  1 2024 00:00:01.123456 UTC: x", "[a] ",
        "[a] *Mar  1 00:00:01.000:", "[a] *Mar  1 00:00:01.000: ", "[a]] *Mar  1 00:00:01: x", "[a] *Mar  1 0:00:01: x"));
    Random random = new Random(41);
    String odd = " []#:*.%0123456789SBsxMar!---";
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder(lines.get(random.nextInt(lines.size())));
      for (int e = 1 + random.nextInt(3); e > 0 && b.length() > 0; e--) {
        int at = random.nextInt(Math.min(b.length(), random.nextBoolean() ? 40 : b.length()));
        switch (random.nextInt(3)) {
          case 0 -> b.insert(at, odd.charAt(random.nextInt(odd.length())));
          case 1 -> b.deleteCharAt(at);
          default -> b.setCharAt(at, odd.charAt(random.nextInt(odd.length())));
        }
      }
      lines.add(b.toString());
    }
    byte[] input = ascii(String.join("\n", lines) + "\n");
    for (String device : new String[] {null, "7204VXR-1"}) {
      for (int buffer : new int[] {97, LogReader.BUFFER}) {
        assertThat(bytePath(input, buffer, device)).as("device %s, buffer %d", device, buffer)
            .isEqualTo(decodingPath(input, LogReader.BUFFER, device));
      }
    }
  }

  private static List<ParsedLine> bytePath(byte[] input, int buffer) throws IOException {
    return bytePath(input, buffer, "7204VXR-1");
  }

  private static List<ParsedLine> decodingPath(byte[] input, int buffer) throws IOException {
    return decodingPath(input, buffer, "7204VXR-1");
  }

  private static List<ParsedLine> bytePath(byte[] input, int buffer, String device) throws IOException {
    List<ParsedLine> lines = new ArrayList<>();
    LogReader.Pump pump = READER.open(new ByteArrayInputStream(input), "in.log", device, sink(lines), buffer);
    while (pump.pump()) {
      // read to the end
    }
    return lines;
  }

  private static List<ParsedLine> decodingPath(byte[] input, int buffer, String device) throws IOException {
    List<ParsedLine> lines = new ArrayList<>();
    InputStreamReader text = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    LogReader.Pump pump = READER.open(text, "in.log", device, sink(lines), buffer);
    while (pump.pump()) {
      // read to the end
    }
    return lines;
  }

  private static LogReader.Sink sink(List<ParsedLine> lines) {
    return new LogReader.Sink() {
      @Override
      public void accept(ParsedLine line) {
        lines.add(line);
      }

      @Override
      public void logBreak() {
        lines.add(BREAK);
      }
    };
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
