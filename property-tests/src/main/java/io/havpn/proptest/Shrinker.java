package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimises a failing sequence while it keeps failing the same check: drop chunks (halves, quarters, ... single
 * stimuli), then pairs of stimuli apart (a fault and its repair), merge adjacent waits, then simplify parameters
 * (fewer seconds, lower router indices), until nothing changes. A candidate counts only when every stimulus is enabled where it is applied, so the result is a behaviour
 * of the model; the schedule seed stays the same throughout.
 */
public final class Shrinker {

  /** Replays allowed for one shrink: it always ends, and stays well under a second per failure. */
  static final int DEFAULT_BUDGET = 20_000;
  /** Sequences longer than this skip the pair pass. */
  private static final int MAX_FOR_PAIRS = 30;

  /** The minimal sequence, the failure it shows, and how many replays it took. */
  public record Result(List<Stimulus> stimuli, Failure failure, int replays) {
    public Result {
      stimuli = List.copyOf(stimuli);
    }
  }

  private final VpnHaModel model;
  private final long scheduleSeed;
  private final String check;
  private final int budget;
  private int replays;

  public Shrinker(VpnHaModel model, long scheduleSeed, String check) {
    this(model, scheduleSeed, check, DEFAULT_BUDGET);
  }

  Shrinker(VpnHaModel model, long scheduleSeed, String check, int budget) {
    this.model = model;
    this.scheduleSeed = scheduleSeed;
    this.check = check;
    this.budget = budget;
  }

  /**
   * @param failing a sequence that fails {@code check} with this schedule seed
   * @throws IllegalArgumentException when it does not
   */
  public Result shrink(List<Stimulus> failing) {
    Failure failure = attempt(failing);
    if (failure == null) {
      throw new IllegalArgumentException("the sequence does not fail " + check);
    }
    List<Stimulus> best = truncatedAfter(failing, failure);
    boolean changed = true;
    while (changed && replays < budget) {
      changed = false;
      for (Pass pass : passes()) {
        Attempted result = pass.improve(best);
        if (result != null) {
          best = result.stimuli;
          failure = result.failure;
          changed = true;
        }
      }
    }
    return new Result(best, attempt(best), replays);
  }

  /** Replays a candidate: its failure of the same check, or null (passes, fails another check, or not enabled). */
  Failure attempt(List<Stimulus> candidate) {
    replays++;
    SequenceRun.Outcome outcome = SequenceRun.replay(model, candidate, scheduleSeed, SequenceRun.Listener.NONE);
    return outcome.failed() && outcome.failure().check().equals(check) ? outcome.failure() : null;
  }

  private record Attempted(List<Stimulus> stimuli, Failure failure) {}

  /** One way of making a sequence simpler: returns a simpler sequence that still fails, or null. */
  private interface Pass {
    Attempted improve(List<Stimulus> sequence);
  }

  private List<Pass> passes() {
    return List.of(this::dropChunks, this::dropPairs, this::mergeWaits, this::shortenWaits, this::lowerRouters);
  }

  /** A safety failure during stimulus k needs nothing after k. */
  private List<Stimulus> truncatedAfter(List<Stimulus> sequence, Failure failure) {
    if (failure.stimulus() >= 0 && failure.stimulus() + 1 < sequence.size()) {
      List<Stimulus> prefix = sequence.subList(0, failure.stimulus() + 1);
      if (attempt(prefix) != null) {
        return List.copyOf(prefix);
      }
    }
    return sequence;
  }

  private Attempted dropChunks(List<Stimulus> sequence) {
    Attempted best = null;
    List<Stimulus> current = sequence;
    for (int size = Math.max(1, current.size() / 2); size >= 1; size /= 2) {
      for (int from = 0; from + size <= current.size() && replays < budget; ) {
        List<Stimulus> candidate = new ArrayList<>(current.subList(0, from));
        candidate.addAll(current.subList(from + size, current.size()));
        Failure failure = attempt(candidate);
        if (failure != null) {
          current = candidate;
          best = new Attempted(current, failure);
        } else {
          from++;
        }
      }
    }
    return best;
  }

  /**
   * Two stimuli that are not next to each other, such as a fault and its repair: neither goes alone, since the repair
   * is not enabled without the fault. Quadratic, so only once chunks have made the sequence short.
   */
  private Attempted dropPairs(List<Stimulus> sequence) {
    if (sequence.size() > MAX_FOR_PAIRS) {
      return null;
    }
    for (int i = 0; i < sequence.size(); i++) {
      for (int j = i + 2; j < sequence.size() && replays < budget; j++) {
        List<Stimulus> candidate = new ArrayList<>(sequence);
        candidate.remove(j);
        candidate.remove(i);
        Failure failure = attempt(candidate);
        if (failure != null) {
          return new Attempted(candidate, failure);
        }
      }
    }
    return null;
  }

  private Attempted mergeWaits(List<Stimulus> sequence) {
    for (int i = 0; i + 1 < sequence.size() && replays < budget; i++) {
      if (sequence.get(i) instanceof Stimulus.Wait a && sequence.get(i + 1) instanceof Stimulus.Wait b) {
        List<Stimulus> candidate = new ArrayList<>(sequence);
        candidate.set(i, new Stimulus.Wait(a.seconds() + b.seconds()));
        candidate.remove(i + 1);
        Failure failure = attempt(candidate);
        if (failure != null) {
          return new Attempted(candidate, failure);
        }
      }
    }
    return null;
  }

  /** The fewest seconds each wait can have: 1 first, then by halving the gap. */
  private Attempted shortenWaits(List<Stimulus> sequence) {
    Attempted best = null;
    List<Stimulus> current = sequence;
    for (int i = 0; i < current.size(); i++) {
      if (!(current.get(i) instanceof Stimulus.Wait wait)) {
        continue;
      }
      int low = 1;
      int high = wait.seconds(); // fails with high; find the least that fails
      while (low < high && replays < budget) {
        int middle = low + (high - low) / 2;
        List<Stimulus> candidate = new ArrayList<>(current);
        candidate.set(i, new Stimulus.Wait(middle));
        Failure failure = attempt(candidate);
        if (failure != null) {
          high = middle;
          current = candidate;
          best = new Attempted(current, failure);
        } else {
          low = middle + 1;
        }
      }
    }
    return best;
  }

  /**
   * Routers r and q swapped throughout, when that makes the routers named lower (compared in order of mention, so
   * the pass cannot undo itself): the counterexample then names 7204VXR-1 where any router would do.
   */
  private Attempted lowerRouters(List<Stimulus> sequence) {
    for (int r = model.lab().routerCount() - 1; r > 0; r--) {
      for (int q = 0; q < r && replays < budget; q++) {
        List<Stimulus> candidate = renamed(sequence, r, q);
        if (candidate != null && java.util.Arrays.compare(routersMentioned(candidate), routersMentioned(sequence)) < 0) {
          Failure failure = attempt(candidate);
          if (failure != null) {
            return new Attempted(candidate, failure);
          }
        }
      }
    }
    return null;
  }

  /** The sequence with routers r and q swapped in every action, or null when an interface does not exist there. */
  private List<Stimulus> renamed(List<Stimulus> sequence, int r, int q) {
    Lab lab = model.lab();
    List<Stimulus> renamed = new ArrayList<>();
    for (Stimulus stimulus : sequence) {
      if (stimulus instanceof Stimulus.Inject inject) {
        Action action = swapped(inject.action(), r, q);
        if (action == null || !interfacesExist(lab, action)) {
          return null;
        }
        renamed.add(new Stimulus.Inject(action));
      } else {
        renamed.add(stimulus);
      }
    }
    return renamed;
  }

  private static Action swapped(Action action, int r, int q) {
    if (action instanceof Action.InterfaceDown a) {
      return new Action.InterfaceDown(swap(a.router(), r, q), a.iface());
    } else if (action instanceof Action.InterfaceUp a) {
      return new Action.InterfaceUp(swap(a.router(), r, q), a.iface());
    } else if (action instanceof Action.Reload a) {
      return new Action.Reload(swap(a.router(), r, q));
    } else if (action instanceof Action.HelloLost a) {
      return new Action.HelloLost(swap(a.sender(), r, q), swap(a.receiver(), r, q));
    }
    return action;
  }

  private static int[] routersMentioned(List<Stimulus> sequence) {
    return sequence.stream().filter(Stimulus.Inject.class::isInstance)
        .flatMapToInt(s -> routers(((Stimulus.Inject) s).action())).toArray();
  }

  private static java.util.stream.IntStream routers(Action action) {
    if (action instanceof Action.InterfaceDown a) {
      return java.util.stream.IntStream.of(a.router());
    } else if (action instanceof Action.InterfaceUp a) {
      return java.util.stream.IntStream.of(a.router());
    } else if (action instanceof Action.Reload a) {
      return java.util.stream.IntStream.of(a.router());
    } else if (action instanceof Action.HelloLost a) {
      return java.util.stream.IntStream.of(a.sender(), a.receiver());
    }
    return java.util.stream.IntStream.empty();
  }

  private static int swap(int index, int r, int q) {
    return index == r ? q : index == q ? r : index;
  }

  private static boolean interfacesExist(Lab lab, Action action) {
    if (action instanceof Action.InterfaceDown a) {
      return a.iface() < lab.router(a.router()).interfaces().size();
    } else if (action instanceof Action.InterfaceUp a) {
      return a.iface() < lab.router(a.router()).interfaces().size();
    }
    return true;
  }
}
