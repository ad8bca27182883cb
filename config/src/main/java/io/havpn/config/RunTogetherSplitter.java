package io.havpn.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a line that holds many IOS commands run together (the source document prints each configuration on one line:
 * {@code ... ! interface FastEthernet0/0 ip address 172.16.172.52 255.255.255.240 duplex full speed 100 standby 1 ip
 * ...}) back into commands.
 *
 * <p>A command starts at a word that starts IOS commands (a "head": {@code interface}, {@code standby}, {@code ip
 * address}, {@code set}, ...). Each head protects the words that must follow it ({@code crypto map vpn}, {@code
 * standby 1 track}, an access-list entry's addresses), so that a head word used as an argument does not split a
 * command. A {@code !---} comment runs until the next {@code !}, or until a head that follows the end of a sentence.
 * This is a heuristic for the document's text; a saved {@code show run}, one command per line, needs none of it.
 */
final class RunTogetherSplitter {

  /** Words that start commands, in any mode (global, interface, ISAKMP policy, crypto map, OSPF, line, ACL). */
  private static final Set<String> HEADS = Set.of(
      // global
      "version", "service", "hostname", "boot-start-marker", "boot-end-marker", "boot", "aaa", "ip", "no", "crypto",
      "interface", "router", "access-list", "line", "end", "enable", "username", "logging", "snmp-server", "ntp",
      "banner", "control-plane", "memory-size", "license", "archive", "alias", "scheduler", "spanning-tree", "vtp",
      "cdp", "mpls", "Building", "Current",
      // interface
      "description", "shutdown", "duplex", "speed", "standby", "bandwidth", "encapsulation", "mtu", "media-type",
      "negotiation", "load-interval", "tunnel", "pvc", "atm", "switchport", "channel-group", "vrrp", "glbp",
      "mac-address", "full-duplex", "half-duplex", "service-policy",
      // crypto isakmp policy
      "hash", "authentication", "encryption", "group", "lifetime",
      // crypto map
      "set", "match", "reverse-route",
      // router ospf
      "network", "redistribute", "passive-interface", "log-adjacency-changes", "router-id", "default-information",
      "auto-cost", "maximum-paths",
      // line
      "exec-timeout", "stopbits", "login", "transport", "session-timeout", "flowcontrol",
      // ip access-list extended
      "permit", "deny", "remark");

  /** Words after which the next word is the value of an ACL option, not a new command. */
  private static final Set<String> ACL_VALUE_OPTIONS = Set.of("eq", "neq", "lt", "gt", "precedence", "tos", "dscp",
      "time-range", "log-input", "ttl");
  private static final Set<String> ACL_FLAG_OPTIONS = Set.of("log", "established", "fragments", "echo", "echo-reply",
      "log-input");

  private RunTogetherSplitter() {}

  /** One word of the line and the column (1-based) where it starts. */
  record Word(String text, int column) {}

  /** A line is run together when a {@code !} separator or a {@code show run} prompt has commands after it. */
  static boolean isRunTogether(String line) {
    List<Word> words = words(line);
    if (words.size() < 3) {
      return false;
    }
    if (isPrompt(words, 0) && words.size() > 2) {
      return true;
    }
    for (int i = 1; i < words.size() - 1; i++) {
      if (words.get(i).text().equals("!") && !words.get(0).text().startsWith("!")) {
        return true;
      }
    }
    return false;
  }

  /** The commands of a run-together line, each located at its first word. */
  static List<ConfigLine> split(String file, int lineNumber, String line) {
    List<Word> words = words(line);
    List<ConfigLine> commands = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = commandEnd(words, i);
      StringBuilder text = new StringBuilder();
      for (int k = i; k < end; k++) {
        text.append(k == i ? "" : " ").append(words.get(k).text());
      }
      commands.add(new ConfigLine(new Location(file, lineNumber, words.get(i).column()), text.toString(), null));
      i = end;
    }
    return commands;
  }

  private static int commandEnd(List<Word> words, int start) {
    String first = words.get(start).text();
    int n = words.size();
    if (first.equals("!") || first.equals("end")) {
      return start + 1; // what follows "end" is outside the configuration: table markup in the document
    }
    if (first.startsWith("!")) {
      int j = start + 1;
      while (j < n && !words.get(j).text().startsWith("!")
          && !(isHead(words, j) && endsSentence(words.get(j - 1).text()))) {
        j++;
      }
      return j;
    }
    if (isPrompt(words, start)) {
      return Math.min(n, start + 2);
    }
    int j = Math.min(n, start + protectedLength(words, start));
    if (first.equals("access-list") || ((first.equals("permit") || first.equals("deny")) && j < n)) {
      j = aclEnd(words, start);
    }
    while (j < n && !isBoundary(words, j)) {
      j++;
    }
    return j;
  }

  private static boolean isBoundary(List<Word> words, int j) {
    return words.get(j).text().startsWith("!") || isHead(words, j) || isPrompt(words, j);
  }

  static boolean isHead(List<Word> words, int i) {
    String word = words.get(i).text();
    if (!HEADS.contains(word)) {
      return false;
    }
    // "ip" starts a command only before a keyword: "standby 1 ip 172.16.172.53" carries an address
    return !word.equals("ip") || (i + 1 < words.size() && Character.isLetter(words.get(i + 1).text().charAt(0)));
  }

  /** {@code host#show run}, {@code host#sh run}, {@code host#show running-config}. */
  static boolean isPrompt(List<Word> words, int i) {
    String word = words.get(i).text();
    int hash = word.indexOf('#');
    return hash > 0 && (word.endsWith("#show") || word.endsWith("#sh")) && i + 1 < words.size()
        && words.get(i + 1).text().startsWith("run");
  }

  private static boolean endsSentence(String word) {
    return word.endsWith(".") || word.endsWith(".\"") || word.endsWith(":") || word.endsWith("?");
  }

  /** Words a head takes before another head may start a command. */
  private static int protectedLength(List<Word> words, int i) {
    String word = words.get(i).text();
    switch (word) {
      case "no":
        return i + 1 < words.size() ? 1 + protectedLength(words, i + 1) : 1;
      case "standby": {
        int length = 2; // standby [group] keyword
        if (i + 1 < words.size() && isNumber(words.get(i + 1).text())) {
          length++;
        }
        return length;
      }
      case "ip":
      case "interface":
      case "service":
      case "boot":
      case "Building":
      case "aaa":
        return 2;
      case "crypto":
      case "router":
      case "line":
        return 3;
      case "Current":
        return 5;
      default:
        return 1;
    }
  }

  /**
   * The end of an access-list entry: {@code access-list N permit|deny PROTOCOL SOURCE DESTINATION [options]} or an
   * ACL sub-mode entry {@code permit|deny ...}; a remark runs to the next head.
   */
  private static int aclEnd(List<Word> words, int start) {
    int n = words.size();
    int j = start;
    if (words.get(start).text().equals("access-list")) {
      j += 2; // the number
    }
    if (j >= n || !(words.get(j).text().equals("permit") || words.get(j).text().equals("deny"))) {
      return Math.min(j + 1, n); // a remark or something malformed: the rest goes to the next head
    }
    j++;
    boolean extended = j < n && !isAddressStart(words.get(j).text());
    if (extended) {
      j++; // protocol
    }
    j = addressEnd(words, j);
    j = portsEnd(words, j);
    if (extended) {
      j = addressEnd(words, j);
      j = portsEnd(words, j);
    }
    while (j < n) {
      String option = words.get(j).text();
      if (ACL_VALUE_OPTIONS.contains(option)) {
        j += 2;
      } else if (ACL_FLAG_OPTIONS.contains(option)) {
        j++;
      } else {
        break;
      }
    }
    return Math.min(j, n);
  }

  private static boolean isAddressStart(String word) {
    return word.equals("any") || word.equals("host") || Character.isDigit(word.charAt(0));
  }

  private static int addressEnd(List<Word> words, int j) {
    if (j >= words.size()) {
      return j;
    }
    String word = words.get(j).text();
    if (word.equals("any")) {
      return j + 1;
    }
    return word.equals("host") || Character.isDigit(word.charAt(0)) ? j + 2 : j;
  }

  private static int portsEnd(List<Word> words, int j) {
    if (j >= words.size()) {
      return j;
    }
    String word = words.get(j).text();
    if (word.equals("eq") || word.equals("neq") || word.equals("lt") || word.equals("gt")) {
      return j + 2;
    }
    return word.equals("range") ? j + 3 : j;
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
  }

  /** Whitespace-separated words with their columns; {@code cef!} is read as {@code cef} then {@code !}. */
  static List<Word> words(String line) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = line.substring(start, i);
        if (word.length() > 1 && word.endsWith("!") && !word.startsWith("!")) {
          words.add(new Word(word.substring(0, word.length() - 1), start + 1));
          words.add(new Word("!", i));
        } else {
          words.add(new Word(word, start + 1));
        }
      }
    }
    return words;
  }
}
