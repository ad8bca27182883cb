package io.havpn.bridge.tlc;

/** The TLC 2.18 message codes this bridge reads (names after TLC's {@code tlc2.output.EC}). */
public final class MessageCode {

  public static final int GENERAL = 1000;
  public static final int SYSTEM_OUT_OF_MEMORY = 1001;
  public static final int SYSTEM_OUT_OF_MEMORY_TOO_MANY_INIT = 1002;
  public static final int SYSTEM_OUT_OF_MEMORY_LIVENESS = 1003;
  public static final int SYSTEM_STACK_OVERFLOW = 1005;
  public static final int NESTED_EXPRESSION = 2103;
  public static final int ASSUMPTION_FALSE = 2104;
  public static final int ASSUMPTION_EVALUATION_ERROR = 2105;
  public static final int STATE_NOT_COMPLETELY_SPECIFIED_INITIAL = 2106;
  public static final int INVARIANT_VIOLATED_INITIAL = 2107;
  public static final int PROPERTY_VIOLATED_INITIAL = 2108;
  public static final int STATE_NOT_COMPLETELY_SPECIFIED_NEXT = 2109;
  public static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
  public static final int INVARIANT_EVALUATION_FAILED = 2111;
  public static final int ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
  public static final int ACTION_PROPERTY_EVALUATION_FAILED = 2113;
  public static final int DEADLOCK_REACHED = 2114;
  public static final int TEMPORAL_PROPERTY_VIOLATED = 2116;
  public static final int NO_STATES_SATISFYING_INIT = 2118;
  public static final int BEHAVIOR_UP_TO_THIS_POINT = 2121;
  public static final int BACK_TO_STATE = 2122;
  public static final int VALUE_ASSERT_FAILED = 2132;
  public static final int STARTING = 2185;
  public static final int FINISHED = 2186;
  public static final int MODE_MC = 2187;
  public static final int MODE_SIMU = 2188;
  public static final int COMPUTING_INIT = 2189;
  public static final int INIT_GENERATED1 = 2190;
  public static final int CHECKING_TEMPORAL_PROPS = 2192;
  public static final int SUCCESS = 2193;
  public static final int SEARCH_DEPTH = 2194;
  public static final int STATS = 2199;
  public static final int PROGRESS_STATS = 2200;
  public static final int PROGRESS_SIMU = 2209;
  public static final int STATS_SIMU = 2210;
  public static final int FP_COMPLETED = 2211;
  public static final int LIVE_IMPLIED = 2212;
  public static final int STATE_PRINT1 = 2216;
  public static final int STATE_PRINT2 = 2217;
  public static final int STATE_PRINT3 = 2218;
  public static final int SANY_END = 2219;
  public static final int SANY_START = 2220;
  public static final int CONFIG_FIRST = 2222;
  public static final int CONFIG_LAST = 2243;
  public static final int VERSION = 2262;
  public static final int COUNTER_EXAMPLE = 2264;
  public static final int INTEGER_TOO_BIG = 2265;
  public static final int CHECKING_TEMPORAL_PROPS_END = 2267;
  public static final int STATE_GRAPH_OUTDEGREE = 2268;
  public static final int COMPUTING_INIT_PROGRESS = 2269;
  public static final int MODE_MC_DFS = 2271;
  public static final int CONFIG_UNDEFINED_OR_NO_OPERATOR = 2280;
  public static final int CONFIG_SUBSTITUTION_NON_CONSTANT = 2281;
  public static final int ENVIRONMENT_JVM_GC = 2401;
  public static final int PARSING_FAILED = 3002;
  public static final int CFG_FIRST = 5001;
  public static final int CFG_LAST = 5006;
  public static final int DISTRIBUTED_SERVER_RUNNING = 7000;
  public static final int DISTRIBUTED_FIRST = 7000;
  public static final int DISTRIBUTED_LAST = 7010;

  private MessageCode() {}

  /** Codes of errors in the cfg file: TLC's {@code TLC_CONFIG_*} and {@code CFG_*} ranges. */
  public static boolean isConfigError(int code) {
    return code >= CONFIG_FIRST && code <= CONFIG_LAST
        || code == CONFIG_UNDEFINED_OR_NO_OPERATOR
        || code == CONFIG_SUBSTITUTION_NON_CONSTANT
        || code >= CFG_FIRST && code <= CFG_LAST;
  }
}
