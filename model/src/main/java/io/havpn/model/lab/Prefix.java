package io.havpn.model.lab;

/** A network and its prefix length, such as the remote protected network 20.1.1.0/24. */
public record Prefix(Ipv4 network, int length) {

  public Prefix {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length " + length + " is not in 0-32");
    }
  }

  public static Prefix parse(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a prefix: '" + cidr + "' (expected a.b.c.d/len)");
    }
    return new Prefix(Ipv4.parse(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
  }

  public Ipv4 mask() {
    return new Ipv4(length == 0 ? 0 : -1 << (32 - length));
  }

  public boolean contains(Ipv4 address) {
    int m = mask().bits();
    return (address.bits() & m) == (network.bits() & m);
  }

  @Override
  public String toString() {
    return network + "/" + length;
  }
}
