package io.havpn.cli.verify;

import io.havpn.model.Property;
import io.havpn.proptest.Failure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the verdict matrix: the eight properties, then IOS conformance (an Active router displaced by a
 * higher-priority Active's Hello sends Resign), which only the property tests check and which reveals the design
 * mistake no-resign-on-g, then the configurations' coherence, which only Alloy checks.
 */
public final class Checks {

  public static final String DISPLACED_ACTIVE_RESIGNS = Failure.DISPLACED_ACTIVE_RESIGNS;

  /** The design rules that keep the configurations consistent with each other, beyond any one property. */
  public static final String CONFIGURATION_COHERENT = "ConfigurationCoherent";

  private Checks() {}

  /** Check id -> what it means, in the report's order. */
  public static Map<String, String> rows() {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Property property : Property.values()) {
      rows.put(property.id(), property.description());
    }
    rows.put(DISPLACED_ACTIVE_RESIGNS, "IOS conformance: an Active router displaced by a higher-priority Active's "
        + "Hello sends Resign, as the document's log shows");
    rows.put(CONFIGURATION_COHERENT, "the configurations agree with each other: one virtual IP, every map, ACL and "
        + "transform set defined, tracked interfaces that exist, sane HSRP timers, HSRP interfaces up");
    return rows;
  }

  public static List<String> ids() {
    return new ArrayList<>(rows().keySet());
  }

  /** The checks judged on the model's behaviours: every row but the configurations' coherence. */
  public static List<String> ofBehaviour() {
    List<String> ids = ids();
    ids.remove(CONFIGURATION_COHERENT);
    return ids;
  }

  /** The kind shown beside a row: safety, eventual, bounded, conformance or coherence. */
  public static String kind(String check) {
    for (Property property : Property.values()) {
      if (property.id().equals(check)) {
        return property.kind().name().toLowerCase();
      }
    }
    return check.equals(CONFIGURATION_COHERENT) ? "coherence" : "conformance";
  }
}
