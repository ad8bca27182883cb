package io.havpn.cli.verify;

import java.util.List;

/** What backs a verdict, shown in the report beside it. */
public sealed interface Evidence permits Evidence.CounterexampleTrace, Evidence.OutputFile, Evidence.Lines {

  /**
   * A behaviour that violates a property, as a timeline.
   *
   * @param id unique within a run, used as the report's anchor: {@code tlc-RemotePeersWithVip}
   * @param title what it is, for a person
   * @param crossCheck how another technique confirmed it (the Java model replayed TLC's trace), or empty when nothing
   *     has checked it
   */
  record CounterexampleTrace(String id, String title, Timeline timeline, List<String> steps, String crossCheck)
      implements Evidence {
    public CounterexampleTrace {
      steps = List.copyOf(steps);
    }

    public CounterexampleTrace withCrossCheck(String check) {
      return new CounterexampleTrace(id, title, timeline, steps, check);
    }
  }

  /** A file the run wrote (an ITF trace, a saved counterexample), relative to the output directory. */
  record OutputFile(String path, String description) implements Evidence {}

  /** A few lines of text: numbers, a reproduction command. */
  record Lines(String title, List<String> lines) implements Evidence {
    public Lines {
      lines = List.copyOf(lines);
    }
  }
}
