package io.havpn.model.lab;

/** The HSRP group the routers share: number, name (for {@code crypto map ... redundancy}), virtual IP and timers. */
public record HsrpGroup(int number, String name, Ipv4 virtualIp, int helloTime, int holdTime) {

  public HsrpGroup {
    if (helloTime < 1) {
      throw new IllegalArgumentException("hello time must be at least 1 s, was " + helloTime);
    }
    if (holdTime <= helloTime) {
      throw new IllegalArgumentException(
          "hold time (" + holdTime + " s) must exceed hello time (" + helloTime + " s)");
    }
  }

  /** Virtual MAC of an HSRP version 1 group: 0000.0c07.acXX. */
  public String virtualMac() {
    return String.format("0000.0c07.ac%02x", number & 0xff);
  }
}
