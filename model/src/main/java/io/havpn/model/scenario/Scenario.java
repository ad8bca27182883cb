package io.havpn.model.scenario;

import io.havpn.model.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Timed faults, repairs, losses and traffic thrown at the lab; the model's own timers and packets do the rest.
 *
 * <p>An {@code every} line is kept as one {@link Repeat}, not expanded: {@link #schedule()} generates its injections
 * as a run reaches them, so a scenario of millions of seconds takes no more memory than a short one.
 *
 * @param duration seconds to run (the runner extends it until the eventual properties can be judged)
 * @param at actions at given times ({@code at} lines), in file order
 * @param repeats actions repeated every period ({@code every} lines), in file order
 * @param lossWindows loss actions taken whenever they are enabled within a time window
 * @param snapshots moments at which {@code show} output is captured
 */
public record Scenario(String source, int duration, List<Injection> at, List<Repeat> repeats,
    List<LossWindow> lossWindows, List<SnapshotPoint> snapshots) {

  /** Injections first, then the order of the scenario file: the order in which the runner takes them. */
  private static final Comparator<Injection> ORDER =
      Comparator.comparingInt(Injection::time).thenComparingInt(Injection::line);

  public Scenario {
    at = List.copyOf(at);
    repeats = List.copyOf(repeats);
    lossWindows = List.copyOf(lossWindows);
    snapshots = List.copyOf(snapshots);
  }

  /** A scenario of single injections only (no {@code every}). */
  public Scenario(String source, int duration, List<Injection> at, List<LossWindow> lossWindows,
      List<SnapshotPoint> snapshots) {
    this(source, duration, at, List.of(), lossWindows, snapshots);
  }

  /** An action injected at {@code time}; {@code line} is where the scenario file asked for it. */
  public record Injection(int time, Action action, int line) {}

  /**
   * {@code action} at {@code from}, {@code from + period}, ... up to {@code until} inclusive (the parser caps it at the
   * scenario's duration).
   */
  public record Repeat(int period, int from, int until, Action action, int line) {
    public Repeat {
      if (period < 1) {
        throw new IllegalArgumentException("the period of a repeat must be at least 1 s, was " + period);
      }
    }

    /** The last time the action is injected, or -1 when never ({@code until} before {@code from}). */
    public int last() {
      return until < from ? -1 : (int) (from + (((long) until - from) / period) * period);
    }
  }

  /**
   * Between {@code from} and {@code until} (inclusive) the runner loses the packets {@code action} names instead of
   * carrying them: Hellos in flight (HelloLost), due keepalives (KeepaliveLost), the scenario's Traffic (EspLost).
   */
  public record LossWindow(int from, int until, Action action, int line) {
    public boolean covers(int time) {
      return time >= from && time <= until;
    }
  }

  public record SnapshotPoint(int time, String label) {}

  /**
   * Every injection, single and repeated, by time and then by line of the scenario file, generated as it is asked for:
   * the runner holds one pending injection per {@code every} line, never the expanded list.
   */
  public Iterator<Injection> schedule() {
    PriorityQueue<Stream> heads = new PriorityQueue<>(Comparator.comparing(Stream::head, ORDER));
    List<Injection> sorted = new ArrayList<>(at);
    sorted.sort(ORDER);
    Stream single = new Stream(sorted.iterator());
    if (single.head != null) {
      heads.add(single);
    }
    for (Repeat repeat : repeats) {
      Stream repeated = new Stream(new RepeatIterator(repeat));
      if (repeated.head != null) {
        heads.add(repeated);
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Injection next() {
        Stream first = heads.poll();
        if (first == null) {
          throw new NoSuchElementException();
        }
        Injection injection = first.head;
        if (first.advance()) {
          heads.add(first);
        }
        return injection;
      }
    };
  }

  /**
   * The whole schedule as a list: for tests and short scenarios only (an {@code every 1} over millions of seconds
   * makes millions of entries; the runner uses {@link #schedule()}).
   */
  public List<Injection> injections() {
    List<Injection> all = new ArrayList<>();
    schedule().forEachRemaining(all::add);
    return all;
  }

  /** The last time anything disturbs the lab (a fault, a repair or a loss); -1 when nothing does. */
  public int lastDisruption() {
    int last = -1;
    for (Injection injection : at) {
      if (injection.action().kind() != Action.Kind.TRAFFIC) {
        last = Math.max(last, injection.time());
      }
    }
    for (Repeat repeat : repeats) {
      if (repeat.action().kind() != Action.Kind.TRAFFIC) {
        last = Math.max(last, repeat.last());
      }
    }
    for (LossWindow window : lossWindows) {
      last = Math.max(last, window.until());
    }
    return last;
  }

  /** One ordered source of injections and its next one. */
  private static final class Stream {
    private final Iterator<Injection> rest;
    private Injection head;

    Stream(Iterator<Injection> rest) {
      this.rest = rest;
      advance();
    }

    Injection head() {
      return head;
    }

    /** Moves to the next injection; false when there is none. */
    boolean advance() {
      head = rest.hasNext() ? rest.next() : null;
      return head != null;
    }
  }

  /** A repeat's injections, one at a time. */
  private static final class RepeatIterator implements Iterator<Injection> {
    private final Repeat repeat;
    private long next;

    RepeatIterator(Repeat repeat) {
      this.repeat = repeat;
      this.next = repeat.from();
    }

    @Override
    public boolean hasNext() {
      return next <= repeat.until();
    }

    @Override
    public Injection next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Injection injection = new Injection((int) next, repeat.action(), repeat.line());
      next += repeat.period();
      return injection;
    }
  }
}
