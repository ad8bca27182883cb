package io.havpn.traces;

/**
 * What printed an observation line: a debug or a syslog message class. A log shows a printer's lines only while that
 * debug is on (or that IOS version has the message), so the replay holds a device to completeness only for the
 * printers its log shows.
 */
public enum Printer {
  HSRP_DEBUG(Family.HSRP),
  HSRP_SYSLOG(Family.HSRP),
  LINK_SYSLOG(Family.LINK),
  CRYPTO_SYSLOG(Family.CRYPTO),
  ISAKMP_DEBUG(Family.ISAKMP),
  IPSEC_DEBUG(Family.IPSEC),
  ROUTING_DEBUG(Family.ROUTING),
  SHOW_STANDBY(Family.SHOW);

  private final Family family;

  Printer(Family family) {
    this.family = family;
  }

  public Family family() {
    return family;
  }
}
