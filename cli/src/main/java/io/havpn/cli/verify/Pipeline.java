package io.havpn.cli.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the stages in their order. A stage that {@link Stage#runsAlongside() runs alongside} (TLC, in its own process)
 * is started on a thread of its own and the next stages run meanwhile; a stage that {@link Stage#needs() needs} it
 * waits for it. The results are kept in the pipeline's order whatever order the stages finish in, so every output is
 * the same for the same run.
 */
final class Pipeline {

  private final List<Stage> stages;
  private final Set<String> skipped;
  private final ProgressDisplay display;

  Pipeline(List<Stage> stages, Set<String> skipped, ProgressDisplay display) {
    this.stages = List.copyOf(stages);
    this.skipped = Set.copyOf(skipped);
    this.display = display;
  }

  void run(VerifyRun run) {
    Map<String, CompletableFuture<StageResult>> started = new LinkedHashMap<>();
    ExecutorService alongside = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "havpn-verify-stage");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (Stage stage : stages) {
        for (String needed : stage.needs()) {
          CompletableFuture<StageResult> dependency = started.get(needed);
          if (dependency != null) {
            join(dependency);
          }
        }
        if (skipped.contains(stage.id())) {
          StageResult result = skipped(stage);
          display.finish(stage, result);
          started.put(stage.id(), CompletableFuture.completedFuture(result));
        } else if (stage.runsAlongside()) {
          started.put(stage.id(), CompletableFuture.supplyAsync(() -> runOne(stage, run), alongside));
        } else {
          started.put(stage.id(), CompletableFuture.completedFuture(runOne(stage, run)));
        }
      }
      for (CompletableFuture<StageResult> result : started.values()) {
        run.add(join(result));
      }
    } finally {
      alongside.shutdownNow();
    }
  }

  private StageResult runOne(Stage stage, VerifyRun run) {
    StageResult result = stage.run(run, display.start(stage));
    display.finish(stage, result);
    return result;
  }

  static StageResult skipped(Stage stage) {
    return StageResult.skipped(stage, "skipped on request (--skip " + stage.id() + ")");
  }

  private static StageResult join(CompletableFuture<StageResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a stage ran", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
