package io.havpn.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar redrawn in place on stderr ({@code fuzz}'s sequences, {@code replay}'s bytes read and entries). */
public final class ProgressBars {

  private ProgressBars() {}

  /** A bar for {@code task} up to {@code max}; end its line with a newline once it is closed. */
  public static ProgressBar onStderr(PrintWriter err, String task, long max) {
    DelegatingProgressBarConsumer toStderr = new DelegatingProgressBarConsumer(line -> {
      err.print('\r' + line);
      err.flush();
    }, 100);
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(toStderr).setUpdateIntervalMillis(200).build();
  }
}
