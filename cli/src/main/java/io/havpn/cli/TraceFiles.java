package io.havpn.cli;

import io.havpn.bridge.itf.ItfTrace;
import io.havpn.bridge.itf.ItfWriter;
import io.havpn.bridge.validate.ModelTrace;
import io.havpn.model.lab.Lab;
import io.havpn.proptest.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Model behaviours written as ITF traces for {@code havpn validate}. A trace carries its lab in full in its
 * {@code #meta}, so it validates on the lab it was recorded on, whatever that lab is (a random one included).
 */
public final class TraceFiles {

  private static final String LAB = "lab";

  private TraceFiles() {}

  public static void write(ModelTrace trace, Lab lab, Path file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> labJson = Json.MAPPER.convertValue(lab, Map.class);
    ItfTrace itf = trace.meta(LAB, labJson).toItf();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, new ItfWriter().write(itf));
  }

  /**
   * The lab a trace was recorded on, when it carries one.
   *
   * @throws IllegalArgumentException when its {@code lab} is not a lab
   */
  public static Optional<Lab> lab(ItfTrace trace) {
    Object lab = trace.meta().get(LAB);
    if (!(lab instanceof Map)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.MAPPER.convertValue(lab, Lab.class));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("its #meta lab is not a havpn lab: " + e.getMessage(), e);
    }
  }
}
