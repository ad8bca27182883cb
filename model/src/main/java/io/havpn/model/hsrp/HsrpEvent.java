package io.havpn.model.hsrp;

/** RFC 2281 section 5.4 events, with the letters and texts IOS prints in {@code debug standby events}. */
public enum HsrpEvent {
  A_HSRP_ENABLED('a', "HSRP enabled"),
  B_HSRP_DISABLED('b', "HSRP disabled"),
  C_ACTIVE_TIMER_EXPIRED('c', "Active timer expired"),
  D_STANDBY_TIMER_EXPIRED('d', "Standby timer expired"),
  E_HELLO_TIMER_EXPIRED('e', "Hello timer expired"),
  F_HELLO_HIGHER_PRI_SPEAK('f', "Hello rcvd from higher pri Speak router"),
  G_HELLO_HIGHER_PRI_ACTIVE('g', "Hello rcvd from higher pri Active router"),
  H_HELLO_LOWER_PRI_ACTIVE('h', "Hello rcvd from lower pri Active router"),
  I_RESIGN_RECEIVED('i', "Resign rcvd"),
  J_COUP_HIGHER_PRI('j', "Coup rcvd from higher pri router"),
  K_HELLO_HIGHER_PRI_STANDBY('k', "Hello rcvd from higher pri Standby router"),
  L_HELLO_LOWER_PRI_STANDBY('l', "Hello rcvd from lower pri Standby router");

  private final char letter;
  private final String text;

  HsrpEvent(char letter, String text) {
    this.letter = letter;
    this.text = text;
  }

  public char letter() {
    return letter;
  }

  public String text() {
    return text;
  }

  /** values() copies its array on every call; the log parser asks for an event on every HSRP event line. */
  private static final HsrpEvent[] EVENTS = values();

  public static HsrpEvent ofLetter(char letter) {
    for (HsrpEvent event : EVENTS) {
      if (event.letter == letter) {
        return event;
      }
    }
    throw new IllegalArgumentException("no HSRP event '" + letter + "' (expected a-l)");
  }
}
