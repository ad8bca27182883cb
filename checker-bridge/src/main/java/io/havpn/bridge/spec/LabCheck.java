package io.havpn.bridge.spec;

import io.havpn.bridge.tlc.TlcSpec;
import io.havpn.model.Property;
import io.havpn.model.lab.Lab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLC input for a lab: the spec's modules (VpnHa.tla and the protocol modules it composes, from havpn-specs) with
 * the lab's generated model-checking module and cfg.
 */
public final class LabCheck {

  public static final String SPEC = "VpnHa";

  /**
   * The spec's modules: VpnHa, the routers and the protocol rules it extends (NAMERules: constants and operators only),
   * the protocol modules (each alone, on its rules; VpnHa instantiates Hsrp and Rri for their invariants), and
   * FailoverClock, which extends VpnHa with the observer that checks FailoverBound.
   */
  public static final List<String> MODULES = List.of(SPEC, "LabRouters", "HsrpRules", "IkeKeepaliveRules", "RriRules",
      "Hsrp", "IkeKeepalive", "Rri", "FailoverClock");

  private LabCheck() {}

  /** {@code lab} must carry the check's fault and loss budgets (see {@link LabModule#bounded}). */
  public static TlcSpec spec(Lab lab, List<Property> checked) {
    return spec(lab, checked, specModules());
  }

  /** The same with another text of VpnHa.tla (a user's edited copy); the other modules are the built-in ones. */
  public static TlcSpec spec(Lab lab, List<Property> checked, String specText) {
    Map<String, String> modules = specModules();
    modules.put(SPEC + ".tla", specText);
    return spec(lab, checked, modules);
  }

  /** The same with the given module files (file name to text), which must include VpnHa.tla. */
  public static TlcSpec spec(Lab lab, List<Property> checked, Map<String, String> modules) {
    TlcSpec spec = TlcSpec.of(LabModule.MODULE, LabModule.module(lab),
        LabModule.config(checked, lab.options().maxFaults(), lab.options().maxLosses()));
    for (Map.Entry<String, String> module : modules.entrySet()) {
      spec = spec.withFile(module.getKey(), module.getValue());
    }
    return spec;
  }

  /**
   * FailoverBound's check for {@code lab} (with the check's budgets): VpnHa with its failover clock, from the given
   * module files.
   */
  public static TlcSpec clockSpec(Lab lab, Map<String, String> modules) {
    return clockSpec(lab, modules, true);
  }

  /** The same with the remote pinging every second ({@code continuousTraffic}), or with any traffic pattern. */
  public static TlcSpec clockSpec(Lab lab, Map<String, String> modules, boolean continuousTraffic) {
    TlcSpec spec = TlcSpec.of(LabModule.CLOCK_MODULE, LabModule.clockModule(lab),
        LabModule.clockConfig(lab.options().maxFaults(), lab.options().maxLosses(), continuousTraffic));
    for (Map.Entry<String, String> module : modules.entrySet()) {
      spec = spec.withFile(module.getKey(), module.getValue());
    }
    return spec;
  }

  /** One protocol module alone, with its MC module and cfg for {@code lab}. */
  public static TlcSpec protocolSpec(Lab lab, ProtocolModule protocol) {
    return TlcSpec.of(protocol.moduleName(), protocol.module(lab), protocol.config())
        .withFile(protocol.spec() + ".tla", moduleText(protocol.spec()))
        .withFile(protocol.spec() + "Rules.tla", moduleText(protocol.spec() + "Rules"))
        .withFile("LabRouters.tla", moduleText("LabRouters"));
  }

  /** The text of VpnHa.tla as shipped in havpn-specs. */
  public static String specText() {
    return moduleText(SPEC);
  }

  /** Every module of the spec as shipped in havpn-specs: file name to text, VpnHa.tla first. */
  public static Map<String, String> specModules() {
    Map<String, String> modules = new LinkedHashMap<>();
    MODULES.forEach(module -> modules.put(module + ".tla", moduleText(module)));
    return modules;
  }

  /**
   * The spec's modules from {@code directory}: VpnHa.tla must be there; a protocol module missing from it is taken
   * from havpn-specs (the map says which).
   */
  public static Map<String, String> specModules(Path directory) throws IOException {
    Map<String, String> modules = specModules();
    for (String module : MODULES) {
      Path file = directory.resolve(module + ".tla");
      if (Files.isRegularFile(file)) {
        modules.put(module + ".tla", Files.readString(file, StandardCharsets.UTF_8));
      } else if (module.equals(SPEC)) {
        throw new IllegalArgumentException(file + " not found");
      }
    }
    return modules;
  }

  /** The text of one module of havpn-specs ({@code tla/NAME.tla} on the class path). */
  public static String moduleText(String module) {
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
