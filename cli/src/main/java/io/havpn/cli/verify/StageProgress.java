package io.havpn.cli.verify;

/** How a stage reports progress; {@code havpn verify} draws one progress bar per stage on stderr. */
public interface StageProgress {

  StageProgress NONE = new StageProgress() {
    @Override
    public void total(long units) {}

    @Override
    public void done(long units, String message) {}
  };

  /** The amount of work, when known (sequences, traces); not called when it is not (TLC's state space). */
  void total(long units);

  /** How much is done, with a short message (TLC: depth and distinct states). */
  void done(long units, String message);
}
