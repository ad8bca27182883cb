package io.havpn.model.hsrp;

/** RFC 2281 section 5.5 actions. */
public enum HsrpAction {
  A_START_ACTIVE_TIMER('A'),
  B_START_STANDBY_TIMER('B'),
  C_STOP_ACTIVE_TIMER('C'),
  D_STOP_STANDBY_TIMER('D'),
  E_LEARN_PARAMETERS('E'),
  F_SEND_HELLO('F'),
  G_SEND_COUP('G'),
  H_SEND_RESIGN('H'),
  I_SEND_GRATUITOUS_ARP('I');

  private final char letter;

  HsrpAction(char letter) {
    this.letter = letter;
  }

  public char letter() {
    return letter;
  }

  public static HsrpAction ofLetter(char letter) {
    for (HsrpAction action : values()) {
      if (action.letter == letter) {
        return action;
      }
    }
    throw new IllegalArgumentException("no HSRP action '" + letter + "' (expected A-I)");
  }
}
