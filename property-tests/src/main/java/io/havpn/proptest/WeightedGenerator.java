package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.FailoverClock;
import io.havpn.model.SystemState;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The default generator: picks a kind of stimulus by weight among those possible now, then one stimulus of that kind
 * uniformly. The model has no configuration-change action, so priority changes come from interface tracking: taking a
 * tracked inside interface down lowers the router's priority, and with preempt the Active role moves.
 */
final class WeightedGenerator implements Generator {

  /** The kinds of stimulus, with their relative weights. */
  enum Choice {
    OUTSIDE_DOWN(3), OUTSIDE_UP(3), INSIDE_DOWN(3), INSIDE_UP(3), RELOAD(1), PARTITION(1), HEAL(3), HELLO_LOSS(2),
    KEEPALIVE_LOSS(1), ESP_LOSS(1), TRAFFIC(4), WAIT(8);

    final int weight;

    Choice(int weight) {
      this.weight = weight;
    }
  }

  /** Chance in four that a Hello loss is followed by the same loss: one lost Hello rarely matters, hold / hello do. */
  private static final int BURST_CONTINUES_IN_FOUR = 3;

  @Override
  public Stimulus next(Situation situation, SplittableRandom random) {
    Stimulus burst = continuedBurst(situation.sofar(), random);
    if (burst != null) {
      return burst;
    }
    Map<Choice, List<Stimulus>> candidates = candidates(situation);
    int total = 0;
    for (Map.Entry<Choice, List<Stimulus>> entry : candidates.entrySet()) {
      total += entry.getKey().weight;
    }
    int roll = random.nextInt(total);
    for (Map.Entry<Choice, List<Stimulus>> entry : candidates.entrySet()) {
      roll -= entry.getKey().weight;
      if (roll < 0) {
        List<Stimulus> options = entry.getValue();
        return entry.getKey() == Choice.WAIT ? waitFor(situation.lab(), random)
            : options.get(random.nextInt(options.size()));
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private static Stimulus continuedBurst(List<Stimulus> sofar, SplittableRandom random) {
    if (sofar.isEmpty()) {
      return null;
    }
    Stimulus last = sofar.get(sofar.size() - 1);
    boolean helloLoss = last instanceof Stimulus.Inject inject && inject.action() instanceof Action.HelloLost;
    return helloLoss && random.nextInt(4) < BURST_CONTINUES_IN_FOUR ? last : null;
  }

  /** Every kind possible now, in a fixed order (the draw must not depend on hash order), with its stimuli. */
  private static Map<Choice, List<Stimulus>> candidates(Situation situation) {
    Map<Choice, List<Stimulus>> candidates = new EnumMap<>(Choice.class);
    for (Action action : situation.enabled()) {
      Choice choice = choiceOf(action);
      if (choice != null) {
        candidates.computeIfAbsent(choice, c -> new ArrayList<>()).add(new Stimulus.Inject(action));
      }
    }
    List<Stimulus> helloLosses = helloLosses(situation.lab(), situation.state());
    if (!helloLosses.isEmpty()) {
      candidates.put(Choice.HELLO_LOSS, helloLosses);
    }
    if (situation.lab().remote().keepalive() != null && situation.state().remote().hasSa()) {
      candidates.put(Choice.KEEPALIVE_LOSS, List.of(new Stimulus.Inject(new Action.KeepaliveLost())));
    }
    candidates.put(Choice.WAIT, List.of());
    return candidates;
  }

  private static Choice choiceOf(Action action) {
    if (action instanceof Action.InterfaceDown down) {
      return down.iface() == HsrpRouter.HSRP_INTERFACE ? Choice.OUTSIDE_DOWN : Choice.INSIDE_DOWN;
    } else if (action instanceof Action.InterfaceUp up) {
      return up.iface() == HsrpRouter.HSRP_INTERFACE ? Choice.OUTSIDE_UP : Choice.INSIDE_UP;
    } else if (action instanceof Action.Reload) {
      return Choice.RELOAD;
    } else if (action instanceof Action.Partition) {
      return Choice.PARTITION;
    } else if (action instanceof Action.Heal) {
      return Choice.HEAL;
    } else if (action instanceof Action.Traffic) {
      return Choice.TRAFFIC;
    } else if (action instanceof Action.EspLost) {
      return Choice.ESP_LOSS;
    }
    return null; // the model's own actions, and Tick: time passes through Wait
  }

  /** Hellos that will be sent: from a router in Speak, Standby or Active to one that hears it. */
  private static List<Stimulus> helloLosses(Lab lab, SystemState s) {
    List<Stimulus> losses = new ArrayList<>();
    if (s.partitioned()) {
      return losses;
    }
    for (int p = 0; p < lab.routerCount(); p++) {
      for (int q = 0; q < lab.routerCount(); q++) {
        if (p != q && s.router(p).hsrp().sendsHellos() && s.router(p).hsrpInterfaceUp()
            && s.router(q).hsrpInterfaceUp()) {
          losses.add(new Stimulus.Inject(new Action.HelloLost(p, q)));
        }
      }
    }
    return losses;
  }

  /** Within a hello time (races of timers and packets), past a hold time (expiries), or up to the failover bound. */
  private static Stimulus waitFor(Lab lab, SplittableRandom random) {
    int hello = lab.group().helloTime();
    int hold = lab.group().holdTime();
    int roll = random.nextInt(100);
    if (roll < 45) {
      return new Stimulus.Wait(1 + random.nextInt(hello));
    }
    if (roll < 80) {
      return new Stimulus.Wait(hello + 1 + random.nextInt(hold));
    }
    return new Stimulus.Wait(1 + random.nextInt(FailoverClock.bound(lab)));
  }
}
