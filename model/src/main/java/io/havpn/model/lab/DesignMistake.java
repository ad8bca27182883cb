package io.havpn.model.lab;

import io.havpn.model.Property;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The design mistakes havpn must catch (PRIMER section 5), each as a variant of the built-in lab, with the property
 * whose violation reveals it. Every technique (simulation, TLC, property tests) checks the same variants.
 */
public enum DesignMistake {
  TRACK_DECREMENT_TOO_SMALL("track-decrement-too-small",
      "track decrement too small to move the Active role (200 - 10 > 100)", Property.TUNNEL_RESTORED,
      lab -> lab.withRouter(SeedLab.VXR1, r -> r.withTracks(List.of(new Track("FastEthernet0/1", 10))))),
  PREEMPT_MISSING("preempt-missing", "preempt missing on the router that should take over", Property.TUNNEL_RESTORED,
      lab -> lab.withRouter(SeedLab.VXR2, r -> r.withPreempt(false, 0))),
  REDUNDANCY_NAME_MISMATCH("redundancy-name-mismatch", "redundancy name not matching the standby group name",
      Property.ROUTE_ONLY_ON_ACTIVE,
      lab -> lab.withRouter(SeedLab.VXR2, r -> r.withCryptoMap(new CryptoMap(r.cryptoMap().peer(), true, "VPN-HA")))),
  PEER_REAL_ADDRESS("peer-real-address", "remote peer set to a real address instead of the virtual IP",
      Property.REMOTE_PEERS_WITH_VIP, lab -> lab.withRemote(lab.remote().withPeer(lab.router(0).address()))),
  NO_KEEPALIVE("no-keepalive", "no keepalive on the remote", Property.TUNNEL_RESTORED,
      lab -> lab.withRemote(lab.remote().withKeepalive(null))),
  RRI_MISSING("rri-missing", "RRI missing on one router", Property.TUNNEL_RESTORED,
      lab -> lab.withRouter(SeedLab.VXR2,
          r -> r.withCryptoMap(new CryptoMap(r.cryptoMap().peer(), false, r.cryptoMap().redundancyName())))),
  STATIC_NOT_REDISTRIBUTED("static-not-redistributed", "static route not redistributed", Property.TUNNEL_RESTORED,
      lab -> lab.withRouter(SeedLab.VXR2, r -> r.withRedistributeStatic(false))),
  SPEAK_C_BEFORE_D("speak-c-before-d", "Speak + c handled before d (the RFC table taken literally)",
      Property.SINGLE_ACTIVE,
      lab -> lab.withOptions(lab.options().withExpiryOrder(Options.ExpiryOrder.ACTIVE_FIRST))),
  NO_RESIGN_ON_G("no-resign-on-g", "no Resign on g (RFC 2281 instead of IOS)", null,
      lab -> lab.withOptions(lab.options().withResignOnDisplacement(false)));

  private final String id;
  private final String description;
  private final Property property;
  private final UnaryOperator<Lab> variant;

  DesignMistake(String id, String description, Property property, UnaryOperator<Lab> variant) {
    this.id = id;
    this.description = description;
    this.property = property;
    this.variant = variant;
  }

  /** The name used on command lines and in saved counterexamples: {@code track-decrement-too-small}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /**
   * The property whose violation reveals the mistake; null for the one a two-router group shows only in its log
   * (without the IOS Resign the model cannot produce the document's "Active: i/Resign rcvd").
   */
  public Property property() {
    return property;
  }

  public String revealedBy() {
    return property == null ? "the document's log" : property.id();
  }

  /** The built-in lab (or one shaped like it: routers named as in {@link SeedLab}) with this mistake. */
  public Lab apply(Lab lab) {
    return variant.apply(lab).withName(lab.name() + "+" + id);
  }

  /** The mistakes a safety property reveals ({@code safety}), or an eventual or bounded one. */
  public static List<DesignMistake> revealedBySafety(boolean safety) {
    return Arrays.stream(values())
        .filter(m -> m.property != null && (m.property.kind() == Property.Kind.SAFETY) == safety).toList();
  }

  public static DesignMistake ofId(String id) {
    for (DesignMistake mistake : values()) {
      if (mistake.id.equals(id)) {
        return mistake;
      }
    }
    throw new IllegalArgumentException("unknown design mistake '" + id + "' (expected one of "
        + String.join(", ", Arrays.stream(values()).map(DesignMistake::id).toList()) + ")");
  }
}
