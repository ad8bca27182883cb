package io.havpn.model.lab;

/** A router interface: its full IOS name (FastEthernet0/0), address and subnet. */
public record Interface(String name, Ipv4 address, Prefix subnet) {

  public static Interface of(String name, String address, int prefixLength) {
    Ipv4 ip = Ipv4.parse(address);
    Prefix subnet = new Prefix(new Ipv4(ip.bits() & new Prefix(ip, prefixLength).mask().bits()), prefixLength);
    return new Interface(name, ip, subnet);
  }

  /** The short form IOS debug output uses: FastEthernet0/0 -> Fa0/0. */
  public String shortName() {
    return shortName(name);
  }

  public static String shortName(String name) {
    int digit = 0;
    while (digit < name.length() && !Character.isDigit(name.charAt(digit))) {
      digit++;
    }
    return digit <= 2 ? name : name.substring(0, 2) + name.substring(digit);
  }
}
