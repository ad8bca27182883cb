package io.havpn.traces;

import io.havpn.model.Observation;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import io.havpn.traces.Classification.Unknown;

/**
 * The parser's fast path: hand-written matching of the message forms that make up almost every line of a real or
 * simulated log (HSRP group debug, the state change, link, tunnel and invalid-SPI syslog messages, keepalive and SA
 * ISAKMP debug, the RRI route and SA IPSEC debug). It scans the text once, dispatching on the message family before
 * looking further, and allocates only the strings the observation keeps.
 *
 * <p>Each form is recognised only when the line is exactly that form, in plain printable ASCII, with every address an
 * ordinary dotted quad (octets of one to three digits, at most 255) and every number short: then the answer is the one
 * {@link IosLogParser}'s regular expressions give. Anything else (another form, an odd character, a number that would
 * overflow, a line the expressions might read another way) returns null and the expressions decide, so the two paths
 * cannot disagree. {@code CommonFormsTest} compares them line by line on the document's logs, simulated logs and mutated
 * copies of both.
 */
final class CommonForms {

  /** Not a dotted quad: {@link #ip} returns it. */
  private static final long NO_IP = -1;
  /** Longer messages take the general path (positions are packed in 24 bits below). */
  private static final int MAX_TEXT = 1 << 16;

  private final IosLogParser parser;
  /** Interface names, so that a million lines do not make a million copies of "Fa0/0". */
  private final Names names = new Names();
  private final Ipv4[] addresses = new Ipv4[64];

  CommonForms(IosLogParser parser) {
    this.parser = parser;
  }

  /** The classification of a common form, or null: the general path decides. */
  Classification classify(LogLine line, boolean plainAscii) {
    String t = line.text();
    if (t.isEmpty() || t.length() > MAX_TEXT || (!plainAscii && !printableAscii(t))) {
      return null;
    }
    switch (t.charAt(0)) {
      case 'H':
        return t.startsWith("HSRP: ") ? hsrp(line, t) : null;
      case '%':
        return syslog(line, t);
      case 'I':
        if (t.startsWith("ISAKMP (")) {
          return isakmp(line, t);
        }
        return t.startsWith("IPSEC(") ? ipsec(line, t) : null;
      case 'R':
        return t.startsWith("RT: ") ? routing(line, t) : null;
      default:
        return null;
    }
  }

  // ---- HSRP: "HSRP: IFACE Grp N <rest>" ----

  private Classification hsrp(LogLine line, String t) {
    if (t.startsWith("API ", 6)) {
      return null;
    }
    int ifEnd = t.indexOf(' ', 6);
    if (ifEnd <= 6) {
      return null;
    }
    if (!t.startsWith(" Grp ", ifEnd)) {
      return hsrpInterface(line, t, ifEnd);
    }
    int g = ifEnd + 5;
    int gEnd = digits(t, g);
    if (gEnd == g || gEnd - g > 9 || gEnd >= t.length() || t.charAt(gEnd) != ' ') {
      return null;
    }
    String iface = names.of(t, 6, ifEnd);
    int group = Integer.parseInt(t, g, gEnd, 10);
    int r = gEnd + 1;
    String device = line.device();
    if (t.startsWith("Redundancy \"", r)) {
      return redundancy(line, t, r, iface, group);
    }
    if (t.startsWith("Active router is ", r) || t.startsWith("Standby router is ", r)) {
      return routerIs(line, t, r, iface, group);
    }
    int wordEnd = letters(t, r);
    HsrpState state = state(t, r, wordEnd);
    if (state == null) {
      return null;
    }
    if (t.startsWith(" -> ", wordEnd)) { // STATE -> STATE
      int to = wordEnd + 4;
      int toEnd = letters(t, to);
      HsrpState next = state(t, to, toEnd);
      if (next == null || toEnd != t.length()) {
        return null;
      }
      return parser.observed(line, Printer.HSRP_DEBUG,
          new Observation.HsrpStateChanged(device, iface, group, null, state, next, null));
    }
    if (t.startsWith(": ", wordEnd)) { // STATE: x/event [(unknown|[prio/]ADDR)]
      int letter = wordEnd + 2;
      if (letter + 1 >= t.length() || t.charAt(letter) < 'a' || t.charAt(letter) > 'l'
          || t.charAt(letter + 1) != '/') {
        return null;
      }
      int paren = t.indexOf('(', letter + 2);
      int priority = -1;
      Ipv4 peer = null;
      if (paren >= 0) {
        if (paren - 1 < letter + 2 || t.charAt(paren - 1) != ' ' || t.charAt(t.length() - 1) != ')') {
          return null;
        }
        int close = t.length() - 1;
        int in = paren + 1;
        if (!(close - in == 7 && t.startsWith("unknown", in))) {
          int pEnd = digits(t, in);
          if (pEnd < close && t.charAt(pEnd) == '/') {
            if (pEnd == in || pEnd - in > 9) {
              return null;
            }
            priority = Integer.parseInt(t, in, pEnd, 10);
            in = pEnd + 1;
          }
          long ip = ip(t, in);
          if (ip == NO_IP || end(ip) != close) {
            return null;
          }
          peer = address(ip);
        }
      }
      return parser.observed(line, Printer.HSRP_DEBUG, new Observation.HsrpEventHandled(device, iface, group, state,
          HsrpEvent.ofLetter(t.charAt(letter)), priority, peer, null));
    }
    return null;
  }

  /**
   * {@code HSRP: IFACE Interface up|down}, {@code Interface min delay expired} and {@code Starting minimum interface
   * delay (N secs)}: one each per failover, so as frequent as the state changes.
   */
  private Classification hsrpInterface(LogLine line, String t, int ifEnd) {
    int r = ifEnd + 1;
    int n = t.length();
    String device = line.device();
    if (region(t, r, n, "Interface down")) {
      return parser.observed(line, Printer.HSRP_DEBUG,
          new Observation.InterfaceStateChanged(device, names.of(t, 6, ifEnd), false));
    }
    if (region(t, r, n, "Interface up")) {
      return parser.observed(line, Printer.HSRP_DEBUG,
          new Observation.InterfaceDelayStarted(device, names.of(t, 6, ifEnd), -1));
    }
    if (region(t, r, n, "Interface min delay expired")) {
      return parser.observed(line, Printer.HSRP_DEBUG,
          new Observation.InterfaceDelayExpired(device, names.of(t, 6, ifEnd)));
    }
    if (t.startsWith("Starting minimum interface delay (", r)) { // N sec) or N secs)
      int d = r + 34;
      int dEnd = digits(t, d);
      if (dEnd == d || dEnd - d > 9 || !(region(t, dEnd, n, " secs)") || region(t, dEnd, n, " sec)"))) {
        return null;
      }
      return parser.observed(line, Printer.HSRP_DEBUG, new Observation.InterfaceDelayStarted(device,
          names.of(t, 6, ifEnd), Integer.parseInt(t, d, dEnd, 10)));
    }
    return null;
  }

  /** {@code Redundancy "NAME" state A -> B}. */
  private Classification redundancy(LogLine line, String t, int r, String iface, int group) {
    int nameStart = r + 12;
    int quote = t.indexOf('"', nameStart);
    if (quote < 0 || !t.startsWith(" state ", quote + 1)) {
      return null;
    }
    int from = quote + 8;
    int fromEnd = wordChars(t, from);
    if (fromEnd == from || !t.startsWith(" -> ", fromEnd)) {
      return null;
    }
    int to = fromEnd + 4;
    int toEnd = wordChars(t, to);
    if (toEnd == to || toEnd != t.length()) {
      return null;
    }
    HsrpState a = redundancyState(t, from, fromEnd);
    HsrpState b = redundancyState(t, to, toEnd);
    if (a == null || b == null) {
      return new Unknown(Family.HSRP, "unknown redundancy state (expected Init, Backup, Speak, Standby, Active)");
    }
    return parser.observed(line, Printer.HSRP_DEBUG, new Observation.HsrpStateChanged(line.device(), iface, group,
        names.of(t, nameStart, quote), a, b, null));
  }

  /**
   * {@link IosLogParser#redundancyState} of t[from, to): the names IOS prints are read in place, any other spelling
   * (another case) goes the general way.
   */
  private static HsrpState redundancyState(String t, int from, int to) {
    if (region(t, from, to, "Backup")) {
      return HsrpState.LISTEN;
    }
    HsrpState state = state(t, from, to);
    return state != null ? state : IosLogParser.redundancyState(t.substring(from, to));
  }

  /** {@code Active|Standby router is WHO[, was WHO]}, WHO being local, unknown or an address. */
  private Classification routerIs(LogLine line, String t, int r, String iface, int group) {
    boolean active = t.charAt(r) == 'A';
    int at = r + (active ? 17 : 18);
    long now = who(t, at);
    if (now == NO_IP) {
      return null;
    }
    long was = WHO_NONE;
    if (end(now) != t.length()) {
      if (!t.startsWith(", was ", end(now))) {
        return null;
      }
      was = who(t, end(now) + 6);
      if (was == NO_IP || end(was) != t.length()) {
        return null;
      }
    }
    String device = line.device();
    int router = parser.router(device);
    if (router < 0) {
      return parser.notInLab(Family.HSRP, device);
    }
    Ipv4 local = parser.address(router);
    Ipv4 nowIp = whoIp(now, local);
    Ipv4 wasIp = was == WHO_NONE ? null : whoIp(was, local);
    Observation o = active ? new Observation.ActiveRouterChanged(device, iface, group, nowIp, wasIp, local)
        : new Observation.StandbyRouterChanged(device, iface, group, nowIp, wasIp, local);
    return parser.observed(line, Printer.HSRP_DEBUG, o);
  }

  private static final long WHO_NONE = -2;
  private static final int WHO_LOCAL = 1;
  private static final int WHO_UNKNOWN = 2;

  /** local, unknown or an address at i, encoded as by {@link #ip} (with a kind in bits 56-57), or NO_IP. */
  private static long who(String t, int i) {
    if (t.startsWith("local", i)) {
      return ((long) WHO_LOCAL << 56) | ((long) (i + 5) << 32);
    }
    if (t.startsWith("unknown", i)) {
      return ((long) WHO_UNKNOWN << 56) | ((long) (i + 7) << 32);
    }
    long ip = ip(t, i);
    if (ip == NO_IP) {
      return NO_IP;
    }
    int e = end(ip);
    return e == t.length() || t.charAt(e) == ',' ? ip : NO_IP;
  }

  private Ipv4 whoIp(long who, Ipv4 local) {
    int kind = (int) (who >>> 56);
    return kind == WHO_LOCAL ? local : kind == WHO_UNKNOWN ? null : address(who);
  }

  // ---- syslog: "%FACILITY-N-MNEMONIC: body" ----

  private Classification syslog(LogLine line, String t) {
    int n = t.length();
    if (n < 2 || t.charAt(1) < 'A' || t.charAt(1) > 'Z') {
      return null;
    }
    int facEnd = upperWord(t, 1);
    if (facEnd + 2 >= n || t.charAt(facEnd) != '-' || !isDigit(t.charAt(facEnd + 1)) || t.charAt(facEnd + 2) != '-') {
      return null;
    }
    int mn = facEnd + 3;
    int mnEnd = upperWord(t, mn);
    if (mnEnd == mn || mnEnd >= n || t.charAt(mnEnd) != ':') {
      return null;
    }
    int body = mnEnd + 1 < n && t.charAt(mnEnd + 1) == ' ' ? mnEnd + 2 : mnEnd + 1;
    String device = line.device();
    if (region(t, 1, facEnd, "CRYPTO")) {
      if (region(t, mn, mnEnd, "RECVD_PKT_INV_SPI")) {
        int at = lastSrcaddr(t);
        if (at < body) {
          return null;
        }
        long ip = ip(t, at + 8);
        return ip == NO_IP ? null
            : parser.observed(line, Printer.CRYPTO_SYSLOG, new Observation.InvalidSpiReceived(device, address(ip)));
      }
      if (region(t, mn, mnEnd, "SESSION_STATUS") && t.startsWith("Crypto tunnel is ", body)) {
        int i = body + 17;
        boolean up = t.startsWith("UP.", i);
        if (!up && !t.startsWith("DOWN.", i)) {
          return null;
        }
        i += up ? 3 : 5;
        int spaces = i;
        while (i < n && t.charAt(i) == ' ') {
          i++;
        }
        if (i == spaces || !t.startsWith("Peer ", i)) {
          return null;
        }
        long ip = ip(t, i + 5);
        return ip == NO_IP ? null
            : parser.observed(line, Printer.CRYPTO_SYSLOG, new Observation.TunnelStatusChanged(device,
                address(ip), up));
      }
      return null;
    }
    if ((region(t, 1, facEnd, "HSRP") || region(t, 1, facEnd, "STANDBY")) && region(t, mn, mnEnd, "STATECHANGE")) {
      // IFACE Grp N state A -> B
      int ifEnd = t.indexOf(' ', body);
      if (ifEnd <= body || !t.startsWith(" Grp ", ifEnd)) {
        return null;
      }
      int g = ifEnd + 5;
      int gEnd = digits(t, g);
      if (gEnd == g || gEnd - g > 9 || !t.startsWith(" state ", gEnd)) {
        return null;
      }
      int from = gEnd + 7;
      int fromEnd = letters(t, from);
      HsrpState a = state(t, from, fromEnd);
      if (a == null || !t.startsWith(" -> ", fromEnd)) {
        return null;
      }
      int to = fromEnd + 4;
      int toEnd = letters(t, to);
      HsrpState b = state(t, to, toEnd);
      if (b == null || toEnd != n) {
        return null;
      }
      return parser.observed(line, Printer.HSRP_SYSLOG, new Observation.HsrpStateChanged(device,
          names.of(t, body, ifEnd), Integer.parseInt(t, g, gEnd, 10), null, a, b, null));
    }
    boolean link = region(t, 1, facEnd, "LINK");
    if (link || region(t, 1, facEnd, "LINEPROTO")) {
      // Interface IFACE, changed state to up|down  /  Line protocol on Interface IFACE, changed state to up|down
      String lead = link ? "Interface " : "Line protocol on Interface ";
      if (!t.startsWith(lead, body)) {
        return null;
      }
      int name = body + lead.length();
      int tokenEnd = t.indexOf(' ', name);
      if (tokenEnd < name + 2 || t.charAt(tokenEnd - 1) != ',' || !t.startsWith(" changed state to ", tokenEnd)) {
        return null;
      }
      int s = tokenEnd + 18;
      boolean up = region(t, s, n, "up");
      if (!up && !region(t, s, n, "down") && !(link && region(t, s, n, "administratively down"))) {
        return null;
      }
      return parser.observed(line, Printer.LINK_SYSLOG,
          new Observation.InterfaceStateChanged(device, names.of(t, name, tokenEnd - 1), up));
    }
    return null;
  }

  /**
   * The last {@code srcaddr=} (the expression's greedy {@code .*} before it takes the last one), or -1. It is the
   * message's last field: found from the last {@code =}, without a backward search for the whole word.
   */
  private static int lastSrcaddr(String t) {
    int eq = t.lastIndexOf('=');
    if (eq >= 7 && t.startsWith("srcaddr", eq - 7)) {
      return eq - 7; // no '=' after it, so no later srcaddr=
    }
    return t.lastIndexOf("srcaddr=");
  }

  // ---- ISAKMP (0:N): body ----

  private Classification isakmp(LogLine line, String t) {
    int i = 8;
    int d = digits(t, i);
    if (d == i) {
      return null;
    }
    i = d;
    if (i < t.length() && t.charAt(i) == ':') {
      i = digits(t, i + 1);
    }
    if (!t.startsWith("):", i)) {
      return null;
    }
    int body = i + 2 < t.length() && t.charAt(i + 2) == ' ' ? i + 3 : i + 2;
    String device = line.device();
    if (t.startsWith("sending packet to ", body)) { // ADDR (I|R) STATE
      long ip = ip(t, body + 18);
      if (ip == NO_IP) {
        return null;
      }
      int e = end(ip);
      if (!t.startsWith(" (", e) || e + 5 >= t.length() || (t.charAt(e + 2) != 'I' && t.charAt(e + 2) != 'R')
          || !t.startsWith(") ", e + 3)) {
        return null;
      }
      int s = e + 5;
      if (t.indexOf(' ', s) >= 0) {
        return null;
      }
      if (!region(t, s, t.length(), "QM_IDLE")) {
        return null; // a negotiation packet: noise, with its state in the reason (the general path words it)
      }
      return parser.observed(line, Printer.ISAKMP_DEBUG, new Observation.KeepaliveSent(device, address(ip)));
    }
    if (t.startsWith("incrementing error counter on sa", body)) {
      return parser.observed(line, Printer.ISAKMP_DEBUG, new Observation.KeepaliveMissed(device, null, -1));
    }
    if (t.startsWith("peer not responding", body)) {
      return parser.observed(line, Printer.ISAKMP_DEBUG, new Observation.PeerNotResponding(device, null));
    }
    if (t.startsWith("deleting SA reason \"", body)) {
      return deletingSa(line, t, body + 20);
    }
    int auth = t.startsWith("SA has been authenticated with ", body) ? body + 31
        : t.startsWith("SA is authenticated with ", body) ? body + 25 : -1;
    if (auth > 0) {
      long ip = ip(t, auth);
      return ip == NO_IP ? null : parser.observed(line, Printer.ISAKMP_DEBUG,
          new Observation.IkeSaEstablished(device, address(ip), null));
    }
    return null;
  }

  /**
   * {@code deleting SA reason "REASON" state (I|R) STATE (peer ADDR)...}: the expression's greedy {@code (.*)} takes
   * the reason up to the last {@code " state (}, so that is where this looks; if the rest does not match there, the
   * expression would try an earlier one, and the general path decides.
   */
  private Classification deletingSa(LogLine line, String t, int reason) {
    int quote = -1; // t.lastIndexOf("\" state (") from its last quote back (a search for a string is not vectorised)
    for (int q = t.lastIndexOf('"'); q >= 0; q = t.lastIndexOf('"', q - 1)) {
      if (t.startsWith("\" state (", q)) {
        quote = q;
        break;
      }
    }
    if (quote < reason) {
      return null;
    }
    int side = quote + 9;
    if (side + 2 >= t.length() || (t.charAt(side) != 'I' && t.charAt(side) != 'R') || !t.startsWith(") ", side + 1)) {
      return null;
    }
    int stateEnd = t.indexOf(' ', side + 3);
    if (stateEnd <= side + 3 || !t.startsWith(" (peer ", stateEnd)) {
      return null;
    }
    long ip = ip(t, stateEnd + 7);
    if (ip == NO_IP || !t.startsWith(")", end(ip))) {
      return null;
    }
    return parser.observed(line, Printer.ISAKMP_DEBUG,
        new Observation.IkeSaDeleted(line.device(), address(ip), t.substring(reason, quote)));
  }

  // ---- IPSEC(function): body ----

  private Classification ipsec(LogLine line, String t) {
    int f = 6;
    int fEnd = wordChars(t, f);
    if (fEnd == f || !t.startsWith("):", fEnd)) {
      return null;
    }
    int body = fEnd + 2 < t.length() && t.charAt(fEnd + 2) == ' ' ? fEnd + 3 : fEnd + 2;
    String device = line.device();
    if (region(t, f, fEnd, "rte_mgr")) { // VPN Route Added|Removed NET MASK via ADDR ...
      boolean added = t.startsWith("VPN Route Added ", body);
      if (!added && !t.startsWith("VPN Route Removed ", body)) {
        return null;
      }
      long net = ip(t, body + (added ? 16 : 18));
      if (net == NO_IP || !t.startsWith(" ", end(net))) {
        return null;
      }
      long mask = ip(t, end(net) + 1);
      if (mask == NO_IP || !t.startsWith(" via ", end(mask))) {
        return null;
      }
      long via = ip(t, end(mask) + 5);
      if (via == NO_IP) {
        return null;
      }
      Prefix network = new Prefix(address(net), Integer.bitCount(bits(mask)));
      Ipv4 gateway = address(via);
      return parser.observed(line, Printer.IPSEC_DEBUG, added ? new Observation.RouteAdded(device, network, gateway)
          : new Observation.RouteRemoved(device, network, gateway));
    }
    if (t.startsWith("delete all SAs shared with ", body)) {
      long ip = ip(t, body + 27);
      return ip == NO_IP || end(ip) != t.length() ? null
          : parser.observed(line, Printer.IPSEC_DEBUG, new Observation.IpsecSasDeleted(device, address(ip)));
    }
    if (region(t, f, fEnd, "create_sa") && t.startsWith("sa created, (sa) sa_dest=", body)) {
      int at = body + 25;
      if (at < t.length() && t.charAt(at) == ' ') {
        at++;
      }
      return ip(t, at) == NO_IP ? null
          : parser.observed(line, Printer.IPSEC_DEBUG, new Observation.IkeSaEstablished(device, null, null));
    }
    return null;
  }

  // ---- RT: add NET/LEN via ADDR ... | RT: delete [network ]route to NET/LEN ... ----

  private Classification routing(LogLine line, String t) {
    boolean add = t.startsWith("add ", 4);
    int at = add ? 8 : t.startsWith("delete network route to ", 4) ? 28 : t.startsWith("delete route to ", 4) ? 20 : -1;
    if (at < 0) {
      return null; // other routing lines are noise: the general path words it
    }
    long net = ip(t, at);
    if (net == NO_IP || end(net) >= t.length() || t.charAt(end(net)) != '/') {
      return null;
    }
    int len = end(net) + 1;
    int lenEnd = digits(t, len);
    if (lenEnd == len || lenEnd - len > 2 || Integer.parseInt(t, len, lenEnd, 10) > 32) {
      return null;
    }
    Prefix network = new Prefix(address(net), Integer.parseInt(t, len, lenEnd, 10));
    if (!add) {
      return parser.observed(line, Printer.ROUTING_DEBUG, new Observation.OspfRouteChanged(line.device(), network,
          java.util.List.of()));
    }
    if (!t.startsWith(" via ", lenEnd)) {
      return null;
    }
    long via = ip(t, lenEnd + 5);
    return via == NO_IP ? null : parser.observed(line, Printer.ROUTING_DEBUG,
        new Observation.OspfRouteChanged(line.device(), network, java.util.List.of(address(via))));
  }

  // ---- scanning helpers ----

  /**
   * A dotted quad at i: (end index << 32) | address bits, or NO_IP. Each octet is its whole run of digits, one to
   * three of them, at most 255, so whatever follows the address, the expressions read the same one (a longer run,
   * which an expression followed by {@code .*} would cut, or an octet Ipv4 refuses, is left to the general path).
   */
  private static long ip(String t, int i) {
    int n = t.length();
    long bits = 0;
    for (int octet = 0; octet < 4; octet++) {
      int start = i;
      int value = 0;
      while (i < n && i - start < 4) { // a fourth digit makes the run too long: refused below
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      if (i == start || i - start > 3 || value > 255) {
        return NO_IP;
      }
      bits = (bits << 8) | value;
      if (octet < 3) {
        if (i >= n || t.charAt(i) != '.') {
          return NO_IP;
        }
        i++;
      }
    }
    return ((long) i << 32) | (bits & 0xFFFFFFFFL);
  }

  private static int end(long encoded) {
    return (int) ((encoded >>> 32) & 0xFFFFFF);
  }

  /**
   * The address encoded by {@link #ip}: a log names few addresses, so the last one seen in each of 64 slots is handed
   * out again instead of a new record per line.
   */
  private Ipv4 address(long encoded) {
    int bits = bits(encoded);
    int slot = (bits ^ (bits >>> 6) ^ (bits >>> 12)) & (addresses.length - 1);
    Ipv4 a = addresses[slot];
    if (a == null || a.bits() != bits) {
      a = new Ipv4(bits);
      addresses[slot] = a;
    }
    return a;
  }

  private static int bits(long encoded) {
    return (int) encoded;
  }

  private static int digits(String t, int i) {
    while (i < t.length() && isDigit(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int letters(String t, int i) {
    while (i < t.length() && isLetter(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code [A-Za-z0-9_]*}. */
  private static int wordChars(String t, int i) {
    while (i < t.length()) {
      char c = t.charAt(i);
      if (!isLetter(c) && !isDigit(c) && c != '_') {
        break;
      }
      i++;
    }
    return i;
  }

  /** {@code [A-Z0-9_]*}. */
  private static int upperWord(String t, int i) {
    while (i < t.length()) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !isDigit(c) && c != '_') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The HSRP state named by t[from, to), as the expressions' STATE alternatives name them, or null. */
  private static HsrpState state(String t, int from, int to) {
    switch (to - from) {
      case 4:
        return region(t, from, to, "Init") ? HsrpState.INITIAL : null;
      case 5:
        return region(t, from, to, "Learn") ? HsrpState.LEARN : region(t, from, to, "Speak") ? HsrpState.SPEAK : null;
      case 6:
        return region(t, from, to, "Listen") ? HsrpState.LISTEN : region(t, from, to, "Active") ? HsrpState.ACTIVE
            : null;
      case 7:
        return region(t, from, to, "Initial") ? HsrpState.INITIAL : region(t, from, to, "Standby") ? HsrpState.STANDBY
            : null;
      case 8:
        return region(t, from, to, "Disabled") ? HsrpState.INITIAL : null;
      default:
        return null;
    }
  }

  /** t[from, to) is exactly {@code word}. */
  private static boolean region(String t, int from, int to, String word) {
    return to - from == word.length() && t.startsWith(word, from);
  }

  private static boolean printableAscii(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** A few recently seen names (interfaces, groups, devices), returned instead of a fresh copy of the same text. */
  static final class Names {
    private final String[] recent = new String[16];
    private int next;

    String of(String t, int from, int to) {
      int length = to - from;
      char first = length > 0 ? t.charAt(from) : 0;
      for (String s : recent) { // the first character tells most names apart before the whole is compared
        if (s != null && s.length() == length && (length == 0 || s.charAt(0) == first) && t.startsWith(s, from)) {
          return s;
        }
      }
      String s = t.substring(from, to);
      recent[next] = s;
      next = (next + 1) % recent.length;
      return s;
    }

    /** The same for printable ASCII bytes, {@code a[from, to)}. */
    String of(byte[] a, int from, int to) {
      int length = to - from;
      for (String s : recent) {
        if (s != null && s.length() == length && sameAscii(s, a, from)) {
          return s;
        }
      }
      String s = LogSplitter.asciiString(a, from, length);
      recent[next] = s;
      next = (next + 1) % recent.length;
      return s;
    }

    private static boolean sameAscii(String s, byte[] a, int from) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) != a[from + i]) {
          return false;
        }
      }
      return true;
    }
  }
}
