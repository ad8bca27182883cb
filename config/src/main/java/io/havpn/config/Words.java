package io.havpn.config;

import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import java.util.List;

/**
 * The words of one command, read left to right, with errors that name the line and say what was expected. Parsing
 * helpers throw {@link Malformed}, which the parser turns into a {@link ConfigException.Problem}.
 */
final class Words {

  /** A command that does not have the expected shape; the message says what was expected. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  private final List<String> words;
  private final String command;
  private int next;

  Words(ConfigLine line, int skip) {
    this.words = line.words();
    this.command = line.text();
    this.next = skip;
  }

  boolean hasNext() {
    return next < words.size();
  }

  String peek() {
    return hasNext() ? words.get(next) : null;
  }

  boolean peekIs(String word) {
    return hasNext() && words.get(next).equalsIgnoreCase(word);
  }

  /** Takes the next word if it is {@code word}. */
  boolean accept(String word) {
    if (peekIs(word)) {
      next++;
      return true;
    }
    return false;
  }

  String word(String what) throws Malformed {
    if (!hasNext()) {
      throw new Malformed("'" + command + "': missing " + what);
    }
    return words.get(next++);
  }

  /** Everything left, joined by single spaces ("" when nothing is left). */
  String rest() {
    String rest = String.join(" ", words.subList(Math.min(next, words.size()), words.size()));
    next = words.size();
    return rest;
  }

  int number(String what, int min, int max) throws Malformed {
    String word = word(what);
    try {
      int value = Integer.parseInt(word);
      if (value < min || value > max) {
        throw new Malformed("'" + command + "': " + what + " " + value + " is out of range (expected " + min + "-"
            + max + ")");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new Malformed("'" + command + "': expected " + what + " (a number " + min + "-" + max + "), found '"
          + word + "'");
    }
  }

  boolean peekIsNumber() {
    return hasNext() && !peek().isEmpty() && peek().chars().allMatch(Character::isDigit);
  }

  Ipv4 address(String what) throws Malformed {
    String word = word(what);
    try {
      return Ipv4.parse(word);
    } catch (IllegalArgumentException e) {
      throw new Malformed("'" + command + "': expected " + what + " (an IPv4 address a.b.c.d), found '" + word + "'");
    }
  }

  /** A subnet mask such as 255.255.255.240, as a prefix length. */
  int mask(String what) throws Malformed {
    Ipv4 mask = address(what);
    int bits = mask.bits();
    int length = Integer.bitCount(bits);
    if (bits != (length == 0 ? 0 : -1 << (32 - length))) {
      throw new Malformed("'" + command + "': " + what + " " + mask + " is not a contiguous mask (expected such as "
          + "255.255.255.0)");
    }
    return length;
  }

  /** A wildcard such as 0.0.0.255, as a prefix length. */
  int wildcard(String what) throws Malformed {
    Ipv4 wildcard = address(what);
    int inverted = ~wildcard.bits();
    int length = Integer.bitCount(inverted);
    if (inverted != (length == 0 ? 0 : -1 << (32 - length))) {
      throw new Malformed("'" + command + "': " + what + " " + wildcard + " is not a contiguous wildcard (expected "
          + "such as 0.0.0.255)");
    }
    return length;
  }

  /** {@code any}, {@code host A} or {@code A WILDCARD}; with {@code standard}, a lone address is a host. */
  Prefix aclAddress(String what, boolean standard) throws Malformed {
    if (accept("any")) {
      return new Prefix(new Ipv4(0), 0);
    }
    if (accept("host")) {
      return new Prefix(address(what + " host"), 32);
    }
    Ipv4 address = address(what + " (any, host A or A WILDCARD)");
    int length = standard && !hasNextAddress() ? 32 : wildcard(what + " wildcard");
    return network(address, length);
  }

  private boolean hasNextAddress() {
    return hasNext() && peek().matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
  }

  static Prefix network(Ipv4 address, int length) {
    Prefix prefix = new Prefix(address, length);
    return new Prefix(new Ipv4(address.bits() & prefix.mask().bits()), length);
  }

  void end() throws Malformed {
    if (hasNext()) {
      throw new Malformed("'" + command + "': unexpected '" + rest() + "' at the end");
    }
  }
}
