package io.havpn.traces;

import io.havpn.model.Observation;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Prefix;
import io.havpn.traces.Classification.Noise;
import io.havpn.traces.Classification.Observed;
import io.havpn.traces.Classification.Shown;
import io.havpn.traces.Classification.Skipped;
import io.havpn.traces.Classification.Unknown;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies one IOS log message: the observation it reports (the model's own {@link Observation} records, so that
 * replay compares observations, not strings), known noise with the reason, or unknown. It is the inverse of the CLI's
 * IOS renderer, and reads the older forms too ({@code SB1:}, {@code %STANDBY-6-STATECHANGE}, {@code ISAKMP:(N):}).
 *
 * <p>Fields a line does not show are left open: an {@link Observation.HsrpStateChanged} parsed from a line has no
 * event, a keepalive line no peer when IOS does not print it; {@code ObservationMatch} treats them as wildcards.
 */
public final class IosLogParser {

  private static final String IP = "(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})";
  private static final String STATE = "(Init|Initial|Learn|Listen|Speak|Standby|Active|Disabled)";
  private static final String WHO = "(local|unknown|" + IP.substring(1, IP.length() - 1) + ")";

  // HSRP debug: "HSRP: Fa0/0 Grp 1 <rest>" and the older "SB1: Ethernet0 <rest>"
  private static final Pattern HSRP_GROUP = Pattern.compile("HSRP: (\\S+) Grp (\\d+) (.*)");
  private static final Pattern SB_GROUP = Pattern.compile("SB(\\d+): (\\S+) (.*)");
  private static final Pattern HSRP_IFACE = Pattern.compile("HSRP: (\\S+) (.*)");
  private static final Pattern EVENT = Pattern.compile(STATE + ": ([a-l])/([^(]*?)(?: \\((?:unknown|"
      + "(?:(\\d+)/)?" + IP + ")\\))?");
  private static final Pattern TRANSITION = Pattern.compile(STATE + " -> " + STATE + "(?: \\(.*\\))?");
  private static final Pattern REDUNDANCY = Pattern.compile("Redundancy \"([^\"]*)\" state (\\w+) -> (\\w+)");
  private static final Pattern ROUTER_IS = Pattern.compile("(Active|Standby) router is " + WHO + "(?:, was " + WHO
      + ")?");
  private static final Pattern PRIORITY = Pattern.compile("Priority (\\d+) -> (\\d+)");
  private static final Pattern DELAY_STARTED = Pattern.compile("Starting minimum interface delay \\((\\d+) secs?\\)");

  // syslog
  private static final Pattern SYSLOG = Pattern.compile("%([A-Z][A-Z0-9_]*)-(\\d)-([A-Z0-9_]+): ?(.*)");
  private static final Pattern HSRP_STATECHANGE = Pattern.compile("(\\S+) Grp (\\d+) state " + STATE + " -> "
      + STATE);
  private static final Pattern STANDBY_STATECHANGE = Pattern.compile("(?:Standby: (\\d+): (\\S+)|(\\S+) Group (\\d+))"
      + " state " + STATE + " -> " + STATE);
  private static final Pattern LINK = Pattern.compile("Interface (\\S+), changed state to (up|down|administratively "
      + "down)");
  private static final Pattern LINEPROTO = Pattern.compile("Line protocol on Interface (\\S+), changed state to "
      + "(up|down)");
  private static final Pattern SESSION = Pattern.compile("Crypto tunnel is (UP|DOWN)\\. +Peer " + IP + ".*");
  private static final Pattern INVALID_SPI = Pattern.compile(".*srcaddr=" + IP + ".*");

  // ISAKMP and IPSEC debug
  private static final Pattern ISAKMP = Pattern.compile("ISAKMP(?: ?\\(\\d+:?\\d*\\)|:\\(\\d+\\))?: ?(.*)");
  private static final Pattern SENDING = Pattern.compile("sending packet to " + IP
      + "(?: my_port \\d+ peer_port \\d+)? \\(([IR])\\) (\\S+)");
  private static final Pattern RECEIVED = Pattern.compile("received packet from " + IP
      + "(?: dport \\d+ sport \\d+ \\S+)? \\(([IR])\\) (\\S+)");
  private static final Pattern NOTIFY = Pattern.compile("processing NOTIFY (\\S+) .*");
  private static final Pattern DELETING_SA = Pattern.compile("deleting SA reason \"(.*)\" state \\(([IR])\\) \\S+ "
      + "\\(peer " + IP + "\\).*");
  private static final Pattern AUTHENTICATED = Pattern.compile("SA (?:has been|is) authenticated with " + IP + ".*");
  private static final Pattern NEGOTIATION_FAILED = Pattern.compile("phase 1 negotiation with " + IP
      + " failed: (.*)");
  private static final Pattern IPSEC = Pattern.compile("IPSEC\\((\\w+)\\): ?(.*)");
  private static final Pattern VPN_ROUTE = Pattern.compile("VPN Route (Added|Removed) " + IP + " " + IP + " via " + IP
      + ".*");
  private static final Pattern DELETE_ALL = Pattern.compile("delete all SAs shared with " + IP);
  private static final Pattern SA_CREATED = Pattern.compile("sa created, \\(sa\\) sa_dest= ?" + IP + ".*");

  // debug ip routing
  private static final Pattern RT_ADD = Pattern.compile("RT: add (\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+) via " + IP + ".*");
  private static final Pattern RT_DELETE = Pattern.compile("RT: delete (?:network )?route to "
      + "(\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+).*");

  // show standby
  private static final Pattern SHOW_GROUP = Pattern.compile("(\\S+) - Group (\\d+)");
  private static final Pattern SHOW_STATE = Pattern.compile("State is " + STATE);
  private static final Pattern SHOW_ACTIVE = Pattern.compile("Active router is " + WHO);
  private static final Pattern SHOW_STANDBY = Pattern.compile("Standby router is " + WHO);
  private static final Pattern SHOW_PRIORITY = Pattern.compile("Priority (\\d+)");

  private static final String NEGOTIATION = "IKE negotiation detail: the model makes a negotiation one step and "
      + "matches its outcome";
  private static final List<String> ISAKMP_NOISE = List.of("processing ", "purging node", "deleting node",
      "peer does paranoid keepalives", "phase 1 going away", "Bring down phase 2", "That phase 1 was the last one",
      "Old State", "Input = ", "beginning Main Mode", "beginning Quick Mode", "found peer pre-shared key",
      "atts are acceptable", "Checking ISAKMP transform", "Checking IPSec proposal", "SKEYID state generated",
      "Creating IPSec SAs", "inbound SA from", "outbound SA from", "has spi", "sitting IDLE", "constructed ",
      "Unknown Input", "local port", "vendor ID", "transforms", "Encryption algorithm", "hash ", "default group",
      "auth ", "life type", "life duration", "Setting ", "My ID configured", "ID payload", "Total payload",
      "Node ", "sending NOTIFY", "No pre-shared key", "received packet from", "DPD ", "Locking peer struct",
      "Unlocking peer struct", "new node", "asking", "isakmp_initiator", "Looking for", "set new node",
      "SA request profile", "Created a peer struct", "lifetime", "insert sa", "Main mode", "Aggressive mode",
      "Quick mode", "QM ", "MM ", "processing");

  private final Lab lab;
  private final java.util.Map<String, Boolean> known = new java.util.HashMap<>();
  private final CommonForms common = new CommonForms(this);
  /** The last devices found in the lab (a log interleaves a few). */
  private final String[] lastKnown = new String[8];
  private int nextKnown;
  /** The device {@link #knownDevice} last found in the lab. */
  private String lastDevice;
  /** The device {@link #router} was last asked about, and its answer. */
  private String routerDevice;
  private int routerIndex;

  public IosLogParser(Lab lab) {
    this.lab = lab;
  }

  /**
   * Classifies one message of kind LOG; SHOW messages go to {@link #classifyShow}, TEXT, FENCE and BINARY ones are
   * classified by the reader. The common forms take a hand-written fast path ({@link CommonForms}); the rest, and
   * anything unusual, the regular expressions below.
   */
  public Classification classify(LogLine line) {
    return classify(line, false);
  }

  /** @param plainAscii the reader saw only printable ASCII in the message (the fast path need not check) */
  Classification classify(LogLine line, boolean plainAscii) {
    Classification fast = common.classify(line, plainAscii);
    return fast != null ? fast : classifyGeneral(line);
  }

  /** The general path alone: the regular expressions, for every form (the reference the fast path is tested against). */
  Classification classifyGeneral(LogLine line) {
    String text = line.text();
    if (text.startsWith("HSRP: ")) {
      return hsrp(line, text);
    }
    if (text.startsWith("SB") && text.length() > 3 && Character.isDigit(text.charAt(2))) {
      return sb(line, text);
    }
    if (text.startsWith("%")) {
      return syslog(line, text);
    }
    if (text.startsWith("ISAKMP")) {
      return isakmp(line, text);
    }
    if (text.startsWith("IPSEC(")) {
      return ipsec(line, text);
    }
    if (text.startsWith("RT: ")) {
      return routing(line, text);
    }
    if (text.startsWith("!")) {
      return new Noise(Family.COMMENT, "a comment added to the log, not device output");
    }
    if (text.startsWith("addr ") || text.startsWith("active ")) { // the enquiry's continuation lines
      return new Noise(Family.HSRP, "detail of a redundancy enquiry; the enquiry changes no state");
    }
    return new Unknown(Family.OTHER, "not an IOS log message (expected HSRP:, SB<n>:, %FACILITY-N-MNEMONIC:, "
        + "ISAKMP, IPSEC(...), RT: or a prompt)");
  }

  /** A {@code show} block (prompt and output). Only {@code show standby} is replayed. */
  public Classification classifyShow(LogLine line) {
    String text = line.text();
    String command = text.substring(text.indexOf('#') + 1);
    if (!command.matches("(?:show|sh)\\s+(?:standby|stand|sta)\\b.*")) {
      return new Noise(Family.SHOW, "output of '" + firstWords(command) + "': only show standby is replayed");
    }
    int r = router(line.device());
    if (r < 0) {
      return notInLab(Family.SHOW, line.device());
    }
    Matcher group = SHOW_GROUP.matcher(text);
    Matcher state = SHOW_STATE.matcher(text);
    if (!group.find() || !state.find()) {
      return new Unknown(Family.SHOW, "show standby output without 'IFACE - Group N' and 'State is STATE'");
    }
    Ipv4 local = lab.router(r).address();
    Matcher active = SHOW_ACTIVE.matcher(text);
    Matcher standby = SHOW_STANDBY.matcher(text);
    Matcher priority = SHOW_PRIORITY.matcher(text);
    Ipv4 activeRouter = active.find() ? who(active.group(1), local) : null;
    Ipv4 standbyRouter = standby.find() ? who(standby.group(1), local) : null;
    int shownPriority = priority.find() ? Integer.parseInt(priority.group(1)) : -1;
    return new Shown(new ShowStandby(line.device(), group.group(1), Integer.parseInt(group.group(2)),
        state(state.group(1)), activeRouter, standbyRouter, shownPriority));
  }

  // ---- HSRP ----

  private Classification hsrp(LogLine line, String text) {
    if (text.startsWith("HSRP: API ")) {
      return new Noise(Family.HSRP, "HSRP API notification: interface and address bookkeeping");
    }
    Matcher grp = HSRP_GROUP.matcher(text);
    if (grp.matches()) {
      return hsrpGroup(line, grp.group(1), Integer.parseInt(grp.group(2)), grp.group(3));
    }
    Matcher iface = HSRP_IFACE.matcher(text);
    if (!iface.matches()) {
      return new Unknown(Family.HSRP, "HSRP line without an interface (expected HSRP: IFACE ...)");
    }
    return hsrpInterface(line, iface.group(1), iface.group(2));
  }

  /** {@code SB1: Ethernet0 Init: a/HSRP enabled}: the group is in the prefix. */
  private Classification sb(LogLine line, String text) {
    Matcher sb = SB_GROUP.matcher(text);
    if (!sb.matches()) {
      return new Unknown(Family.HSRP, "SB line not of the form SB<group>: IFACE ...");
    }
    Classification grouped = hsrpGroup(line, sb.group(2), Integer.parseInt(sb.group(1)), sb.group(3));
    return grouped instanceof Unknown ? hsrpInterface(line, sb.group(2), sb.group(3)) : grouped;
  }

  private Classification hsrpInterface(LogLine line, String iface, String rest) {
    if (rest.startsWith("API ") || rest.equals("API")) {
      return new Noise(Family.HSRP, "HSRP API notification: interface and address bookkeeping");
    }
    if (rest.equals("Interface down")) {
      return observed(line, Printer.HSRP_DEBUG, new Observation.InterfaceStateChanged(line.device(), iface, false));
    }
    if (rest.equals("Interface up")) {
      return observed(line, Printer.HSRP_DEBUG, new Observation.InterfaceDelayStarted(line.device(), iface, -1));
    }
    Matcher delay = DELAY_STARTED.matcher(rest);
    if (delay.matches()) {
      return observed(line, Printer.HSRP_DEBUG,
          new Observation.InterfaceDelayStarted(line.device(), iface, Integer.parseInt(delay.group(1))));
    }
    if (rest.equals("Interface min delay expired")) {
      return observed(line, Printer.HSRP_DEBUG, new Observation.InterfaceDelayExpired(line.device(), iface));
    }
    return new Unknown(Family.HSRP, "unknown HSRP interface message (expected Interface up|down, Starting minimum "
        + "interface delay, Interface min delay expired or API ...)");
  }

  private Classification hsrpGroup(LogLine line, String iface, int group, String rest) {
    String device = line.device();
    Matcher transition = TRANSITION.matcher(rest);
    boolean arrow = rest.contains(" -> ");
    if (arrow && !rest.startsWith("Redundancy") && transition.matches()) {
      return observed(line, Printer.HSRP_DEBUG, new Observation.HsrpStateChanged(device, iface, group, null,
          state(transition.group(1)), state(transition.group(2)), null));
    }
    Matcher event = EVENT.matcher(rest);
    if (rest.length() > 3 && rest.indexOf('/') > 0 && rest.contains(": ") && event.matches()) {
      HsrpEvent hsrpEvent = HsrpEvent.ofLetter(event.group(2).charAt(0));
      int priority = event.group(4) == null ? -1 : Integer.parseInt(event.group(4));
      Ipv4 peer = event.group(5) == null ? null : ip(event.group(5));
      return observed(line, Printer.HSRP_DEBUG, new Observation.HsrpEventHandled(device, iface, group,
          state(event.group(1)), hsrpEvent, priority, peer, null));
    }
    Matcher redundancy = REDUNDANCY.matcher(rest);
    if (arrow && rest.startsWith("Redundancy \"") && redundancy.matches()) {
      HsrpState from = redundancyState(redundancy.group(2));
      HsrpState to = redundancyState(redundancy.group(3));
      if (from == null || to == null) {
        return new Unknown(Family.HSRP, "unknown redundancy state (expected Init, Backup, Speak, Standby, Active)");
      }
      return observed(line, Printer.HSRP_DEBUG,
          new Observation.HsrpStateChanged(device, iface, group, redundancy.group(1), from, to, null));
    }
    if (rest.startsWith("Redundancy group ") || rest.startsWith("Redundancy enquiry")) {
      return new Noise(Family.HSRP, "the redundancy clients are told the state again or asked for it; no change");
    }
    Matcher routerIs = ROUTER_IS.matcher(rest);
    if (rest.contains(" router is ") && routerIs.matches()) {
      int r = router(device);
      if (r < 0) {
        return notInLab(Family.HSRP, device);
      }
      Ipv4 local = lab.router(r).address();
      Ipv4 now = who(routerIs.group(2), local);
      Ipv4 was = routerIs.group(3) == null ? null : who(routerIs.group(3), local);
      Observation o = routerIs.group(1).equals("Active")
          ? new Observation.ActiveRouterChanged(device, iface, group, now, was, local)
          : new Observation.StandbyRouterChanged(device, iface, group, now, was, local);
      return observed(line, Printer.HSRP_DEBUG, o);
    }
    Matcher priority = PRIORITY.matcher(rest);
    if (priority.matches()) {
      return observed(line, Printer.HSRP_DEBUG, new Observation.PriorityChanged(device, iface, group,
          Integer.parseInt(priority.group(1)), Integer.parseInt(priority.group(2))));
    }
    if (rest.startsWith("Hello in ") || rest.startsWith("Hello out ") || rest.startsWith("Coup in ")
        || rest.startsWith("Coup out ") || rest.startsWith("Resign in ") || rest.startsWith("Resign out ")) {
      return new Noise(Family.HSRP, "packet debug: the event a packet causes is matched on its own line");
    }
    if (rest.startsWith("Starting ") || rest.startsWith("Stopping ") || rest.startsWith("Hello timer")
        || rest.startsWith("Track ") || rest.startsWith("Adding ") || rest.startsWith("Removing ")) {
      return new Noise(Family.HSRP, "timer or tracking bookkeeping without a state change");
    }
    return new Unknown(Family.HSRP, "unknown HSRP group message (expected STATE: x/event, STATE -> STATE, "
        + "Redundancy ..., Active|Standby router is ..., Priority A -> B)");
  }

  // ---- syslog ----

  private Classification syslog(LogLine line, String text) {
    Matcher m = SYSLOG.matcher(text);
    if (!m.matches()) {
      return new Unknown(Family.SYSLOG, "not a syslog message (expected %FACILITY-SEVERITY-MNEMONIC: text)");
    }
    String facility = m.group(1);
    String mnemonic = m.group(3);
    String body = m.group(4);
    String device = line.device();
    switch (facility) {
      case "HSRP", "STANDBY" -> {
        if (!mnemonic.equals("STATECHANGE")) {
          return new Noise(Family.HSRP, "%" + facility + "-" + mnemonic + " changes no state the model has");
        }
        Matcher sc = HSRP_STATECHANGE.matcher(body);
        if (sc.matches()) {
          return observed(line, Printer.HSRP_SYSLOG, new Observation.HsrpStateChanged(device, sc.group(1),
              Integer.parseInt(sc.group(2)), null, state(sc.group(3)), state(sc.group(4)), null));
        }
        Matcher old = STANDBY_STATECHANGE.matcher(body);
        if (old.matches()) {
          String iface = old.group(2) != null ? old.group(2) : old.group(3);
          int group = Integer.parseInt(old.group(1) != null ? old.group(1) : old.group(4));
          return observed(line, Printer.HSRP_SYSLOG, new Observation.HsrpStateChanged(device, iface, group, null,
              state(old.group(5)), state(old.group(6)), null));
        }
        return new Unknown(Family.HSRP, "state change not of the form IFACE Grp N state A -> B");
      }
      case "LINK" -> {
        Matcher link = LINK.matcher(body);
        if (link.matches()) {
          return observed(line, Printer.LINK_SYSLOG,
              new Observation.InterfaceStateChanged(device, link.group(1), link.group(2).equals("up")));
        }
        return new Unknown(Family.LINK, "link message not of the form Interface IFACE, changed state to up|down");
      }
      case "LINEPROTO" -> {
        Matcher proto = LINEPROTO.matcher(body);
        if (proto.matches()) {
          return observed(line, Printer.LINK_SYSLOG,
              new Observation.InterfaceStateChanged(device, proto.group(1), proto.group(2).equals("up")));
        }
        return new Unknown(Family.LINK, "line protocol message not of the form Line protocol on Interface IFACE, "
            + "changed state to up|down");
      }
      case "CRYPTO" -> {
        if (mnemonic.equals("SESSION_STATUS")) {
          Matcher session = SESSION.matcher(body);
          if (session.matches()) {
            return observed(line, Printer.CRYPTO_SYSLOG,
                new Observation.TunnelStatusChanged(device, ip(session.group(2)), session.group(1).equals("UP")));
          }
          return new Unknown(Family.CRYPTO, "session status not of the form Crypto tunnel is UP|DOWN. Peer ADDR");
        }
        if (mnemonic.equals("RECVD_PKT_INV_SPI")) {
          Matcher spi = INVALID_SPI.matcher(body);
          if (spi.matches()) {
            return observed(line, Printer.CRYPTO_SYSLOG, new Observation.InvalidSpiReceived(device, ip(spi.group(1))));
          }
          return new Unknown(Family.CRYPTO, "invalid SPI message without srcaddr=ADDR");
        }
        return new Noise(Family.CRYPTO, "%CRYPTO-" + mnemonic + " is not modelled");
      }
      case "TRACK" -> {
        return new Noise(Family.HSRP, "tracking object change: its effect is the HSRP 'Priority A -> B' line");
      }
      default -> {
        return new Noise(Family.SYSLOG, "%" + facility + " messages are outside the modelled protocols");
      }
    }
  }

  // ---- ISAKMP, IPSEC, routing ----

  private Classification isakmp(LogLine line, String text) {
    Matcher m = ISAKMP.matcher(text);
    if (!m.matches()) {
      return new Unknown(Family.ISAKMP, "not an ISAKMP debug line (expected ISAKMP (0:N): or ISAKMP:(N):)");
    }
    String body = m.group(1);
    String device = line.device();
    Matcher sending = SENDING.matcher(body);
    if (sending.matches()) {
      if (!sending.group(3).equals("QM_IDLE")) {
        return new Noise(Family.ISAKMP, NEGOTIATION + " (" + sending.group(3) + " packet)");
      }
      return observed(line, Printer.ISAKMP_DEBUG, new Observation.KeepaliveSent(device, ip(sending.group(1))));
    }
    Matcher received = RECEIVED.matcher(body);
    if (received.matches()) {
      if (!received.group(3).equals("QM_IDLE")) {
        return new Noise(Family.ISAKMP, NEGOTIATION + " (" + received.group(3) + " packet)");
      }
      return observed(line, Printer.ISAKMP_DEBUG, new Observation.KeepaliveAcked(device, ip(received.group(1))));
    }
    if (body.startsWith("incrementing error counter on sa")) {
      return observed(line, Printer.ISAKMP_DEBUG, new Observation.KeepaliveMissed(device, null, -1));
    }
    if (body.startsWith("peer not responding")) {
      return observed(line, Printer.ISAKMP_DEBUG, new Observation.PeerNotResponding(device, null));
    }
    Matcher deleting = DELETING_SA.matcher(body);
    if (deleting.matches()) {
      return observed(line, Printer.ISAKMP_DEBUG,
          new Observation.IkeSaDeleted(device, ip(deleting.group(3)), deleting.group(1)));
    }
    Matcher authenticated = AUTHENTICATED.matcher(body);
    if (authenticated.matches()) {
      return observed(line, Printer.ISAKMP_DEBUG,
          new Observation.IkeSaEstablished(device, ip(authenticated.group(1)), null));
    }
    Matcher failed = NEGOTIATION_FAILED.matcher(body);
    if (failed.matches()) {
      return observed(line, Printer.ISAKMP_DEBUG,
          new Observation.NegotiationFailed(device, ip(failed.group(1)), failed.group(2)));
    }
    for (String noise : ISAKMP_NOISE) {
      if (body.startsWith(noise)) {
        return new Noise(Family.ISAKMP, body.startsWith("processing NOTIFY") ? "an IKE notification being processed"
            : body.startsWith("purging node") || body.startsWith("deleting node")
                ? "IKE exchange bookkeeping (nodes are message exchanges)"
                : body.startsWith("peer does paranoid") || body.startsWith("phase 1 going away")
                    || body.startsWith("Bring down phase 2") || body.startsWith("That phase 1")
                    ? "IOS explaining the SA deletion that the 'deleting SA' line reports"
                    : NEGOTIATION);
      }
    }
    return new Unknown(Family.ISAKMP, "unknown ISAKMP message");
  }

  private Classification ipsec(LogLine line, String text) {
    Matcher m = IPSEC.matcher(text);
    if (!m.matches()) {
      return new Unknown(Family.IPSEC, "not an IPSEC debug line (expected IPSEC(function): text)");
    }
    String function = m.group(1);
    String body = m.group(2);
    String device = line.device();
    if (function.equals("rte_mgr")) {
      Matcher route = VPN_ROUTE.matcher(body);
      if (route.matches()) {
        Prefix network = prefix(route.group(2), route.group(3));
        Ipv4 via = ip(route.group(4));
        return observed(line, Printer.IPSEC_DEBUG, route.group(1).equals("Added")
            ? new Observation.RouteAdded(device, network, via) : new Observation.RouteRemoved(device, network, via));
      }
      return new Unknown(Family.IPSEC, "route manager message not of the form VPN Route Added|Removed NET MASK via "
          + "ADDR");
    }
    Matcher deleteAll = DELETE_ALL.matcher(body);
    if (deleteAll.matches()) {
      return observed(line, Printer.IPSEC_DEBUG, new Observation.IpsecSasDeleted(device, ip(deleteAll.group(1))));
    }
    Matcher created = SA_CREATED.matcher(body);
    if (function.equals("create_sa") && created.matches()) {
      return observed(line, Printer.IPSEC_DEBUG, new Observation.IkeSaEstablished(device, null, null));
    }
    return switch (function) {
      case "key_engine", "key_engine_delete_sas" ->
          new Noise(Family.IPSEC, "IPsec key engine bookkeeping; the deletion itself is 'delete all SAs shared with'");
      case "delete_sa" -> new Noise(Family.IPSEC, "one SA of a deletion logged as 'delete all SAs shared with'");
      case "validate_proposal", "validate_proposal_request", "validate_transform_proposal", "spi_response",
          "initialize_sas", "process_proposal", "sa_request", "create_sa", "key_engine_enable_outbound",
          "crypto_ipsec_sa_find_ident_head", "update_current_outbound_sa", "transform_sa_init", "manual_sa_request",
          "sa_initiate", "ipsec_process_proposal", "mtree_add_ident", "add_mtree", "policy_db_add_ident" ->
          new Noise(Family.IPSEC, "IPsec SA negotiation detail: the model makes a negotiation one step");
      default -> new Unknown(Family.IPSEC, "unknown IPSEC(" + function + ") message");
    };
  }

  private Classification routing(LogLine line, String text) {
    Matcher add = RT_ADD.matcher(text);
    if (add.matches()) {
      return observed(line, Printer.ROUTING_DEBUG, new Observation.OspfRouteChanged(line.device(),
          Prefix.parse(add.group(1)), List.of(ip(add.group(2)))));
    }
    Matcher delete = RT_DELETE.matcher(text);
    if (delete.matches()) {
      return observed(line, Printer.ROUTING_DEBUG,
          new Observation.OspfRouteChanged(line.device(), Prefix.parse(delete.group(1)), List.of()));
    }
    return new Noise(Family.ROUTING, "routing table detail outside the remote network's route");
  }

  // ---- helpers ----

  /** An observation needs its device: without one it is skipped, with the reason. */
  Classification observed(LogLine line, Printer printer, Observation o) {
    if (line.device() == null) {
      return new Skipped(printer.family(), "no device names this line (pass the file as --device NAME=FILE, or "
          + "prefix lines with [NAME])");
    }
    if (!knownDevice(line.device())) {
      return notInLab(printer.family(), line.device());
    }
    return new Observed(printer, o);
  }

  Classification notInLab(Family family, String device) {
    return new Skipped(family, device == null ? "no device names this line"
        : "device '" + device + "' is not in the lab (expected one of " + devices() + ")");
  }

  /** The address of the lab's router r. */
  Ipv4 address(int r) {
    return lab.router(r).address();
  }

  private boolean knownDevice(String device) {
    if (device == lastDevice && device != null) { // runs of lines of one device: most lines ask for the last one
      return true;
    }
    // the splitter hands out one string per name: a log's few devices are found by identity, without hashing
    for (String seen : lastKnown) {
      if (seen == device) {
        lastDevice = device;
        return true;
      }
    }
    boolean inLab = knownDevice0(device);
    if (inLab) {
      lastDevice = device;
      lastKnown[nextKnown] = device;
      nextKnown = (nextKnown + 1) % lastKnown.length;
    }
    return inLab;
  }

  private boolean knownDevice0(String device) {
    return known.computeIfAbsent(device, d -> router(d) >= 0 || d.equalsIgnoreCase(lab.remote().name())
        || d.equalsIgnoreCase(lab.internal().name()));
  }

  private String devices() {
    List<String> names = new java.util.ArrayList<>(lab.routerNames());
    names.add(lab.remote().name());
    names.add(lab.internal().name());
    return String.join(", ", names);
  }

  int router(String device) {
    if (device == null) {
      return -1;
    }
    if (device != routerDevice) { // the splitter hands out one string per name: most lines ask for the last one
      routerIndex = lab.routerIndex(device);
      routerDevice = device;
    }
    return routerIndex;
  }

  private static Ipv4 who(String text, Ipv4 local) {
    return switch (text) {
      case "local" -> local;
      case "unknown" -> null;
      default -> ip(text);
    };
  }

  private static HsrpState state(String name) {
    return switch (name) {
      case "Init", "Initial", "Disabled" -> HsrpState.INITIAL;
      default -> HsrpState.fromIosName(name);
    };
  }

  static HsrpState redundancyState(String name) {
    if (name.equals("Backup")) {
      return HsrpState.LISTEN;
    }
    try {
      return state(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Ipv4 ip(String dotted) {
    return Ipv4.parse(dotted);
  }

  private static Prefix prefix(String network, String mask) {
    int bits = Ipv4.parse(mask).bits();
    return new Prefix(Ipv4.parse(network), Integer.bitCount(bits));
  }

  private static String firstWords(String command) {
    String[] words = command.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 4)));
  }
}
