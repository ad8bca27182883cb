package io.havpn.config;

import io.havpn.config.RouterConfig.AccessList;
import io.havpn.config.RouterConfig.AclEntry;
import io.havpn.config.RouterConfig.CryptoMapEntry;
import io.havpn.config.RouterConfig.InterfaceAddress;
import io.havpn.config.RouterConfig.InterfaceConfig;
import io.havpn.config.RouterConfig.InterfaceCryptoMap;
import io.havpn.config.RouterConfig.IsakmpKeepalive;
import io.havpn.config.RouterConfig.IsakmpKey;
import io.havpn.config.RouterConfig.IsakmpPolicy;
import io.havpn.config.RouterConfig.KeepaliveMode;
import io.havpn.config.RouterConfig.NotModelled;
import io.havpn.config.RouterConfig.OspfNetwork;
import io.havpn.config.RouterConfig.OspfProcess;
import io.havpn.config.RouterConfig.Preempt;
import io.havpn.config.RouterConfig.RedistributeStatic;
import io.havpn.config.RouterConfig.StandbyGroup;
import io.havpn.config.RouterConfig.StandbyTimers;
import io.havpn.config.RouterConfig.StandbyTrack;
import io.havpn.config.RouterConfig.StaticRoute;
import io.havpn.config.RouterConfig.TransformSet;
import io.havpn.config.Words.Malformed;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads IOS running-configs into {@link RouterConfig}s: hostname, interfaces (address, shutdown), HSRP ({@code
 * standby}), ISAKMP (policy, keys, keepalive, invalid-SPI recovery), transform sets, crypto maps and their binding to
 * interfaces, extended access lists, OSPF and static routes. Every command is modelled, kept as not modelled (with the
 * reason), a comment, or framing ({@code show run} prompt, {@code Building configuration...}, {@code end}); malformed
 * ones are collected and thrown together as a {@link ConfigException}.
 */
public final class ConfigParser {

  /** A file's configurations and the text outside them. */
  public record ParsedFile(String file, List<RouterConfig> configs, List<ConfigText.Skipped> skipped) {
    public ParsedFile {
      configs = List.copyOf(configs);
      skipped = List.copyOf(skipped);
    }
  }

  private static final Set<String> GLOBAL_IP = Set.of("route", "cef", "classless", "subnet-zero", "host", "domain",
      "domain-lookup", "domain-name", "http", "access-list", "source-route", "name-server", "multicast-routing", "ssh",
      "dhcp", "sla", "routing", "forward-protocol", "bootp", "finger", "tcp", "ftp", "scp", "vrf", "prefix-list",
      "local", "default-gateway", "radius", "tftp", "flow-export", "options", "bgp-community", "community-list",
      "as-path", "explicit-path", "rcmd", "telnet", "wccp", "igmp", "pim");
  private static final Set<String> INTERFACE_WORDS = Set.of("ip", "standby", "shutdown", "duplex", "speed",
      "description", "bandwidth", "encapsulation", "mtu", "media-type", "negotiation", "load-interval", "tunnel", "pvc",
      "atm", "switchport", "channel-group", "vrrp", "glbp", "mac-address", "full-duplex", "half-duplex",
      "service-policy", "keepalive", "cdp", "delay", "arp", "clock", "no", "crypto", "ipv6", "fair-queue",
      "hold-queue", "vlan-id", "dot1q", "nameif", "security-level", "snmp", "logging", "power", "spanning-tree");
  private static final Set<String> POLICY_WORDS = Set.of("hash", "authentication", "encryption", "group", "lifetime");
  private static final Set<String> MAP_WORDS = Set.of("set", "match", "reverse-route", "description", "qos", "no");
  private static final Set<String> OSPF_WORDS = Set.of("network", "redistribute", "passive-interface",
      "log-adjacency-changes", "router-id", "default-information", "auto-cost", "maximum-paths", "area", "distance",
      "timers", "no", "default-metric", "distribute-list", "neighbor", "summary-address", "bfd");
  private static final Set<String> LINE_WORDS = Set.of("exec-timeout", "stopbits", "login", "transport", "password",
      "privilege", "logging", "exec", "access-class", "session-timeout", "flowcontrol", "speed", "no", "history",
      "length", "width", "autoselect", "modem", "escape-character", "absolute-timeout");
  private static final Set<String> ACL_WORDS = Set.of("permit", "deny", "remark");
  private static final Set<String> TRANSFORMS = Set.of("esp-des", "esp-3des", "esp-aes", "esp-md5-hmac",
      "esp-sha-hmac", "esp-sha256-hmac", "esp-sha384-hmac", "esp-sha512-hmac", "esp-null", "esp-gcm", "esp-gmac",
      "esp-seal", "ah-md5-hmac", "ah-sha-hmac", "ah-sha256-hmac", "comp-lzs", "128", "192", "256");

  private ConfigParser() {}

  /** Reads one file, which may hold several configurations. */
  public static ParsedFile parse(String file, String text) throws ConfigException {
    ConfigText configText = ConfigText.read(file, text);
    List<RouterConfig> configs = new ArrayList<>();
    List<ConfigException.Problem> problems = new ArrayList<>();
    for (ConfigText.Block block : configText.blocks()) {
      try {
        configs.add(new Reader(file, block).read());
      } catch (ConfigException e) {
        problems.addAll(e.problems());
      }
    }
    if (configs.isEmpty() && problems.isEmpty()) {
      problems.add(new ConfigException.Problem(Location.of(file, 1),
          "no configuration found (expected a router's running-config: 'hostname', 'interface', ...)"));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new ParsedFile(file, configs, configText.skipped());
  }

  /** Reads exactly one configuration. */
  public static RouterConfig parseOne(String file, String text) throws ConfigException {
    ParsedFile parsed = parse(file, text);
    if (parsed.configs().size() != 1) {
      throw new ConfigException(Location.of(file, 1), "expected one configuration, found " + parsed.configs().size());
    }
    return parsed.configs().get(0);
  }

  private enum Mode { GLOBAL, INTERFACE, POLICY, CRYPTO_MAP, OSPF, ACL, LINE, OTHER }

  /** The reading of one configuration: the modes it passes through and what it collects. */
  private static final class Reader {
    final String file;
    final ConfigText.Block block;
    final List<ConfigException.Problem> problems = new ArrayList<>();
    Located<String> hostname;
    final List<InterfaceDraft> interfaces = new ArrayList<>();
    final List<PolicyDraft> policies = new ArrayList<>();
    final List<IsakmpKey> keys = new ArrayList<>();
    IsakmpKeepalive keepalive;
    Location invalidSpiRecovery;
    final List<TransformSet> transformSets = new ArrayList<>();
    final List<MapDraft> maps = new ArrayList<>();
    final Map<String, AclDraft> acls = new LinkedHashMap<>();
    final List<OspfDraft> ospf = new ArrayList<>();
    final List<StaticRoute> routes = new ArrayList<>();
    final List<NotModelled> notModelled = new ArrayList<>();
    final List<ConfigLine> comments = new ArrayList<>();

    Mode mode = Mode.GLOBAL;
    String otherParent;
    InterfaceDraft currentInterface;
    PolicyDraft currentPolicy;
    MapDraft currentMap;
    OspfDraft currentOspf;
    AclDraft currentAcl;

    Reader(String file, ConfigText.Block block) {
      this.file = file;
      this.block = block;
    }

    RouterConfig read() throws ConfigException {
      for (ConfigLine line : block.lines()) {
        try {
          readLine(line);
        } catch (Malformed e) {
          problems.add(new ConfigException.Problem(line.at(), e.getMessage()));
        }
      }
      Location start = block.lines().get(0).at();
      if (block.framed() && !block.ended()) {
        ConfigLine last = block.lines().get(block.lines().size() - 1);
        problems.add(new ConfigException.Problem(last.at(), "the configuration stops here without 'end': it is "
            + "truncated (expected the rest of the 'show run' up to 'end')"));
      }
      if (hostname == null && problems.isEmpty()) {
        problems.add(new ConfigException.Problem(start, "no 'hostname' command: this does not look like a router's "
            + "running-config (expected 'hostname NAME')"));
      }
      if (!problems.isEmpty()) {
        throw new ConfigException(problems);
      }
      return new RouterConfig(hostname, start, interfaces.stream().map(InterfaceDraft::build).toList(),
          policies.stream().map(PolicyDraft::build).toList(), keys, keepalive, invalidSpiRecovery, transformSets,
          maps.stream().map(MapDraft::build).toList(), acls.values().stream().map(AclDraft::build).toList(),
          ospf.stream().map(OspfDraft::build).toList(), routes, notModelled, comments);
    }

    void readLine(ConfigLine line) throws Malformed {
      String text = line.text();
      if (text.startsWith("!")) {
        comments.add(line);
        if (text.equals("!") && !Boolean.TRUE.equals(line.indented())) {
          mode = Mode.GLOBAL;
        }
        return;
      }
      if (ConfigText.isPrompt(line) || text.equals("Building configuration...")
          || text.matches("Current configuration ?: ?\\d+ bytes") || text.equals("end")) {
        comments.add(line); // framing: part of every saved show run
        mode = Mode.GLOBAL;
        return;
      }
      char first = text.charAt(0);
      if (!Character.isLetterOrDigit(first)) {
        throw new Malformed("'" + text + "' is not an IOS command (expected a command word, or '!' for a comment)");
      }
      List<String> words = line.words();
      boolean sub = Boolean.TRUE.equals(line.indented())
          || (line.indented() == null && isSubCommand(mode, words, 0));
      if (sub) {
        if (mode == Mode.GLOBAL) {
          throw new Malformed("'" + text + "' is indented but follows no 'interface', 'router', 'crypto map' or other "
              + "mode command");
        }
        readSubCommand(line, words);
      } else {
        mode = Mode.GLOBAL;
        readGlobal(line, words);
      }
    }

    void readSubCommand(ConfigLine line, List<String> words) throws Malformed {
      switch (mode) {
        case INTERFACE -> readInterfaceCommand(line, words);
        case POLICY -> readPolicyCommand(line, words);
        case CRYPTO_MAP -> readMapCommand(line, words);
        case OSPF -> readOspfCommand(line, words);
        case ACL -> readAclCommand(line, words);
        case LINE, OTHER -> notModelled(line, "inside '" + otherParent + "', which havpn does not model");
        default -> throw new IllegalStateException("no sub-commands in " + mode);
      }
    }

    // ---- global commands ----

    void readGlobal(ConfigLine line, List<String> words) throws Malformed {
      String head = words.get(0);
      Words w = new Words(line, 1);
      switch (head) {
        case "hostname" -> {
          String name = w.word("the host name");
          w.end();
          hostname = new Located<>(name, line.at());
        }
        case "interface" -> {
          String name = w.rest();
          if (name.isEmpty()) {
            throw new Malformed("'interface': missing the interface name (expected such as 'interface "
                + "FastEthernet0/0')");
          }
          currentInterface = new InterfaceDraft(name.replace(" ", ""), line.at());
          interfaces.add(currentInterface);
          mode = Mode.INTERFACE;
        }
        case "crypto" -> readCrypto(line, w);
        case "access-list" -> readNumberedAcl(line, w);
        case "router" -> {
          if (w.accept("ospf")) {
            currentOspf = new OspfDraft(w.number("the OSPF process id", 1, 65535), line.at());
            ospf.add(currentOspf);
            mode = Mode.OSPF;
          } else {
            enterOther(line, "routing protocols other than OSPF are not modelled");
          }
        }
        case "ip" -> readGlobalIp(line, w);
        case "line" -> {
          notModelled(line, "terminal lines are not modelled");
          mode = Mode.LINE;
          otherParent = line.text();
        }
        default -> {
          if (Character.isDigit(head.charAt(0))) {
            throw new Malformed("'" + line.text() + "' is not an IOS command (expected a command word)");
          }
          enterOther(line, "not part of what havpn models (HSRP, crypto, ACLs, OSPF, static routes)");
        }
      }
    }

    void enterOther(ConfigLine line, String reason) {
      notModelled(line, reason);
      mode = Mode.OTHER;
      otherParent = line.text();
    }

    void readGlobalIp(ConfigLine line, Words w) throws Malformed {
      if (w.accept("route")) {
        if (w.peekIs("vrf")) {
          notModelled(line, "VRF routes are not modelled");
          return;
        }
        Ipv4 network = w.address("the route's network");
        int length = w.mask("the route's mask");
        Ipv4 nextHop = null;
        String exit = null;
        if (w.hasNext() && Character.isDigit(w.peek().charAt(0))) {
          nextHop = w.address("the next hop");
        } else {
          exit = w.word("a next hop or an exit interface");
          if (w.hasNext() && Character.isDigit(w.peek().charAt(0))) {
            nextHop = w.address("the next hop");
          }
        }
        w.rest(); // distance, tag, name, permanent: not needed
        routes.add(new StaticRoute(Words.network(network, length), nextHop, exit, line.at()));
      } else if (w.accept("access-list")) {
        if (w.accept("extended") || w.accept("standard")) {
          boolean standard = line.words().get(2).equals("standard");
          String name = w.word("the access list's name");
          currentAcl = acls.computeIfAbsent(name, n -> new AclDraft(n, line.at(), standard));
          mode = Mode.ACL;
        } else {
          enterOther(line, "only standard and extended access lists are modelled");
        }
      } else {
        notModelled(line, "not part of what havpn models");
      }
    }

    void readCrypto(ConfigLine line, Words w) throws Malformed {
      if (w.accept("isakmp")) {
        if (w.accept("policy")) {
          currentPolicy = new PolicyDraft(w.number("the policy priority", 1, 10000), line.at());
          w.end();
          policies.add(currentPolicy);
          mode = Mode.POLICY;
        } else if (w.accept("key")) {
          if (w.peekIs("0") || w.peekIs("6")) {
            w.word("the key's encryption type");
          }
          String key = w.word("the pre-shared key");
          if (w.accept("hostname")) {
            notModelled(line, "keys for a host name are not modelled (havpn follows peers by address)");
            w.rest();
            return;
          }
          if (!w.accept("address")) {
            throw new Malformed("'" + line.text() + "': expected 'crypto isakmp key KEY address A [MASK]'");
          }
          Ipv4 address = w.address("the peer address");
          Ipv4 mask = w.hasNext() && Character.isDigit(w.peek().charAt(0)) ? w.address("the peer mask") : null;
          w.accept("no-xauth");
          w.end();
          keys.add(new IsakmpKey(key, address, mask, line.at()));
        } else if (w.accept("keepalive")) {
          int seconds = w.number("the keepalive interval in seconds", 10, 3600);
          int retry = w.peekIsNumber() ? w.number("the retry interval in seconds", 2, 60) : 0;
          KeepaliveMode keepaliveMode = KeepaliveMode.ON_DEMAND;
          if (w.accept("periodic")) {
            keepaliveMode = KeepaliveMode.PERIODIC;
          } else {
            w.accept("on-demand");
          }
          w.end();
          keepalive = new IsakmpKeepalive(seconds, retry, keepaliveMode, line.at());
        } else if (w.accept("invalid-spi-recovery")) {
          w.end();
          invalidSpiRecovery = line.at();
        } else {
          notModelled(line, "this ISAKMP setting is not modelled");
        }
      } else if (w.accept("ipsec")) {
        if (w.accept("transform-set")) {
          String name = w.word("the transform set's name");
          List<String> transforms = new ArrayList<>();
          while (w.hasNext()) {
            String transform = w.word("a transform");
            if (!TRANSFORMS.contains(transform.toLowerCase(java.util.Locale.ROOT))) {
              throw new Malformed("'" + line.text() + "': unknown transform '" + transform + "' (expected such as "
                  + "esp-des, esp-3des, esp-aes, esp-md5-hmac, esp-sha-hmac)");
            }
            transforms.add(transform.toLowerCase(java.util.Locale.ROOT));
          }
          if (transforms.isEmpty()) {
            throw new Malformed("'" + line.text() + "': missing the transforms (expected such as 'esp-des "
                + "esp-md5-hmac')");
          }
          transformSets.add(new TransformSet(name, transforms, line.at()));
          mode = Mode.OTHER; // "mode tunnel|transport" under it is not modelled
          otherParent = line.text();
        } else {
          notModelled(line, "this IPsec setting is not modelled");
        }
      } else if (w.accept("map")) {
        String name = w.word("the crypto map's name");
        if (w.peekIsNumber()) {
          int sequence = w.number("the sequence number", 1, 65535);
          String type = w.hasNext() ? w.word("the map type") : "ipsec-isakmp";
          if (!type.equals("ipsec-isakmp") && !type.equals("ipsec-manual")) {
            throw new Malformed("'" + line.text() + "': expected 'ipsec-isakmp' or 'ipsec-manual' after the sequence "
                + "number, found '" + type + "'");
          }
          if (w.accept("dynamic")) {
            notModelled(line, "dynamic crypto map templates are not modelled");
            w.rest();
            mode = Mode.OTHER;
            otherParent = line.text();
            return;
          }
          w.end();
          currentMap = new MapDraft(name, sequence, type, line.at());
          maps.add(currentMap);
          mode = Mode.CRYPTO_MAP;
        } else if (w.peekIs("redundancy") || !w.hasNext()) {
          throw new Malformed("'" + line.text() + "': binds a crypto map to an interface, but is not under an "
              + "'interface' (expected it indented under the interface)");
        } else {
          notModelled(line, "this crypto map setting is not modelled");
        }
      } else {
        enterOther(line, "this crypto feature is not modelled");
      }
    }

    void readNumberedAcl(ConfigLine line, Words w) throws Malformed {
      int number = w.number("the access list number", 1, 2699);
      boolean extended = (number >= 100 && number <= 199) || number >= 2000;
      boolean standard = number <= 99 || (number >= 1300 && number <= 1999);
      if (w.peekIs("remark")) {
        notModelled(line, "remark");
        return;
      }
      if (!extended && !standard) {
        notModelled(line, "only IP standard and extended access lists are modelled");
        return;
      }
      String name = Integer.toString(number);
      AclDraft acl = acls.computeIfAbsent(name, n -> new AclDraft(n, line.at(), standard));
      acl.entries.add(aclEntry(line, w, standard));
    }

    AclEntry aclEntry(ConfigLine line, Words w, boolean standard) throws Malformed {
      String action = w.word("permit or deny");
      if (!action.equals("permit") && !action.equals("deny")) {
        throw new Malformed("'" + line.text() + "': expected permit or deny, found '" + action + "'");
      }
      String protocol = standard ? "ip" : w.word("the protocol (ip, tcp, udp, icmp, ...)");
      Prefix source = w.aclAddress("the source", standard);
      String options = "";
      Prefix destination = new Prefix(new Ipv4(0), 0);
      if (!standard) {
        String sourcePorts = ports(w);
        destination = w.aclAddress("the destination", false);
        options = (sourcePorts.isEmpty() ? "" : "source " + sourcePorts + " ") + w.rest();
      } else {
        options = w.rest();
      }
      return new AclEntry(action.equals("permit"), protocol, source, destination, options.trim(), line.at());
    }

    static String ports(Words w) throws Malformed {
      if (w.peekIs("eq") || w.peekIs("neq") || w.peekIs("lt") || w.peekIs("gt")) {
        return w.word("a port operator") + " " + w.word("a port");
      }
      if (w.peekIs("range")) {
        return w.word("range") + " " + w.word("the first port") + " " + w.word("the last port");
      }
      return "";
    }

    // ---- interface mode ----

    void readInterfaceCommand(ConfigLine line, List<String> words) throws Malformed {
      InterfaceDraft draft = currentInterface;
      Words w = new Words(line, 1);
      switch (words.get(0)) {
        case "ip" -> {
          if (w.accept("address")) {
            if (w.peekIs("dhcp") || w.peekIs("negotiated")) {
              notModelled(line, "dynamic addresses are not modelled");
              w.rest();
              return;
            }
            Ipv4 address = w.address("the interface address");
            int length = w.mask("the subnet mask");
            if (w.accept("secondary")) {
              notModelled(line, "secondary addresses are not modelled");
              return;
            }
            w.end();
            draft.address = new InterfaceAddress(address, Words.network(address, length), line.at());
          } else {
            notModelled(line, "this interface setting is not modelled");
          }
        }
        case "no" -> {
          if (w.accept("shutdown")) {
            w.end();
            draft.shutdown = null;
            comments.add(line); // the default, stated
          } else if (w.accept("ip") && w.accept("address")) {
            w.end();
            draft.address = null;
            comments.add(line); // the default, stated
          } else {
            notModelled(line, "this interface setting is not modelled");
          }
        }
        case "shutdown" -> {
          w.end();
          draft.shutdown = line.at();
        }
        case "standby" -> readStandby(line, w, draft);
        case "crypto" -> {
          if (!w.accept("map")) {
            notModelled(line, "this interface crypto setting is not modelled");
            return;
          }
          String map = w.word("the crypto map's name");
          Located<String> redundancy = null;
          boolean stateful = false;
          if (w.accept("redundancy")) {
            redundancy = new Located<>(w.word("the standby group's name after 'redundancy'"), line.at());
            stateful = w.accept("stateful");
            if (stateful && w.hasNext()) {
              w.word("the stateful failover name");
            }
          }
          w.end();
          draft.cryptoMap = new InterfaceCryptoMap(map, redundancy, stateful, line.at());
        }
        default -> notModelled(line, "this interface setting is not modelled");
      }
    }

    void readStandby(ConfigLine line, Words w, InterfaceDraft draft) throws Malformed {
      if (w.accept("version")) {
        int version = w.number("the HSRP version", 1, 2);
        w.end();
        draft.version = new Located<>(version, line.at());
        return;
      }
      int number = w.peekIsNumber() ? w.number("the standby group number", 0, 4095) : 0;
      StandbyDraft group = draft.group(number, line.at());
      String keyword = w.word("a standby keyword (ip, priority, preempt, name, track, timers, ...)");
      switch (keyword) {
        case "ip" -> {
          if (w.hasNext()) {
            Ipv4 ip = w.address("the virtual IP");
            if (w.accept("secondary")) {
              notModelled(line, "secondary virtual IPs are not modelled");
              return;
            }
            w.end();
            group.ip = new Located<>(ip, line.at());
          } else {
            group.learn = line.at(); // HSRP enabled, the virtual IP learnt from the Active router
          }
        }
        case "priority" -> {
          group.priority = new Located<>(w.number("the priority", 0, 255), line.at());
          w.end();
        }
        case "preempt" -> {
          int delay = 0;
          if (w.accept("delay")) {
            boolean any = false;
            while (w.hasNext()) {
              if (w.accept("minimum")) {
                delay = w.number("the preempt delay in seconds", 0, 3600);
              } else if (w.accept("reload") || w.accept("sync")) {
                w.number("a preempt delay in seconds", 0, 3600);
              } else if (!any && w.peekIsNumber()) {
                delay = w.number("the preempt delay in seconds", 0, 3600);
              } else {
                throw new Malformed("'" + line.text() + "': expected 'delay [minimum S] [reload S] [sync S]'");
              }
              any = true;
            }
            if (!any) {
              throw new Malformed("'" + line.text() + "': missing the delay after 'delay'");
            }
          }
          w.end();
          group.preempt = new Preempt(delay, line.at());
        }
        case "name" -> {
          group.name = new Located<>(w.word("the group name"), line.at());
          w.end();
        }
        case "track" -> {
          if (w.peekIsNumber()) {
            notModelled(line, "tracking objects are not modelled (only 'standby N track INTERFACE [DECREMENT]')");
            w.rest();
            return;
          }
          String tracked = w.word("the tracked interface");
          if (w.hasNext() && !w.peekIsNumber() && !w.peekIs("decrement")) {
            tracked += w.word("the tracked interface"); // "FastEthernet 0/1"
          }
          w.accept("decrement");
          boolean byDefault = !w.hasNext();
          int decrement = byDefault ? StandbyTrack.DEFAULT_DECREMENT : w.number("the decrement", 1, 255);
          w.end();
          group.tracks.add(new StandbyTrack(tracked, decrement, byDefault, line.at()));
        }
        case "timers" -> {
          int hello = timer(w, "the hello time");
          int hold = timer(w, "the hold time");
          w.end();
          group.timers = new StandbyTimers(hello, hold, line.at());
        }
        case "authentication" -> {
          String rest = w.rest();
          if (rest.isEmpty()) {
            throw new Malformed("'" + line.text() + "': missing the authentication string");
          }
          group.authentication = new Located<>(rest, line.at());
        }
        default -> notModelled(line, "this HSRP setting is not modelled");
      }
    }

    static int timer(Words w, String what) throws Malformed {
      if (w.accept("msec")) {
        return w.number(what + " in milliseconds", 15, 999);
      }
      return w.number(what + " in seconds", 1, 255) * 1000;
    }

    // ---- ISAKMP policy, crypto map, OSPF and ACL modes ----

    void readPolicyCommand(ConfigLine line, List<String> words) throws Malformed {
      if (POLICY_WORDS.contains(words.get(0))) {
        if (words.size() < 2) {
          throw new Malformed("'" + line.text() + "': missing the value");
        }
        currentPolicy.settings.add(new Located<>(line.text(), line.at()));
      } else {
        notModelled(line, "this ISAKMP policy setting is not modelled");
      }
    }

    void readMapCommand(ConfigLine line, List<String> words) throws Malformed {
      Words w = new Words(line, 1);
      switch (words.get(0)) {
        case "set" -> {
          if (w.accept("peer")) {
            Ipv4 peer = w.address("the peer address");
            w.accept("default");
            w.end();
            currentMap.peers.add(new Located<>(peer, line.at()));
          } else if (w.accept("transform-set")) {
            if (!w.hasNext()) {
              throw new Malformed("'" + line.text() + "': missing the transform set's name");
            }
            while (w.hasNext()) {
              currentMap.transformSets.add(new Located<>(w.word("a transform set"), line.at()));
            }
          } else {
            notModelled(line, "this crypto map setting is not modelled");
          }
        }
        case "match" -> {
          if (!w.accept("address")) {
            notModelled(line, "this crypto map match is not modelled");
            return;
          }
          currentMap.matchAddress = new Located<>(w.word("the access list after 'match address'"), line.at());
          w.end();
        }
        case "reverse-route" -> currentMap.reverseRoute = new Located<>(w.rest(), line.at());
        default -> notModelled(line, "this crypto map setting is not modelled");
      }
    }

    void readOspfCommand(ConfigLine line, List<String> words) throws Malformed {
      Words w = new Words(line, 1);
      switch (words.get(0)) {
        case "network" -> {
          Ipv4 address = w.address("the network address");
          int length = w.wildcard("the network wildcard");
          if (!w.accept("area")) {
            throw new Malformed("'" + line.text() + "': expected 'network A WILDCARD area AREA'");
          }
          String area = w.word("the area");
          w.end();
          currentOspf.networks.add(new OspfNetwork(Words.network(address, length), area, line.at()));
        }
        case "redistribute" -> {
          if (w.accept("static")) {
            boolean subnets = false;
            while (w.hasNext()) {
              subnets |= w.word("a redistribute option").equals("subnets");
            }
            currentOspf.redistributeStatic = new RedistributeStatic(subnets, line.at());
          } else {
            notModelled(line, "only static routes are modelled as redistributed (RRI installs static routes)");
          }
        }
        case "passive-interface" -> {
          String name = w.rest();
          if (name.isEmpty()) {
            throw new Malformed("'" + line.text() + "': missing the interface");
          }
          if (name.equals("default")) {
            notModelled(line, "passive-interface default is not modelled");
          } else {
            currentOspf.passive.add(new Located<>(name.replace(" ", ""), line.at()));
          }
        }
        default -> notModelled(line, "this OSPF setting is not modelled");
      }
    }

    void readAclCommand(ConfigLine line, List<String> words) throws Malformed {
      Words w = new Words(line, 0);
      if (w.peekIsNumber()) {
        w.number("the entry's sequence number", 1, 2147483647);
      }
      if (w.peekIs("remark")) {
        notModelled(line, "remark");
        return;
      }
      currentAcl.entries.add(aclEntry(line, w, currentAcl.standard));
    }

    void notModelled(ConfigLine line, String reason) {
      notModelled.add(new NotModelled(line, reason));
    }

    /** In a run-together line, whether a command belongs to the mode being read (else it is global). */
    static boolean isSubCommand(Mode mode, List<String> words, int at) {
      if (at >= words.size()) {
        return false;
      }
      String head = words.get(at);
      return switch (mode) {
        case INTERFACE -> {
          if (head.equals("no")) {
            yield isSubCommand(mode, words, at + 1);
          }
          if (head.equals("ip")) {
            yield at + 1 < words.size() && !GLOBAL_IP.contains(words.get(at + 1));
          }
          if (head.equals("crypto")) {
            // "crypto map NAME [redundancy ...]" binds a map; "crypto map NAME SEQ ..." defines one (global)
            yield at + 2 < words.size() && words.get(at + 1).equals("map")
                && (at + 3 >= words.size() || words.get(at + 3).equals("redundancy"));
          }
          yield INTERFACE_WORDS.contains(head);
        }
        case POLICY -> POLICY_WORDS.contains(head);
        case CRYPTO_MAP -> MAP_WORDS.contains(head) && !(head.equals("no") && !isSubCommand(mode, words, at + 1));
        case OSPF -> OSPF_WORDS.contains(head) && !(head.equals("no") && !isSubCommand(mode, words, at + 1));
        case ACL -> ACL_WORDS.contains(head) || Character.isDigit(head.charAt(0));
        case LINE -> LINE_WORDS.contains(head) && !(head.equals("no") && !isSubCommand(mode, words, at + 1));
        default -> false;
      };
    }
  }

  // ---- drafts: mutable while a configuration is read, then frozen into records ----

  private static final class InterfaceDraft {
    final String name;
    final Location at;
    InterfaceAddress address;
    Location shutdown;
    Located<Integer> version;
    final Map<Integer, StandbyDraft> groups = new LinkedHashMap<>();
    InterfaceCryptoMap cryptoMap;

    InterfaceDraft(String name, Location at) {
      this.name = name;
      this.at = at;
    }

    StandbyDraft group(int number, Location line) {
      return groups.computeIfAbsent(number, n -> new StandbyDraft(n, line));
    }

    InterfaceConfig build() {
      return new InterfaceConfig(name, at, address, shutdown,
          groups.values().stream().map(g -> g.build(version)).toList(), cryptoMap);
    }
  }

  private static final class StandbyDraft {
    final int number;
    final Location at;
    Located<Ipv4> ip;
    Location learn;
    Located<Integer> priority;
    Preempt preempt;
    Located<String> name;
    final List<StandbyTrack> tracks = new ArrayList<>();
    StandbyTimers timers;
    Located<String> authentication;

    StandbyDraft(int number, Location at) {
      this.number = number;
      this.at = at;
    }

    StandbyGroup build(Located<Integer> version) {
      return new StandbyGroup(number, at, ip, priority, preempt, name, tracks, timers, version, authentication);
    }
  }

  private static final class PolicyDraft {
    final int priority;
    final Location at;
    final List<Located<String>> settings = new ArrayList<>();

    PolicyDraft(int priority, Location at) {
      this.priority = priority;
      this.at = at;
    }

    IsakmpPolicy build() {
      return new IsakmpPolicy(priority, at, settings);
    }
  }

  private static final class MapDraft {
    final String name;
    final int sequence;
    final String type;
    final Location at;
    final List<Located<Ipv4>> peers = new ArrayList<>();
    final List<Located<String>> transformSets = new ArrayList<>();
    Located<String> matchAddress;
    Located<String> reverseRoute;

    MapDraft(String name, int sequence, String type, Location at) {
      this.name = name;
      this.sequence = sequence;
      this.type = type;
      this.at = at;
    }

    CryptoMapEntry build() {
      return new CryptoMapEntry(name, sequence, type, at, peers, transformSets, matchAddress, reverseRoute);
    }
  }

  private static final class AclDraft {
    final String name;
    final Location at;
    final boolean standard;
    final List<AclEntry> entries = new ArrayList<>();

    AclDraft(String name, Location at, boolean standard) {
      this.name = name;
      this.at = at;
      this.standard = standard;
    }

    AccessList build() {
      return new AccessList(name, at, entries);
    }
  }

  private static final class OspfDraft {
    final int id;
    final Location at;
    final List<OspfNetwork> networks = new ArrayList<>();
    RedistributeStatic redistributeStatic;
    final List<Located<String>> passive = new ArrayList<>();

    OspfDraft(int id, Location at) {
      this.id = id;
      this.at = at;
    }

    OspfProcess build() {
      return new OspfProcess(id, at, networks, redistributeStatic, passive);
    }
  }
}
