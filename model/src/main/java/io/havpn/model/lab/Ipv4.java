package io.havpn.model.lab;

/** An IPv4 address; ordered as unsigned 32-bit numbers, which is how HSRP breaks priority ties. */
public record Ipv4(int bits) implements Comparable<Ipv4> {

  public static Ipv4 parse(String dotted) {
    String[] parts = dotted.trim().split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an IPv4 address: '" + dotted + "' (expected a.b.c.d)");
    }
    int bits = 0;
    for (String part : parts) {
      int octet;
      try {
        octet = Integer.parseInt(part);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an IPv4 address: '" + dotted + "' (expected a.b.c.d)");
      }
      if (octet < 0 || octet > 255) {
        throw new IllegalArgumentException("not an IPv4 address: '" + dotted + "' (octets are 0-255)");
      }
      bits = (bits << 8) | octet;
    }
    return new Ipv4(bits);
  }

  @Override
  public int compareTo(Ipv4 other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return (bits >>> 24) + "." + ((bits >>> 16) & 255) + "." + ((bits >>> 8) & 255) + "." + (bits & 255);
  }
}
