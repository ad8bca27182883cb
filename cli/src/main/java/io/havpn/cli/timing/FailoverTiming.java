package io.havpn.cli.timing;

import io.havpn.model.Action;
import io.havpn.model.Property;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.RunResult;
import io.havpn.model.scenario.Scenario;
import io.havpn.model.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * The failover bound of a lab beside the outages measured by simulating it: the Active router's HSRP interface fails
 * (and comes back, with preempt), its tracked inside interface fails, it reloads. Traffic flows every second from 30 s;
 * the fault comes at 60 s; each event runs with several seeds (the order of events due in the same second).
 */
public final class FailoverTiming {

  static final int TRAFFIC_FROM = 30;
  static final int FAULT_AT = 60;
  static final int REPAIR_AT = 120;
  static final int DURATION = 240;

  /** The bound's terms, in seconds; keepalive terms are 0 when the remote has no keepalive. */
  public record Bound(int hold, int keepalive, int retry, int limit, int total) {
    public boolean bounded() {
      return total != Integer.MAX_VALUE;
    }
  }

  /** One simulated event: the longest and shortest outage over the seeds, -1 when the tunnel never went down. */
  public record Measured(String event, int shortest, int longest, boolean open, int seeds) {}

  private FailoverTiming() {}

  public static Bound bound(Lab lab) {
    Keepalive keepalive = lab.remote().keepalive();
    int total = Property.failoverBound(lab);
    return keepalive == null ? new Bound(lab.group().holdTime(), 0, 0, 0, total)
        : new Bound(lab.group().holdTime(), keepalive.interval(), keepalive.retry(), keepalive.limit(), total);
  }

  /** Simulates each event with seeds 1..seeds. */
  public static List<Measured> measure(Lab lab, int seeds) {
    VpnHaModel model = new VpnHaModel(lab);
    int active = activeBeforeTheFault(model);
    String name = lab.router(active).name();
    String outside = lab.router(active).hsrpInterface().name();
    String inside = lab.router(active).inside().name();
    List<Measured> measured = new ArrayList<>();
    measured.add(measure(model, name + " " + outside + " down (HSRP interface)", seeds,
        List.of(new Action.InterfaceDown(active, HsrpRouter.HSRP_INTERFACE)), true));
    measured.add(measure(model, name + " " + outside + " back up (recovery, preempt)", seeds,
        List.of(new Action.InterfaceDown(active, HsrpRouter.HSRP_INTERFACE),
            new Action.InterfaceUp(active, HsrpRouter.HSRP_INTERFACE)), false));
    measured.add(measure(model, name + " " + inside + " down (inside, tracked)", seeds,
        List.of(new Action.InterfaceDown(active, HsrpRouter.INSIDE_INTERFACE)), true));
    measured.add(measure(model, name + " reload", seeds, List.of(new Action.Reload(active)), true));
    return measured;
  }

  /** The router that is Active once the lab has settled, before any fault (seed 1). */
  static int activeBeforeTheFault(VpnHaModel model) {
    RunResult settled = new ScenarioRunner(model).run(scenario(List.of()), 1);
    SystemState before = settled.steps().stream().filter(s -> s.time() < FAULT_AT).reduce((a, b) -> b)
        .orElseThrow().state();
    int mask = before.activeMask();
    if (mask == 0) {
      throw new IllegalArgumentException("no router is Active " + FAULT_AT + " s after power-on: nothing to fail over "
          + "from (check the lab with havpn lint)");
    }
    return Integer.numberOfTrailingZeros(mask);
  }

  /**
   * @param first whether the outage of interest is the first one (the fault) or the last (the repair)
   */
  private static Measured measure(VpnHaModel model, String event, int seeds, List<Action> faults, boolean first) {
    int shortest = Integer.MAX_VALUE;
    int longest = -1;
    boolean open = false;
    for (int seed = 1; seed <= seeds; seed++) {
      RunResult result = new ScenarioRunner(model).run(scenario(faults), seed);
      List<RunResult.Outage> outages = result.outages().stream().filter(o -> o.start() >= FAULT_AT).toList();
      if (!first) {
        outages = outages.stream().filter(o -> o.start() >= REPAIR_AT).toList();
      }
      int duration = outages.isEmpty() ? 0 : (first ? outages.get(0) : outages.get(outages.size() - 1))
          .duration(result.end());
      open |= !outages.isEmpty() && (first ? outages.get(0) : outages.get(outages.size() - 1)).end() < 0;
      shortest = Math.min(shortest, duration);
      longest = Math.max(longest, duration);
    }
    return new Measured(event, shortest, longest, open, seeds);
  }

  /** Traffic every second from 30 s; the faults at 60 s, 120 s, ... in order. */
  static Scenario scenario(List<Action> faults) {
    List<Scenario.Injection> injections = new ArrayList<>();
    for (int time = TRAFFIC_FROM; time <= DURATION; time++) {
      if (time == FAULT_AT && !faults.isEmpty()) {
        injections.add(new Scenario.Injection(time, faults.get(0), 0));
      }
      if (time == REPAIR_AT && faults.size() > 1) {
        injections.add(new Scenario.Injection(time, faults.get(1), 0));
      }
      injections.add(new Scenario.Injection(time, new Action.Traffic(), 0));
    }
    return new Scenario("havpn timing", DURATION, injections, List.of(), List.of());
  }
}
