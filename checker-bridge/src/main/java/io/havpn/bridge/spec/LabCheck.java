package io.havpn.bridge.spec;

import io.havpn.bridge.tlc.TlcSpec;
import io.havpn.model.Property;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The TLC input for a lab: VpnHa.tla (from havpn-specs) with the lab's generated model-checking module and cfg. */
public final class LabCheck {

  public static final String SPEC = "VpnHa";

  private LabCheck() {}

  /** {@code lab} must carry the check's fault and loss budgets (see {@link LabModule#bounded}). */
  public static TlcSpec spec(Lab lab, List<Property> checked) {
    return spec(lab, checked, specText());
  }

  /** The same with another text of VpnHa.tla (a user's edited copy). */
  public static TlcSpec spec(Lab lab, List<Property> checked, String specText) {
    return TlcSpec.of(LabModule.MODULE, LabModule.module(lab),
            LabModule.config(checked, lab.options().maxFaults(), lab.options().maxLosses()))
        .withFile(SPEC + ".tla", specText);
  }

  /** The text of VpnHa.tla as shipped in havpn-specs. */
  public static String specText() {
    return shippedModule(SPEC);
  }

  /** The text of a module shipped in havpn-specs ({@code tla/NAME.tla} on the class path). */
  public static String shippedModule(String module) {
    try (InputStream in = LabCheck.class.getClassLoader().getResourceAsStream("tla/" + module + ".tla")) {
      if (in == null) {
        throw new IllegalStateException("tla/" + module + ".tla is missing from the class path (havpn-specs)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
