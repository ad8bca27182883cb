package io.havpn.cli;

import io.havpn.bridge.spec.LabModule;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.Lab;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The lab TLC checks and its counterexamples replay on: the built-in lab (or {@code --lab} configs) or one of its
 * design-mistake variants, the
 * model options, and the model size (fault and loss budgets). Shared by {@code check} and {@code replay-cex}, so a
 * trace replays on exactly the lab it was checked on.
 */
public final class CheckedLabOptions {

  @Option(names = "--mistake", paramLabel = "ID", completionCandidates = MistakeIds.class,
      description = "a design-mistake variant of the built-in lab: ${COMPLETION-CANDIDATES}")
  String mistake;

  @Option(names = "--size", paramLabel = "SIZE", defaultValue = "ci",
      description = "model size: ci (at most 1 fault), large (1 fault and 1 loss) or full (2 faults and 1 loss) "
          + "(default: ${DEFAULT-VALUE})")
  String size;

  @Mixin
  LabOptions model;

  @Mixin
  LabFiles labFiles;

  public static final class MistakeIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(DesignMistake.values()).map(DesignMistake::id).iterator();
    }
  }

  /** The lab (built-in or {@code --lab}) with the model options and the mistake, without budgets. */
  public Lab lab() {
    Lab lab = model.apply(labFiles.labOrBadInput());
    return mistake == null ? lab : DesignMistake.ofId(mistake).apply(lab);
  }

  public LabModule.Size size() {
    return LabModule.size(size);
  }

  /** The lab with the size's fault and loss budgets: the model counts faults and losses only under a budget. */
  public Lab bounded() {
    return LabModule.bounded(lab(), size().maxFaults(), size().maxLosses());
  }
}
