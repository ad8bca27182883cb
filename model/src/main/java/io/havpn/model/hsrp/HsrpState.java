package io.havpn.model.hsrp;

/** RFC 2281 section 5.2 states, with their wire values and the names IOS prints. */
public enum HsrpState {
  INITIAL(0, "Init"),
  LEARN(1, "Learn"),
  LISTEN(2, "Listen"),
  SPEAK(4, "Speak"),
  STANDBY(8, "Standby"),
  ACTIVE(16, "Active");

  private final int wireValue;
  private final String iosName;

  HsrpState(int wireValue, String iosName) {
    this.wireValue = wireValue;
    this.iosName = iosName;
  }

  public int wireValue() {
    return wireValue;
  }

  public String iosName() {
    return iosName;
  }

  /** The name IOS gives this state in {@code Redundancy "NAME" state OLD -> NEW} lines (Listen is "Backup"). */
  public String redundancyName() {
    return this == LISTEN ? "Backup" : iosName;
  }

  /** Speak, Standby and Active routers send Hellos (RFC 2281 section 5.2). */
  public boolean sendsHellos() {
    return this == SPEAK || this == STANDBY || this == ACTIVE;
  }

  /** values() copies its array on every call. */
  private static final HsrpState[] STATES = values();

  public static HsrpState fromIosName(String name) {
    for (HsrpState state : STATES) {
      if (state.iosName.equalsIgnoreCase(name) || state.name().equalsIgnoreCase(name)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown HSRP state '" + name + "' (expected Init, Learn, Listen, Speak, "
        + "Standby or Active)");
  }
}
