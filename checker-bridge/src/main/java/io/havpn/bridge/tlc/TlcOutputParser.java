package io.havpn.bridge.tlc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TLC's {@code -tool} output line by line, as it streams, into a {@link TlcOutput}. Every framed message is
 * either used or kept as a {@link SkippedMessage}; unframed lines are SANY's report or printed output.
 *
 * <p>Verdicts: the first message that states one wins ({@code Assert} prints 2132 and then the 2103 that locates it);
 * a bare 1000 ("unexpected exception") is a weak verdict that a later 2103 turns into an evaluation error.
 */
public final class TlcOutputParser {

  private static final Pattern MODE = Pattern.compile("seed (-?\\d+) with (\\d+) worker");
  private static final Pattern INITIAL_STATES = Pattern.compile("(\\d+) distinct state");
  private static final Pattern STATS = Pattern.compile(
      "(\\d+) states generated, (\\d+) distinct states found, (\\d+) states left on queue");
  private static final Pattern SIMULATION_STATS = Pattern.compile("number of states generated: (\\d+)");
  private static final Pattern DEPTH = Pattern.compile("search is (\\d+)");
  private static final Pattern FINISHED_IN = Pattern.compile("Finished in (.*?) at");
  private static final Pattern TIME_PART = Pattern.compile("(\\d+)(ms|min|s|h|d)");
  private static final Pattern COLLISION = Pattern.compile("calculated \\(optimistic\\):\\s+val = (\\S+)");
  private static final Pattern PROPERTY_NAME =
      Pattern.compile("^(?:Invariant|Action property|Property) (\\S+) is violated");
  private static final Pattern STATE_HEADER = Pattern.compile("(\\d+):\\s*(.*)");
  private static final Pattern BACK_TO_STATE = Pattern.compile("(\\d+): Back to state: (.*)");
  private static final Pattern CFG_LINE = Pattern.compile("at line (\\d+)");

  private final Optional<String> configFile;
  private final Consumer<TlcMessage> listener;
  private final MessageFramer framer = new MessageFramer(new Sink());

  private Optional<String> version = Optional.empty();
  private Optional<TlcMode> mode = Optional.empty();
  private Verdict verdict = Verdict.NO_VERDICT;
  private boolean weakVerdict;
  private Optional<String> violatedProperty = Optional.empty();
  private final List<TraceState> trace = new ArrayList<>();
  private TraceEnd traceEnd = new TraceEnd.Finite();
  private final List<TlcError> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private TlcStatistics statistics = TlcStatistics.NONE;
  private boolean finalStatistics;
  private final List<String> sanyOutput = new ArrayList<>();
  private boolean inSany;
  private final List<String> printed = new ArrayList<>();
  private final List<SkippedMessage> skipped = new ArrayList<>();
  private boolean finished;

  public TlcOutputParser() {
    this(Optional.empty(), message -> { });
  }

  /**
   * @param configFile the cfg file's name, to locate cfg errors that give only a line number
   * @param listener called with each top-level message as soon as it is complete (progress, readiness)
   */
  public TlcOutputParser(Optional<String> configFile, Consumer<TlcMessage> listener) {
    this.configFile = configFile;
    this.listener = listener;
  }

  public void accept(String line) {
    framer.line(line);
  }

  /** Ends the input (closing any message a killed TLC left open) and returns what was read. */
  public TlcOutput finish() {
    framer.finish();
    if (verdict == Verdict.NO_VERDICT && finished && errors.isEmpty()
        && mode.map(m -> m.kind() == TlcMode.Kind.SIMULATION).orElse(false)) {
      verdict = Verdict.SIMULATION_NO_ERROR;
    }
    Optional<Counterexample> counterexample =
        trace.isEmpty() ? Optional.empty() : Optional.of(new Counterexample(trace, traceEnd));
    return new TlcOutput(version, mode, verdict, violatedProperty, counterexample, errors, warnings, statistics,
        sanyOutput, printed, skipped, finished);
  }

  private final class Sink implements MessageFramer.Sink {
    @Override
    public void message(TlcMessage message) {
      try {
        handle(message);
      } catch (RuntimeException e) {
        skip(message, "could not read it: " + e.getMessage());
      }
      listener.accept(message);
    }

    @Override
    public void unframed(String line) {
      if (inSany) {
        sanyOutput.add(line);
      } else if (!line.isBlank()) {
        printed.add(line);
      }
    }
  }

  private void handle(TlcMessage message) {
    String body = message.body();
    switch (message.code()) {
      case MessageCode.VERSION -> version = Optional.of(message.lines().get(0));
      case MessageCode.MODE_MC -> mode(message, TlcMode.Kind.BREADTH_FIRST);
      case MessageCode.MODE_MC_DFS -> mode(message, TlcMode.Kind.DEPTH_FIRST);
      case MessageCode.MODE_SIMU -> mode(message, TlcMode.Kind.SIMULATION);
      case MessageCode.SANY_START -> inSany = true;
      case MessageCode.SANY_END -> inSany = false;
      case MessageCode.INIT_GENERATED1 -> statistics = statistics.withInitialStates(number(INITIAL_STATES, body));
      case MessageCode.PROGRESS_STATS, MessageCode.PROGRESS_SIMU -> progress(message);
      case MessageCode.STATS -> finalStatistics(body);
      case MessageCode.STATS_SIMU -> statistics = statistics.withCounts(number(SIMULATION_STATS, body),
          statistics.distinctStates(), statistics.statesLeftOnQueue());
      case MessageCode.SEARCH_DEPTH -> statistics = statistics.withDepth((int) number(DEPTH, body));
      case MessageCode.FINISHED -> finished(body);
      case MessageCode.SUCCESS -> success(body);
      case MessageCode.INVARIANT_VIOLATED_BEHAVIOR -> verdictFrom(message, Verdict.INVARIANT_VIOLATED);
      case MessageCode.ACTION_PROPERTY_VIOLATED_BEHAVIOR -> verdictFrom(message, Verdict.ACTION_PROPERTY_VIOLATED);
      case MessageCode.TEMPORAL_PROPERTY_VIOLATED -> verdictFrom(message, Verdict.TEMPORAL_PROPERTY_VIOLATED);
      case MessageCode.DEADLOCK_REACHED -> verdictFrom(message, Verdict.DEADLOCK);
      case MessageCode.VALUE_ASSERT_FAILED -> verdictFrom(message, Verdict.ASSERTION_FAILED);
      case MessageCode.ASSUMPTION_FALSE -> verdictFrom(message, Verdict.ASSUMPTION_FALSE);
      case MessageCode.INVARIANT_VIOLATED_INITIAL -> violatedInInitialState(message, Verdict.INVARIANT_VIOLATED);
      case MessageCode.PROPERTY_VIOLATED_INITIAL -> violatedInInitialState(message,
          Verdict.TEMPORAL_PROPERTY_VIOLATED);
      case MessageCode.NESTED_EXPRESSION, MessageCode.ASSUMPTION_EVALUATION_ERROR,
          MessageCode.INVARIANT_EVALUATION_FAILED, MessageCode.ACTION_PROPERTY_EVALUATION_FAILED,
          MessageCode.STATE_NOT_COMPLETELY_SPECIFIED_INITIAL, MessageCode.STATE_NOT_COMPLETELY_SPECIFIED_NEXT,
          MessageCode.NO_STATES_SATISFYING_INIT, MessageCode.INTEGER_TOO_BIG ->
          verdictFrom(message, Verdict.EVALUATION_ERROR);
      case MessageCode.SYSTEM_OUT_OF_MEMORY, MessageCode.SYSTEM_OUT_OF_MEMORY_TOO_MANY_INIT,
          MessageCode.SYSTEM_OUT_OF_MEMORY_LIVENESS, MessageCode.SYSTEM_STACK_OVERFLOW ->
          verdictFrom(message, Verdict.SYSTEM_ERROR);
      case MessageCode.GENERAL -> general(message);
      case MessageCode.PARSING_FAILED -> parseFailed(message);
      case MessageCode.BEHAVIOR_UP_TO_THIS_POINT, MessageCode.COUNTER_EXAMPLE -> {
        trace.clear();
        traceEnd = new TraceEnd.Finite();
      }
      case MessageCode.STATE_PRINT1, MessageCode.STATE_PRINT2 -> trace.add(state(message.lines()));
      case MessageCode.STATE_PRINT3 -> traceEnd = new TraceEnd.Stuttering((int) number(STATE_HEADER, body));
      case MessageCode.BACK_TO_STATE -> backToState(body);
      case MessageCode.STARTING, MessageCode.COMPUTING_INIT, MessageCode.COMPUTING_INIT_PROGRESS,
          MessageCode.LIVE_IMPLIED, MessageCode.CHECKING_TEMPORAL_PROPS, MessageCode.CHECKING_TEMPORAL_PROPS_END,
          MessageCode.STATE_GRAPH_OUTDEGREE, MessageCode.FP_COMPLETED -> skip(message, SkippedMessage.INFORMATIONAL);
      default -> other(message);
    }
  }

  private void other(TlcMessage message) {
    if (MessageCode.isConfigError(message.code())) {
      configError(message);
    } else if (message.kind() == TlcMessage.WARNING) {
      warnings.add(message.fullText());
    } else if (message.code() >= MessageCode.DISTRIBUTED_FIRST && message.code() <= MessageCode.DISTRIBUTED_LAST) {
      skip(message, SkippedMessage.INFORMATIONAL);
    } else if (message.kind() == TlcMessage.ERROR || message.kind() == TlcMessage.BUG) {
      error(message);
      decide(Verdict.TLC_ERROR, true);
    } else {
      skip(message, SkippedMessage.UNKNOWN_CODE);
    }
  }

  private void mode(TlcMessage message, TlcMode.Kind kind) {
    Matcher m = MODE.matcher(message.body());
    if (!m.find()) {
      skip(message, "no seed and worker count in it");
      return;
    }
    mode = Optional.of(new TlcMode(kind, Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
  }

  private void progress(TlcMessage message) {
    Optional<TlcProgress> progress = TlcProgress.from(message);
    if (progress.isEmpty()) {
      skip(message, "not a progress line");
    } else if (!finalStatistics) {
      TlcProgress p = progress.get();
      statistics = statistics.withCounts(p.statesGenerated(), p.distinctStates(), p.statesLeftOnQueue());
    }
  }

  private void finalStatistics(String body) {
    Matcher m = matcher(STATS, body);
    statistics = statistics.withCounts(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)));
    finalStatistics = true;
  }

  private void finished(String body) {
    finished = true;
    Matcher time = TIME_PART.matcher(matcher(FINISHED_IN, body).group(1));
    Duration elapsed = Duration.ZERO;
    while (time.find()) {
      long amount = Long.parseLong(time.group(1));
      elapsed = elapsed.plus(switch (time.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "min" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      });
    }
    statistics = statistics.withElapsed(elapsed);
  }

  private void success(String body) {
    decide(Verdict.NO_ERROR, false);
    Matcher m = COLLISION.matcher(body);
    if (m.find()) {
      statistics = statistics.withCollisionProbability(Double.parseDouble(m.group(1)));
    }
  }

  /** An error message that states a verdict, and names the property when TLC does. */
  private void verdictFrom(TlcMessage message, Verdict kind) {
    error(message);
    decide(kind, false);
    Matcher name = PROPERTY_NAME.matcher(message.body());
    if (name.find() && violatedProperty.isEmpty()) {
      violatedProperty = Optional.of(name.group(1));
    }
  }

  /** 2107/2108 carry the initial state in their own body, after the first line; no 2217 follows. */
  private void violatedInInitialState(TlcMessage message, Verdict kind) {
    List<String> lines = message.lines();
    verdictFrom(new TlcMessage(message.code(), message.kind(), lines.get(0)), kind);
    trace.clear();
    trace.add(new TraceState(1, TraceAction.INITIAL, StateText.variables(lines.subList(1, lines.size()))));
  }

  private void general(TlcMessage message) {
    if (anyNested(message, MessageCode::isConfigError)) {
      configError(message);
    } else {
      error(message);
      decide(Verdict.TLC_ERROR, true);
    }
  }

  private void parseFailed(TlcMessage message) {
    SanyText sany = SanyText.read(sanyOutput);
    errors.addAll(sany.errors);
    warnings.addAll(sany.warnings);
    error(message);
    decide(Verdict.PARSE_ERROR, false);
  }

  /** A cfg error, framed alone or inside a 1000; located in the cfg when TLC gives a line and we know the file. */
  private void configError(TlcMessage message) {
    List<SourceLocation> at = new ArrayList<>();
    Matcher line = CFG_LINE.matcher(message.fullText());
    if (configFile.isPresent() && line.find()) {
      at.add(SourceLocation.point(configFile.get(), Integer.parseInt(line.group(1)), 1));
    }
    errors.add(new TlcError(message.code(), message.fullText(), at));
    decide(Verdict.CONFIG_ERROR, false);
  }

  private void error(TlcMessage message) {
    String text = message.fullText();
    errors.add(new TlcError(message.code(), text, SourceLocation.findAll(text)));
  }

  private void decide(Verdict decided, boolean weak) {
    if (verdict == Verdict.NO_VERDICT || weakVerdict && !weak) {
      verdict = decided;
      weakVerdict = weak;
    }
  }

  private TraceState state(List<String> lines) {
    Matcher header = matcher(STATE_HEADER, lines.get(0));
    int index = Integer.parseInt(header.group(1));
    TraceAction action = header.group(2).isEmpty()
        ? (index == 1 ? TraceAction.INITIAL : TraceAction.UNNAMED)
        : TraceAction.parse(header.group(2));
    return new TraceState(index, action, StateText.variables(lines.subList(1, lines.size())));
  }

  private void backToState(String body) {
    Matcher m = matcher(BACK_TO_STATE, body);
    traceEnd = new TraceEnd.BackToState(Integer.parseInt(m.group(1)), TraceAction.parse(m.group(2)));
  }

  private void skip(TlcMessage message, String reason) {
    skipped.add(new SkippedMessage(message, reason));
  }

  private static boolean anyNested(TlcMessage message, IntPredicate code) {
    return message.nested().stream().anyMatch(n -> code.test(n.code()) || anyNested(n, code));
  }

  private static long number(Pattern pattern, String text) {
    return Long.parseLong(matcher(pattern, text).group(1));
  }

  private static Matcher matcher(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("expected /" + pattern + "/ in: " + text);
    }
    return m;
  }
}
