package io.havpn.model.hsrp;

/**
 * An HSRP packet in flight (op code Hello 0, Coup 1, Resign 2) with the sender's priority and state as sent: its
 * current state for Hello and Coup, the state it gives up (Active) for Resign.
 */
public record HsrpMessage(Kind kind, HsrpState senderState, int priority) {

  public enum Kind { HELLO, COUP, RESIGN }
}
