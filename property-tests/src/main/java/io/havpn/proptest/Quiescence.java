package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.FailoverClock;
import io.havpn.model.SystemState;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.List;

/**
 * What "the faults stop" means for a random sequence: which faults are undone. When judging may start is the model's
 * rule, {@link io.havpn.model.FailoverClock}, shared with the scenario runner and TLC.
 */
final class Quiescence {

  private Quiescence() {}

  /**
   * The repairs the suffix makes. A partition is always healed: no design survives a split segment. Interfaces that
   * are down stay down (the design must fail over) unless no router could carry the tunnel: none has both interfaces
   * up, or none with {@code standby ip} configured has its HSRP interface up (a Learn router never learns the virtual
   * IP alone). Then every interface is repaired.
   */
  static List<Action> repairs(Lab lab, SystemState s) {
    List<Action> repairs = new ArrayList<>();
    if (s.partitioned()) {
      repairs.add(new Action.Heal());
    }
    if (!FailoverClock.canCarryTunnel(lab, s)) {
      for (int r = 0; r < lab.routerCount(); r++) {
        for (int i = 0; i < lab.router(r).interfaces().size(); i++) {
          if (!s.router(r).interfaceUp(i)) {
            repairs.add(new Action.InterfaceUp(r, i));
          }
        }
      }
    }
    return repairs;
  }

}
