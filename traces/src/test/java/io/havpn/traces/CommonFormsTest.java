package io.havpn.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.SeedLab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's fast path ({@link CommonForms}) must classify every message exactly as the general path (the regular
 * expressions) does. Both are run on every message of the document's logs, of a simulated log, of mutated copies of
 * them, and of generated variants of each common form with odd fields (long numbers, octets above 255 or of four
 * digits, unknown states, missing spaces, other devices, a quoted reason that holds the text that follows it).
 */
class CommonFormsTest {

  private static final long SEED = 61;
  private final IosLogParser parser = new IosLogParser(SeedLab.lab());

  @Test
  void theFastPathTakesTheCommonFormsOfASimulatedLog() {
    int fast = 0;
    int total = 0;
    for (String text : Logs.resource("simulate-document.log").split("\n")) {
      LogLine line = logLine("7204VXR-1", body(text));
      total++;
      if (new CommonForms(parser).classify(line, false) != null) {
        fast++;
      }
    }
    // the point of the fast path: almost every line of a log takes it
    assertThat(fast).as("%d of %d lines on the fast path", fast, total).isGreaterThan(total * 8 / 10);
  }

  /** Each form of a simulated log's failover takes the fast path (not only agrees by handing over to the other). */
  @Test
  void eachCommonFormOfAFailoverTakesTheFastPath() {
    for (String text : List.of("HSRP: Fa0/0 Interface down", "HSRP: Fa0/0 Interface up",
        "HSRP: Fa0/0 Interface min delay expired", "HSRP: Fa0/0 Starting minimum interface delay (1 secs)",
        "ISAKMP (0:1): deleting SA reason \"P1 errcounter exceeded (PEERS_ALIVE_TIMER)\" state (I) QM_IDLE "
            + "(peer 172.16.172.53) input queue 0",
        "HSRP: Fa0/0 Grp 1 Standby -> Active", "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP.  Peer 10.1.1.1:500 "
            + "Id: 10.1.1.1", "ISAKMP (0:1): sending packet to 10.1.1.1 (I) QM_IDLE")) {
      LogLine line = logLine("7204VXR-1", text);
      Classification fast = new CommonForms(parser).classify(line, false);
      assertThat(fast).as(text).isNotNull().isEqualTo(parser.classifyGeneral(line));
      assertThat(fast).as(text).isInstanceOf(Classification.Observed.class);
    }
  }

  @Test
  void fastAndGeneralPathsAgreeOnTheDocumentAndSimulatedLogs() {
    List<String> texts = new ArrayList<>();
    for (String rendering : List.of("en", "fr")) {
      for (Logs.Input in : Logs.document(rendering)) {
        texts.add(in.text());
      }
    }
    texts.add(Logs.resource("simulate-document.log"));
    int compared = 0;
    for (String text : texts) {
      for (String device : new String[] {"7204VXR-1", "vpn7200", "7206-1", "paal", null}) {
        for (ParsedLine parsed : Logs.parse(device, text)) {
          compared += compare(parsed.line());
        }
      }
    }
    assertThat(compared).isGreaterThan(1_000);
  }

  @Test
  void fastAndGeneralPathsAgreeOnMutatedLogs() {
    String corpus = Logs.resource("simulate-document.log") + "\n" + String.join("\n",
        Logs.document("en").stream().map(Logs.Input::text).toList());
    String[] lines = corpus.split("\n");
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      String text = mutate(body(lines[random.nextInt(lines.length)]), random);
      compare(logLine(random.nextBoolean() ? "7204VXR-2" : "vpn7200", text));
    }
  }

  @Test
  void fastAndGeneralPathsAgreeOnGeneratedVariantsOfEachForm() {
    String[] forms = {
        "HSRP: {IF} Grp {N} {ST} -> {ST}", "HSRP: {IF} Grp {N} {ST}: {L}/Active timer expired ({WHOP})",
        "HSRP: {IF} Grp {N} {ST}: {L}/HSRP enabled", "HSRP: {IF} Grp {N} Redundancy \"{NAME}\" state {RST} -> {RST}",
        "HSRP: {IF} Grp {N} Active router is {WHO}", "HSRP: {IF} Grp {N} Standby router is {WHO}, was {WHO}",
        "%HSRP-6-STATECHANGE: {IF} Grp {N} state {ST} -> {ST}", "%STANDBY-6-STATECHANGE: {IF} Grp {N} state {ST} -> {ST}",
        "%LINK-3-UPDOWN: Interface {IF}, changed state to {UPDOWN}",
        "%LINEPROTO-5-UPDOWN: Line protocol on Interface {IF}, changed state to {UPDOWN}",
        "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is {UD}.{SP}Peer {IP}:500 Id: {IP}",
        "%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr={IP}, prot=50, "
            + "spi=0x1(1), srcaddr={IP}",
        "ISAKMP ({N}:{N}): sending packet to {IP} (I) {QM}", "ISAKMP ({N}:{N}): incrementing error counter on sa",
        "ISAKMP ({N}:{N}): peer not responding!", "ISAKMP ({N}:{N}): SA has been authenticated with {IP}",
        "IPSEC(rte_mgr): VPN Route {AR} {IP} {IP} via {IP} in IP DEFAULT TABLE",
        "IPSEC(key_engine_delete_sas): delete all SAs shared with {IP}",
        "IPSEC(create_sa): sa created, (sa) sa_dest={IP}, sa_proto=50", "RT: add {IP}/{N} via {IP}, ospf metric",
        "RT: delete network route to {IP}/{N}", "RT: delete route to {IP}/{N}",
        "HSRP: {IF} Interface {UPDOWN}", "HSRP: {IF} Interface min delay expired",
        "HSRP: {IF} Starting minimum interface delay ({N} secs)", "HSRP: {IF} Starting minimum interface delay ({N} sec)",
        "ISAKMP ({N}:{N}): deleting SA reason \"{REASON}\" state ({IR}) {QM} (peer {IP}) input queue 0",
        "ISAKMP ({N}:{N}): deleting SA reason \"{REASON}\" state ({IR}) {QM} (peer {IP})"};
    Random random = new Random(SEED);
    int compared = 0;
    for (int i = 0; i < 40_000; i++) {
      String text = fill(forms[random.nextInt(forms.length)], random);
      if (random.nextInt(4) == 0) {
        text = mutate(text, random);
      }
      String device = switch (random.nextInt(4)) {
        case 0 -> "7204VXR-1";
        case 1 -> "vpn7200";
        case 2 -> "paal";
        default -> null;
      };
      compared += compare(logLine(device, text));
    }
    assertThat(compared).isEqualTo(40_000);
  }

  /** Both paths on one message; the fast one may decline (null), never disagree. */
  private int compare(LogLine line) {
    Classification general = classify(() -> parser.classifyGeneral(line));
    Classification fast = classify(() -> {
      Classification c = new CommonForms(parser).classify(line, false);
      return c == null ? general : c;
    });
    assertThat(fast).as("'%s' (device %s)", line.text(), line.device()).isEqualTo(general);
    return 1;
  }

  /** As the reader does: an exception from a value out of range makes the line unknown, with its message. */
  private static Classification classify(java.util.function.Supplier<Classification> path) {
    try {
      return path.get();
    } catch (IllegalArgumentException e) {
      return new Classification.Unknown(Family.OTHER, e.getMessage());
    }
  }

  private static LogLine logLine(String device, String text) {
    return new LogLine("test.log", 1, 0, device, LogLine.NO_TIME, text);
  }

  /** A simulated line without its [device] prefix and timestamp. */
  private static String body(String line) {
    int at = line.indexOf(".000: ");
    return at < 0 ? line.strip() : line.substring(at + 6).strip();
  }

  private static String fill(String form, Random random) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < form.length()) {
      int open = form.indexOf('{', i);
      if (open < 0) {
        b.append(form, i, form.length());
        break;
      }
      b.append(form, i, open);
      int close = form.indexOf('}', open);
      b.append(field(form.substring(open + 1, close), random));
      i = close + 1;
    }
    return b.toString();
  }

  private static String field(String name, Random random) {
    return switch (name) {
      case "IF" -> pick(random, "Fa0/0", "FastEthernet0/0", "Ethernet0", "Fa0/0,", "a,b", "", "Fa0/0 x");
      case "N" -> pick(random, "1", "0", "255", "12345678901", "007", "", "1a", "99999999");
      case "ST" -> pick(random, "Init", "Initial", "Learn", "Listen", "Speak", "Standby", "Active", "Disabled",
          "Backup", "Ini", "active", "Initx");
      case "RST" -> pick(random, "Init", "Backup", "Speak", "Standby", "Active", "Listen", "Bogus", "", "A_1");
      case "L" -> pick(random, "a", "c", "d", "h", "l", "m", "A", "");
      case "WHOP" -> pick(random, "unknown", "100/" + ip(random), ip(random), "/" + ip(random), "100/unknown",
          "12345678901/" + ip(random), ip(random) + ") (x");
      case "WHO" -> pick(random, "local", "unknown", ip(random), "localhost", ip(random) + "x");
      case "NAME" -> pick(random, "VPNHA", "", "a b", "x\"y");
      case "UPDOWN" -> pick(random, "up", "down", "administratively down", "Up", "upx", "");
      case "UD" -> pick(random, "UP", "DOWN", "up", "");
      case "SP" -> pick(random, " ", "  ", "");
      case "QM" -> pick(random, "QM_IDLE", "MM_NO_STATE", "QM_IDLE x", "");
      case "AR" -> pick(random, "Added", "Removed", "added");
      case "REASON" -> pick(random, "P1 errcounter exceeded (PEERS_ALIVE_TIMER)", "", "a\" state (I) b",
          "x\" state (I) QM_IDLE (peer 1.2.3.4) y", "\"", "No reason");
      case "IR" -> pick(random, "I", "R", "X", "");
      case "IP" -> ip(random);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String ip(Random random) {
    String[] octets = new String[4];
    for (int o = 0; o < 4; o++) {
      octets[o] = pick(random, "172", "16", "1", "0", "255", "256", "999", "1234", "01", "");
    }
    String ip = String.join(".", octets);
    return random.nextInt(10) == 0 ? ip + pick(random, "5", ".1", "x", "") : ip;
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && b.length() > 0; e++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(6)) {
        case 0 -> b.setCharAt(at, (char) (32 + random.nextInt(95)));
        case 5 -> b.append(pick(random, " ", " x", " (x)", ")", "1", ",", ", was local", ".", " (100/1.2.3.4)"));
        case 1 -> b.deleteCharAt(at);
        case 2 -> b.insert(at, pick(random, " ", "(", ")", "/", ":", ",", "1", "\u00e9", "\t", "\u2028"));
        case 3 -> b.setLength(at);
        default -> b.insert(at, (char) random.nextInt(0x3000));
      }
    }
    return b.toString();
  }
}
