package io.havpn.traces;

import io.havpn.model.Observation;

/** What one log message is to the replay: an observation, a state shown, known noise, skipped, or unknown. */
public sealed interface Classification {

  Family family();

  /** A line the model's {@link Observation} records describe; the replay matches it. */
  record Observed(Printer printer, Observation observation) implements Classification {
    public Family family() {
      return printer.family();
    }
  }

  /** A {@code show standby} block: a state the replay checks at that point of the log. */
  record Shown(ShowStandby standby) implements Classification {
    public Family family() {
      return Family.SHOW;
    }
  }

  /** Known text the model has nothing to say about, with the reason it is left out. */
  record Noise(Family family, String reason) implements Classification {}

  /** A line that would be replayed but cannot be, with the reason (no device, a device not in the lab). */
  record Skipped(Family family, String reason) implements Classification {}

  /** Text the parser does not recognise, with what it expected. */
  record Unknown(Family family, String reason) implements Classification {}
}
