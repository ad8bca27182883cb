package io.havpn.traces.replay;

import io.havpn.model.Action;
import io.havpn.model.Observation;
import io.havpn.model.RouterState;
import io.havpn.model.Step;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Lab;
import io.havpn.traces.LogLine;
import io.havpn.traces.Printer;
import io.havpn.traces.ShowStandby;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Replays device logs against the model by search: it looks for a behaviour of the model whose observations produce
 * each device's log in order. Between logged lines it infers what logs nothing: time passing, timers, Hello delivery
 * and loss, keepalives, traffic. Faults (interface down and up) are taken only where a line shows them.
 *
 * <p>The search is best-first over (model state, position in each device's log): the most log lines matched first,
 * then the fewest assumed losses, then the latest model time and the most steps (it dives towards the next line
 * rather than widening every interleaving of the unlogged steps before it); nodes are deduplicated and their number
 * bounded. The model is a function of its state, so each state's steps are computed once and kept ({@link Move}): a
 * long log goes through the same few hundred states again and again. Devices'
 * logs are merged by timestamp when they have them (one clock, the first timed line fixing its offset to the model's
 * seconds, within a tolerance); otherwise only each device's own order holds.
 *
 * <p>A step matches a device's log when the lines at its position show the observations the step made for that
 * device, in any order (IOS orders one event's lines its own way), repeats included (IOS prints an event several
 * ways). Inside a segment, every observation a printer of that segment would show must be there; IPsec's lines (the
 * RRI route, the tunnel status) may come after lines of later events, never before (see {@link Loggable#mayLag}).
 */
public final class LogReplay {

  private static final long NO_OFFSET = Long.MIN_VALUE;
  /** Entries behind the best progress that a long replay keeps searching from when its node bound is reached. */
  private static final int BEAM_WINDOW = 64;
  /** Work allowed per log entry beyond the node bound: forgetting nodes must not let a search run for ever. */
  private static final long EXPANSIONS_PER_ENTRY = 200;
  /** States whose steps are kept (least recently used first out): a few megabytes, enough for a steady run. */
  private static final int MOVE_CACHE = 2_048;

  private final VpnHaModel model;
  private final Lab lab;
  private final Loggable loggable;
  private final List<ReplayLog> logs;
  private final ReplayOptions options;
  private final int total;
  private IntConsumer progress = matched -> { };

  /** The furthest failure seen. */
  private int bestReach = -1;
  private int bestStream = -1;
  private int bestPos = -1;
  private Observation bestMissing;
  private boolean pruned;
  /** The fast search dropped a path that had more of a bound left than the first one to its node. */
  private boolean droppedBetter;
  /** Per log, the furthest position any node reached, and what steps failed at each such position. */
  private int[] maxPos;
  private final java.util.Map<Long, List<List<Observation>>> notesAt = new java.util.HashMap<>();
  private final java.util.Map<Long, Observation> missingAt = new java.util.HashMap<>();
  /** For a step that started at a position and failed further on in the same step: the furthest such stop. */
  private final java.util.Map<Long, Integer> stopFrom = new java.util.HashMap<>();
  private Node bestNode;
  private final List<List<Observation>> bestAlternatives = new ArrayList<>();
  /** What kept steps show a log, one object per distinct list of observations. */
  private final Map<List<Observation>, Shown> interned = new java.util.HashMap<>();
  /** Bumped when notes are forgotten, so that a step's memory of its last note is out of date. */
  private int notesGeneration;

  /**
   * The arguments of one {@link #note} (the missing observation by identity: it is one of the kept step's), and the
   * generation of the notes it went into.
   */
  private record Noted(int reach, int stream, int start, int pos, Observation missing, int generation) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Noted n && reach == n.reach && stream == n.stream && start == n.start && pos == n.pos
          && missing == n.missing && generation == n.generation;
    }

    @Override
    public int hashCode() {
      return Objects.hash(reach, stream, start, pos, System.identityHashCode(missing), generation);
    }
  }

  /**
   * What one step shows one log: the observations of the log's device that some printer logs, with their printers.
   * Equal lists are one object ({@link #intern}), which remembers the last log head it was compared with and the last
   * failure it noted: the faults, tried from every state, fail the same way at a position again and again.
   */
  private static final class Shown {
    final List<Observation> observations;
    final List<Set<Printer>> printers;
    DeviceLog.Entry lastHead;
    boolean lastHeadMatches;
    Noted lastNoted;

    Shown(List<Observation> observations, List<Set<Printer>> printers) {
      this.observations = observations;
      this.printers = printers;
    }
  }
  /** Each recently expanded state's steps (least recently used out first). */
  private final Map<StateKey, Move[]> moves = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<StateKey, Move[]> eldest) {
      return size() > MOVE_CACHE;
    }
  };

  /** @param logs the devices' logs, in memory ({@link DeviceLog}) or read lazily ({@link StreamedLogs}) */
  public LogReplay(VpnHaModel model, List<? extends ReplayLog> logs, ReplayOptions options) {
    this.model = model;
    this.lab = model.lab();
    this.loggable = new Loggable(lab);
    this.logs = List.copyOf(logs);
    this.options = options;
    this.total = logs.stream().mapToInt(ReplayLog::size).sum();
    this.maxPos = new int[logs.size()];
  }

  /** Tells {@code listener} the entries matched so far, each time the search gets further (a long replay's progress). */
  public LogReplay onProgress(IntConsumer listener) {
    this.progress = listener;
    return this;
  }

  /** One search node: a model state and how far each device's log is matched. */
  private static final class Node {
    final SystemState state;
    final int stateHash; // the state's hash, computed once per kept step (hashing walks the whole state)
    final int[] pos;
    final List<List<Observation>> owed; // per log: lagging observations made but not yet seen
    final int time;
    final long offset;
    final int cost;
    final int depth;
    final int sinceProgress;
    final int progress;
    final Node parent;
    final Action action;
    final List<Observation> observations;
    final Key key;

    Node(SystemState state, int stateHash, int[] pos, List<List<Observation>> owed, int time, long offset, int cost,
        int depth, int sinceProgress, Node parent, Action action, List<Observation> observations, boolean timeMatters) {
      this.state = state;
      this.stateHash = stateHash;
      this.pos = pos;
      this.owed = owed;
      this.time = time;
      this.offset = offset;
      this.cost = cost;
      this.depth = depth;
      this.sinceProgress = sinceProgress;
      this.parent = parent;
      this.action = action;
      this.observations = observations;
      int sum = 0;
      for (int p : pos) {
        sum += p;
      }
      this.progress = sum;
      this.key = new Key(state, stateHash, pos, owed, offset == NO_OFFSET || !timeMatters ? -1 : time, offset);
    }

    /** Nothing owed to any log (the common case: no lagging IPsec line outstanding). */
    boolean owesNothing() {
      for (List<Observation> o : owed) {
        if (!o.isEmpty()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The search order: most progress, fewest losses; then the latest time and the deepest: between two logged lines,
   * follow one behaviour on towards the next line before trying the other interleavings of the unlogged steps.
   */
  private static final Comparator<Node> ORDER = (a, b) -> {
    if (a.progress != b.progress) {
      return Integer.compare(b.progress, a.progress);
    }
    if (a.cost != b.cost) {
      return Integer.compare(a.cost, b.cost);
    }
    if (a.time != b.time) {
      return Integer.compare(b.time, a.time);
    }
    return Integer.compare(b.depth, a.depth);
  };

  /**
   * The keys reached, with what their arrivals had left of the bounds (losses assumed, steps since the last matched
   * line). An arrival at a key already reached is dropped when an earlier one had no more of either: that one goes
   * everywhere this one could. The fast search drops every later arrival (the first path found stands for the others),
   * and remembers when one it dropped was better on a bound; the exact search keeps those too, so that no bound cuts a
   * behaviour because of the order in which the search met its paths.
   */
  static final class Seen<K> {
    private final boolean exact;
    private final Map<K, long[]> reached = new HashMap<>();
    private boolean droppedBetter;

    Seen(boolean exact) {
      this.exact = exact;
    }

    /** True when the arrival is to be searched from. */
    boolean add(K key, int losses, int sinceProgress) {
      long mine = ((long) losses << 32) | sinceProgress;
      long[] before = reached.get(key);
      if (before == null) {
        reached.put(key, new long[] {mine});
        return true;
      }
      for (long b : before) {
        if (atMost(b, mine)) {
          return false;
        }
      }
      if (!exact) {
        droppedBetter = true;
        return false;
      }
      long[] after = new long[before.length + 1];
      int kept = 0;
      for (long b : before) {
        if (!atMost(mine, b)) {
          after[kept++] = b;
        }
      }
      after[kept++] = mine;
      reached.put(key, Arrays.copyOf(after, kept));
      return true;
    }

    /** Losses and steps since progress both at most the other's. */
    private static boolean atMost(long a, long b) {
      return (a >>> 32) <= (b >>> 32) && (a & 0xffffffffL) <= (b & 0xffffffffL);
    }

    /** The fast search dropped an arrival that no earlier one at its key had beaten on both bounds. */
    boolean droppedBetter() {
      return droppedBetter;
    }

    int size() {
      return reached.size();
    }

    void clear() {
      reached.clear();
    }
  }

  /** What deduplicates nodes; its hash is computed once (a state's hash walks the whole state). */
  private static final class Key {
    final SystemState state;
    final int[] pos;
    final List<List<Observation>> owed;
    final int time;
    final long offset;
    final int hash;

    Key(SystemState state, int stateHash, int[] pos, List<List<Observation>> owed, int time, long offset) {
      this.state = state;
      this.pos = pos;
      this.owed = owed;
      this.time = time;
      this.offset = offset;
      int h = stateHash;
      h = 31 * h + Arrays.hashCode(pos);
      h = 31 * h + owed.hashCode();
      h = 31 * h + time;
      this.hash = 31 * h + Long.hashCode(offset);
    }

    @Override
    public boolean equals(Object o) {
      // states of nodes reached the same way are the same object (the steps are kept per state): compare by identity
      // first
      return o instanceof Key k && hash == k.hash && time == k.time && offset == k.offset && Arrays.equals(pos, k.pos)
          && (state == k.state || state.equals(k.state)) && owed.equals(k.owed);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * One enabled action from a state and its step, with the observations it shows each log (those of the log's device
   * that some printer logs), computed once per state.
   *
   * @param nextHash the next state's hash
   * @param shown per log, in the order of {@link #logs}
   * @param silent no log is shown anything
   */
  private record Move(Action action, Step step, int nextHash, List<Shown> shown, boolean silent) {}

  /** A state with its hash computed once, as the key of the kept steps. */
  private static final class StateKey {
    final SystemState state;
    final int hash;

    StateKey(SystemState state, int hash) {
      this.state = state;
      this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StateKey k && hash == k.hash && (state == k.state || state.equals(k.state));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** One object per distinct list of observations shown a log (see {@link Shown}). */
  private Shown intern(List<Observation> observations, List<Set<Printer>> printers) {
    if (interned.size() > MOVE_CACHE) {
      interned.clear();
    }
    return interned.computeIfAbsent(observations, k -> new Shown(observations, printers));
  }

  /** The steps from {@code state}: kept, since the model is a function of the state alone. */
  private Move[] moves(SystemState state, int stateHash) {
    StateKey key = new StateKey(state, stateHash);
    Move[] kept = moves.get(key);
    if (kept != null) {
      return kept;
    }
    List<Action> enabled = model.enabled(state);
    Move[] result = new Move[enabled.size()];
    for (int i = 0; i < result.length; i++) {
      Action action = enabled.get(i);
      Step step = model.stepEnabled(state, action);
      List<Shown> shown = new ArrayList<>(logs.size());
      boolean silent = true;
      for (ReplayLog log : logs) {
        List<Observation> produced = new ArrayList<>();
        List<Set<Printer>> theirs = new ArrayList<>();
        for (Observation o : step.observations()) {
          Set<Printer> printedBy = loggable.printers(o);
          if (o.device().equalsIgnoreCase(log.device()) && !printedBy.isEmpty()) {
            produced.add(o);
            theirs.add(printedBy);
          }
        }
        silent &= produced.isEmpty();
        shown.add(intern(List.copyOf(produced), List.copyOf(theirs)));
      }
      result[i] = new Move(action, step, step.next().hashCode(), List.copyOf(shown), silent);
    }
    moves.put(key, result);
    return result;
  }

  /**
   * Searches for a behaviour that produces every log. A contradiction found by the fast search (each node searched
   * from its first path only) is a proof only if no later path to a node had more of a bound left; else the exact
   * search decides (contradictions usually show early in a log, so it is short).
   */
  public ReplayResult replay() {
    ReplayResult result = search(false);
    if (result.verdict() == ReplayResult.Verdict.CONTRADICTED && droppedBetter) {
      return new LogReplay(model, logs, options).onProgress(progress).search(true);
    }
    return result;
  }

  private ReplayResult search(boolean exact) {
    boolean timed = logs.stream().anyMatch(ReplayLog::timed);
    List<List<Observation>> noneOwed = new ArrayList<>();
    for (int i = 0; i < logs.size(); i++) {
      noneOwed.add(List.of());
    }
    SystemState initial = model.initial();
    Node start = settle(new Node(initial, initial.hashCode(), new int[logs.size()], List.copyOf(noneOwed), 0,
        NO_OFFSET, 0, 0, 0, null, null, List.of(), timed), timed);
    PriorityQueue<Node> queue = new PriorityQueue<>(ORDER);
    Seen<Key> seen = new Seen<>(exact);
    queue.add(start);
    seen.add(start.key, start.cost, start.sinceProgress);
    long explored = 0;
    int bestProgress = start.progress;
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      explored++;
      for (int s = 0; s < logs.size(); s++) {
        maxPos[s] = Math.max(maxPos[s], node.pos[s]);
      }
      if (node.progress > bestProgress || bestNode == null) {
        bestProgress = node.progress;
        bestNode = node;
        progress.accept(bestProgress);
      }
      if (node.progress == total) {
        return new ReplayResult(ReplayResult.Verdict.REPLAYED, total, total, behaviour(node), Optional.empty(),
            explored, "");
      }
      if (explored > options.maxNodes() + EXPANSIONS_PER_ENTRY * total) {
        return failed(ReplayResult.Verdict.UNDECIDED, bestProgress, explored, "the search expanded " + explored
            + " nodes (its bound for a log of " + total + " entries) before finding a behaviour that produces it");
      }
      if (seen.size() > options.maxNodes()) {
        // a long log: forget what lies far behind the best progress, so that memory stays bounded (a beam); the
        // search is no longer exhaustive, so a failure after this is UNDECIDED, never CONTRADICTED
        int floor = bestProgress - BEAM_WINDOW;
        int before = queue.size();
        queue.removeIf(n -> n.progress < floor);
        seen.clear();
        queue.forEach(n -> seen.add(n.key, n.cost, n.sinceProgress));
        pruned |= queue.size() < before || before > 0;
        forgetBehind(queue, node);
        if (seen.size() > options.maxNodes() / 2) {
          return failed(ReplayResult.Verdict.UNDECIDED, bestProgress, explored, "the search reached its bound of "
              + options.maxNodes() + " nodes before finding a behaviour that produces the whole log");
        }
      }
      for (Move move : moves(node.state, node.stateHash)) {
        for (Node child : children(node, move, timed)) {
          if (seen.add(child.key, child.cost, child.sinceProgress)) {
            queue.add(child);
          }
        }
      }
    }
    droppedBetter = seen.droppedBetter();
    if (pruned) {
      return failed(ReplayResult.Verdict.UNDECIDED, bestProgress, explored, "no behaviour found; the search forgot "
          + "nodes far behind its best progress to stay within " + options.maxNodes() + " nodes, so it is not a proof");
    }
    return failed(ReplayResult.Verdict.CONTRADICTED, bestProgress, explored,
        "no behaviour of the model produces the log (every behaviour within the bounds was tried: at most "
            + options.maxLosses() + " assumed losses, " + options.maxGapSteps() + " steps between matched lines)");
  }

  /**
   * After a beam cut: no node left looks at entries before its own positions (less one, for the window test), nor
   * does the failure report (the best node's positions, the furthest failure); streamed logs let go of the rest, and
   * the notes of failures there go too. This is what keeps a long replay's memory flat.
   */
  private void forgetBehind(PriorityQueue<Node> queue, Node expanding) {
    notesGeneration++; // notes behind the beam go: a step noted there may need noting again
    for (int s = 0; s < logs.size(); s++) {
      int floor = expanding.pos[s];
      for (Node n : queue) {
        floor = Math.min(floor, n.pos[s]);
      }
      if (bestNode != null) {
        floor = Math.min(floor, bestNode.pos[s]);
      }
      if (bestStream == s && bestPos >= 0) {
        floor = Math.min(floor, bestPos);
      }
      floor = Math.max(0, floor - 1);
      logs.get(s).discardBefore(floor);
      int stream = s;
      int below = floor;
      java.util.function.Predicate<Long> behind = key -> (int) (key >>> 32) == stream && (int) (long) key < below;
      notesAt.keySet().removeIf(behind);
      missingAt.keySet().removeIf(behind);
      stopFrom.keySet().removeIf(behind);
    }
  }

  private ReplayResult failed(ReplayResult.Verdict verdict, int progress, long explored, String detail) {
    Optional<ReplayResult.Unmatched> unmatched = Optional.empty();
    if (bestStream < 0 || bestReach < progress) { // no step ever failed there: report the best node's first open line
      for (int s = 0; bestNode != null && s < logs.size(); s++) {
        if (bestNode.pos[s] < logs.get(s).size()) {
          bestStream = s;
          bestPos = bestNode.pos[s];
          bestAlternatives.clear();
          bestMissing = null;
          break;
        }
      }
    }
    // with timestamps, the first line is the earliest that no behaviour ever got past, whatever the alignment
    long earliest = Long.MAX_VALUE;
    for (int s = 0; s < logs.size(); s++) {
      if (maxPos[s] < logs.get(s).size()) {
        LogLine head = logs.get(s).entry(maxPos[s]).first();
        long millis = head.millis();
        boolean earlierLine = millis == earliest && bestStream >= 0 && bestPos < logs.get(bestStream).size()
            && logs.get(bestStream).entry(bestPos).first().source().equals(head.source())
            && head.line() < logs.get(bestStream).entry(bestPos).first().line();
        if (millis != LogLine.NO_TIME && (millis < earliest || earlierLine)) {
          earliest = millis;
          bestStream = s;
          // the line where a step starting here went wrong, when it matched some lines first
          bestPos = stopFrom.getOrDefault((long) s << 32 | maxPos[s], maxPos[s]);
          long key = (long) s << 32 | bestPos;
          bestAlternatives.clear();
          bestAlternatives.addAll(notesAt.getOrDefault(key, List.of()));
          bestMissing = missingAt.get(key);
        }
      }
    }
    if (bestStream >= 0 && bestPos < logs.get(bestStream).size()) {
      ReplayLog log = logs.get(bestStream);
      String reason = bestAlternatives.isEmpty() ? "no behaviour of the model reaches this line"
          : "no behaviour of the model logs this line at this point; what the model logs for " + log.device()
              + " here instead is listed";
      unmatched = Optional.of(new ReplayResult.Unmatched(log.device(), log.entry(bestPos),
          List.copyOf(bestAlternatives), reason));
    }
    return new ReplayResult(verdict, Math.max(progress, Math.max(bestReach, 0)), total, List.of(), unmatched,
        explored, detail);
  }

  /** The children of a step: consuming the lines it can, and (outside every log's window) also not consuming them. */
  private List<Node> children(Node node, Move move, boolean timed) {
    Action action = move.action();
    boolean loss = action.kind() == Action.Kind.LOSS;
    if (loss && node.cost >= options.maxLosses()) {
      return List.of();
    }
    int time = node.time + (action instanceof Action.Tick ? 1 : 0);
    if (move.silent() && node.owesNothing()) { // the common case: no log sees the step
      Node quiet = quiet(node, move, time, timed);
      return quiet == null ? List.of() : List.of(quiet);
    }
    List<Node> result = new ArrayList<>(2);
    Node greedy = advance(node, move, time, true, timed);
    if (greedy != null) {
      result.add(greedy);
    }
    if (greedy == null || greedy.progress > node.progress) {
      Node lazy = advance(node, move, time, false, timed);
      if (lazy != null && (greedy == null || !Arrays.equals(lazy.pos, greedy.pos))) {
        result.add(lazy);
      }
    }
    return result;
  }

  /**
   * The node after {@code step}, or null when the step contradicts a log. {@code consumeOutside}: whether a log whose
   * window is not open yet takes the lines the step matches (entering its segment) or leaves them for later.
   */
  private Node advance(Node node, Move move, int time, boolean consumeOutside, boolean timed) {
    Action action = move.action();
    Step step = move.step();
    int[] pos = node.pos;
    List<List<Observation>> owed = node.owed;
    boolean copied = false; // pos and owed are the node's until a log changes them
    long offset = node.offset;
    int consumedTotal = 0;
    for (int s = 0; s < logs.size(); s++) {
      ReplayLog log = logs.get(s);
      Shown shown = move.shown().get(s);
      List<Observation> produced = shown.observations;
      if (produced.isEmpty() && owed.get(s).isEmpty()) {
        continue;
      }
      int p = pos[s];
      boolean window = log.inWindow(p);
      if (!window && !consumeOutside) {
        continue;
      }
      List<Set<Printer>> printersOf = shown.printers;
      if (window && !headMatches(log.entry(p), shown, owed.get(s), step.next())) {
        // the loop below would stop at once (the usual fate of a fault, or of a step out of line): decide the same
        // way without copying anything
        Set<Printer> printers = log.printers(log.entry(p).segment());
        List<Observation> lagging = null;
        for (int i = 0; i < produced.size(); i++) {
          Observation o = produced.get(i);
          if (!intersects(printersOf.get(i), printers)) {
            continue;
          }
          if (!Loggable.mayLag(o)) {
            note(node.progress + consumedTotal, s, p, p, shown, o);
            return null;
          }
          lagging = lagging == null ? new ArrayList<>(owed.get(s)) : lagging;
          lagging.add(o);
        }
        if (!produced.isEmpty() && !allLagging(produced)) {
          note(node.progress + consumedTotal, s, p, p, shown, null);
        }
        if (lagging != null) {
          if (!copied) {
            pos = pos.clone();
            owed = new ArrayList<>(owed);
            copied = true;
          }
          owed.set(s, List.copyOf(lagging));
        }
        continue;
      }
      if (!copied) {
        pos = pos.clone();
        owed = new ArrayList<>(owed);
        copied = true;
      }
      List<Observation> stillOwed = new ArrayList<>(owed.get(s));
      List<Observation> required = new ArrayList<>();
      if (window) {
        Set<Printer> printers = log.printers(log.entry(p).segment());
        for (int i = 0; i < produced.size(); i++) {
          if (intersects(printersOf.get(i), printers)) {
            required.add(produced.get(i));
          }
        }
      }
      List<Observation> pool = new ArrayList<>(produced);
      List<Observation> matchedNow = new ArrayList<>();
      int segment = p < log.size() ? log.entry(p).segment() : -1;
      boolean stoppedByTime = false;
      List<String> matchedTexts = new ArrayList<>(4); // a few lines: a list beats hashing them
      while (p < log.size() && log.entry(p).segment() == segment) {
        DeviceLog.Entry e = log.entry(p);
        if (e.shown() != null) {
          if (!holds(e.shown(), step.next())) {
            break;
          }
          p++;
          continue;
        }
        Observation logged = e.observation();
        boolean ok;
        String text = e.first().text();
        if (!matchedTexts.contains(text) && first(matchedNow, logged) != null) {
          ok = true; // another line of an event this step made (a line printed twice is two events)
        } else {
          Observation hit = first(pool, logged);
          if (hit != null) {
            pool.remove(hit);
            required.remove(hit);
            matchedNow.add(hit);
            ok = true;
          } else {
            Observation late = first(stillOwed, logged);
            ok = late != null && stillOwed.remove(late);
          }
        }
        if (ok && e.millis() != LogLine.NO_TIME) {
          if (offset == NO_OFFSET) {
            offset = e.millis() - time * 1000L;
          } else if (Math.abs(e.millis() - offset - time * 1000L) > options.toleranceMillis()) {
            ok = false;
            stoppedByTime = true;
          }
        }
        if (!ok) {
          break;
        }
        matchedTexts.add(text);
        p++;
      }
      boolean windowClosed = p >= log.size() || (p > 0 && log.entry(p).segment() != log.entry(p - 1).segment());
      for (Observation o : required) {
        if (windowClosed && p > pos[s]) {
          break; // the log stops in the middle of this event's lines: the rest is not a contradiction
        }
        if (Loggable.mayLag(o)) {
          stillOwed.add(o);
        } else {
          note(node.progress + consumedTotal + (p - pos[s]), s, stoppedByTime ? p : pos[s], p, shown, o);
          return null;
        }
      }
      if (windowClosed) {
        stillOwed.clear(); // the log stops here: lines it would have shown later are not a contradiction
      }
      if (window && p == pos[s] && !produced.isEmpty() && !allLagging(produced)) {
        note(node.progress + consumedTotal, s, p, p, shown, null);
      }
      consumedTotal += p - pos[s];
      pos[s] = p;
      owed.set(s, stillOwed.isEmpty() ? List.of() : List.copyOf(stillOwed));
    }
    boolean fault = action.kind() == Action.Kind.FAULT || action.kind() == Action.Kind.REPAIR;
    if (fault && consumedTotal == 0) {
      return null; // faults are taken only where a line shows them
    }
    int since = consumedTotal > 0 ? 0 : node.sinceProgress + 1;
    if (since > options.maxGapSteps()) {
      return null;
    }
    int cost = node.cost + (action.kind() == Action.Kind.LOSS ? 1 : 0);
    Node child = new Node(step.next(), move.nextHash(), pos, copied ? List.copyOf(owed) : owed, time, offset, cost,
        node.depth + 1, since, options.keepTrace() ? node : null, action, step.observations(), timed);
    child = settle(child, timed);
    return late(child) ? null : child;
  }

  /**
   * The node after a step no log sees, with nothing owed: {@link #advance} with nothing to match, so no list is
   * copied. The positions stay, so a line can only turn late if time passed or a shown state was taken.
   */
  private Node quiet(Node node, Move move, int time, boolean timed) {
    Action action = move.action();
    if (action.kind() == Action.Kind.FAULT || action.kind() == Action.Kind.REPAIR) {
      return null; // faults are taken only where a line shows them
    }
    int since = node.sinceProgress + 1;
    if (since > options.maxGapSteps()) {
      return null;
    }
    int cost = node.cost + (action.kind() == Action.Kind.LOSS ? 1 : 0);
    Node child = new Node(move.step().next(), move.nextHash(), node.pos, node.owed, time, node.offset, cost,
        node.depth + 1, since, options.keepTrace() ? node : null, action, move.step().observations(), timed);
    Node settled = settle(child, timed);
    return (settled != child || time != node.time) && late(settled) ? null : settled;
  }

  /** Takes the shown states at the head of each log that hold in the node's state (no step needed). */
  private Node settle(Node node, boolean timed) {
    int[] pos = null;
    for (int s = 0; s < logs.size(); s++) {
      ReplayLog log = logs.get(s);
      int p = node.pos[s];
      while (p < log.size() && log.entry(p).shown() != null && holds(log.entry(p).shown(), node.state)) {
        p++;
      }
      if (p != node.pos[s]) {
        if (pos == null) {
          pos = node.pos.clone();
        }
        pos[s] = p;
      }
    }
    if (pos == null) {
      return node;
    }
    return new Node(node.state, node.stateHash, pos, node.owed, node.time, node.offset, node.cost, node.depth, 0,
        node.parent, node.action, node.observations, timed);
  }

  /** A timed line at the head of a log whose time the model has already passed. */
  private boolean late(Node node) {
    if (node.offset == NO_OFFSET) {
      return false;
    }
    for (int s = 0; s < logs.size(); s++) {
      ReplayLog log = logs.get(s);
      int p = node.pos[s];
      if (p < log.size()) {
        long millis = log.entry(p).millis();
        if (millis != LogLine.NO_TIME && node.time * 1000L + node.offset > millis + options.toleranceMillis()) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean holds(ShowStandby shown, SystemState s) {
    int r = lab.routerIndex(shown.device());
    if (r < 0) {
      return false;
    }
    RouterState router = s.router(r);
    return router.hsrp() == shown.state() && Objects.equals(address(router.knownActive()), shown.active())
        && Objects.equals(address(router.knownStandby()), shown.standby())
        && (shown.priority() < 0 || shown.priority() == router.priority());
  }

  private Ipv4 address(int router) {
    return router < 0 ? null : lab.router(router).address();
  }

  /**
   * Whether the entry at a log's head is one a step can take: a shown state that holds after it, or an observation it
   * makes or owes.
   */
  private boolean headMatches(DeviceLog.Entry head, Shown shown, List<Observation> owed, SystemState next) {
    if (head.shown() != null) {
      return holds(head.shown(), next);
    }
    if (shown.lastHead != head) { // entries are immutable: the same head, the same answer
      shown.lastHead = head;
      shown.lastHeadMatches = first(shown.observations, head.observation()) != null;
    }
    return shown.lastHeadMatches || first(owed, head.observation()) != null;
  }

  private static boolean intersects(Set<Printer> a, Set<Printer> b) {
    for (Printer printer : a) {
      if (b.contains(printer)) {
        return true;
      }
    }
    return false;
  }

  private static Observation first(List<Observation> candidates, Observation logged) {
    for (Observation o : candidates) {
      if (ObservationMatch.matches(logged, o)) {
        return o;
      }
    }
    return null;
  }

  private static boolean allLagging(List<Observation> produced) {
    for (Observation o : produced) {
      if (!Loggable.mayLag(o)) {
        return false;
      }
    }
    return true;
  }

  /** Remembers the furthest place a step failed, and what the model would have logged there. */
  private void note(int reach, int stream, int start, int pos, Shown shown, Observation missing) {
    // the same kept step failing the same way again changes nothing (every part below is idempotent): the faults
    // fail like this from every node, so skip the list comparisons
    Noted call = new Noted(reach, stream, start, pos, missing, notesGeneration);
    if (call.equals(shown.lastNoted)) {
      return;
    }
    shown.lastNoted = call;
    List<Observation> produced = shown.observations;
    if (pos > start) {
      stopFrom.merge((long) stream << 32 | start, pos, Math::max);
    }
    if (pos >= maxPos[stream]) {
      long key = (long) stream << 32 | pos;
      List<List<Observation>> here = notesAt.computeIfAbsent(key, k -> new ArrayList<>());
      List<Observation> alternative = List.copyOf(produced);
      if (here.size() < 12 && !here.contains(alternative)) {
        here.add(alternative);
      }
      if (missing != null) {
        missingAt.putIfAbsent(key, missing);
      }
    }
    if (reach > bestReach || (reach == bestReach && stream == bestStream && pos == bestPos)) {
      if (reach > bestReach) {
        bestAlternatives.clear();
        bestMissing = missing;
      }
      bestReach = reach;
      bestStream = stream;
      bestPos = pos;
      List<Observation> alternative = List.copyOf(produced);
      if (bestAlternatives.size() < 12 && !bestAlternatives.contains(alternative)) {
        bestAlternatives.add(alternative);
      }
    }
  }


  private List<ReplayResult.TraceStep> behaviour(Node end) {
    if (!options.keepTrace()) {
      return List.of();
    }
    List<ReplayResult.TraceStep> steps = new ArrayList<>();
    for (Node n = end; n != null; n = n.parent) {
      steps.add(new ReplayResult.TraceStep(n.action, n.state, n.time, n.observations));
    }
    Collections.reverse(steps);
    return steps;
  }
}
