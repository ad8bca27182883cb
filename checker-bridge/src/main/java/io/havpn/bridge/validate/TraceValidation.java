package io.havpn.bridge.validate;

import io.havpn.bridge.tlc.TlcOptions;
import io.havpn.bridge.tlc.TlcProgress;
import io.havpn.bridge.tlc.TlcResult;
import io.havpn.bridge.tlc.TlcRunner;
import io.havpn.model.lab.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides with TLC whether traces are behaviours of VpnHa (TraceVpnHa.tla), all in one TLC run: TLC explores only the
 * behaviours that follow some trace, and prints each entry it matches, which gives every trace's longest matched
 * prefix.
 */
public final class TraceValidation {

  private static final Pattern MATCHED = Pattern.compile("<<\"havpn-matched\", (\\d+), (\\d+)>>");

  private final Lab lab;
  private final TlcRunner runner;

  /** {@code lab} as the traces were recorded on, with its options' fault and loss budgets. */
  public TraceValidation(Lab lab, TlcRunner runner) {
    this.lab = lab;
    this.runner = runner;
  }

  /** The verdicts, and TLC's result (a run that did not finish cannot say which traces are behaviours). */
  public record Outcome(TlcResult tlc, List<TraceVerdict> verdicts) {

    public boolean completed() {
      return tlc.outcome() == TlcResult.Outcome.FINISHED && tlc.problem().isEmpty() && tlc.output().errors().isEmpty();
    }

    public boolean allAccepted() {
      return completed() && verdicts.stream().allMatch(TraceVerdict::accepted);
    }
  }

  public Outcome validate(List<LoggedTrace> traces, int maxUnlogged, TlcOptions options,
      Consumer<TlcProgress> onProgress) {
    TlcResult result = runner.run(TraceModule.spec(lab, traces, maxUnlogged), options.withoutDeadlockCheck(),
        onProgress);
    int[] matched = new int[traces.size()];
    for (String line : result.output().printed()) {
      Matcher m = MATCHED.matcher(line);
      if (m.find()) {
        int trace = Integer.parseInt(m.group(1)) - 1;
        matched[trace] = Math.max(matched[trace], Integer.parseInt(m.group(2)));
      }
    }
    TraceSlots slots = new TraceSlots(lab.routerCount());
    List<TraceVerdict> verdicts = new ArrayList<>();
    for (int t = 0; t < traces.size(); t++) {
      LoggedTrace trace = traces.get(t);
      TraceVerdict.Unmatched unmatched = null;
      if (matched[t] < trace.entries().size()) {
        LoggedTrace.Entry entry = trace.entries().get(matched[t]);
        List<String> logged = new ArrayList<>();
        for (Map.Entry<Integer, ?> slot : new java.util.TreeMap<>(entry.slots()).entrySet()) {
          logged.add(slots.slot(slot.getKey()).path() + " = " + slot.getValue());
        }
        unmatched = new TraceVerdict.Unmatched(matched[t], entry.action().orElse("any step"), logged);
      }
      verdicts.add(new TraceVerdict(trace.name(), trace.entries().size(), matched[t], trace.notes(), unmatched));
    }
    return new Outcome(result, verdicts);
  }
}
