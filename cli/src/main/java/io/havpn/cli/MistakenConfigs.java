package io.havpn.cli;

import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.SeedLab;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The design mistakes that are configuration lines, made in the built-in lab's configs: the same design as
 * {@link DesignMistake#apply} makes of the built-in lab (a test imports both and compares), so that {@code havpn verify
 * --mistake} lints the configuration an engineer would have written. The mistakes of the HSRP implementation
 * (speak-c-before-d, no-resign-on-g) have no configuration form.
 */
public final class MistakenConfigs {

  /** Replace the whole line {@code from} of a router's config with the line {@code to} ("" deletes it). */
  public record Edit(String router, String from, String to) {}

  private static final Map<DesignMistake, List<Edit>> EDITS = Map.of(
      DesignMistake.TRACK_DECREMENT_TOO_SMALL,
      List.of(new Edit(SeedLab.VXR1, " standby 1 track FastEthernet0/1 150", " standby 1 track FastEthernet0/1")),
      DesignMistake.PREEMPT_MISSING, List.of(new Edit(SeedLab.VXR2, " standby 1 preempt", "")),
      DesignMistake.REDUNDANCY_NAME_MISMATCH,
      List.of(new Edit(SeedLab.VXR2, " crypto map vpn redundancy VPNHA", " crypto map vpn redundancy VPN-HA")),
      DesignMistake.PEER_REAL_ADDRESS,
      List.of(new Edit(SeedLab.REMOTE, " set peer 172.16.172.53", " set peer 172.16.172.52"),
          new Edit(SeedLab.REMOTE, "crypto isakmp key cisco123 address 172.16.172.53",
              "crypto isakmp key cisco123 address 172.16.172.52")),
      DesignMistake.NO_KEEPALIVE, List.of(new Edit(SeedLab.REMOTE, "crypto isakmp keepalive 10", "")),
      DesignMistake.RRI_MISSING, List.of(new Edit(SeedLab.VXR2, " reverse-route", "")),
      DesignMistake.STATIC_NOT_REDISTRIBUTED, List.of(new Edit(SeedLab.VXR2, " redistribute static subnets", "")));

  private MistakenConfigs() {}

  /** The edits that make the mistake in the built-in configs, or empty when it is not a configuration mistake. */
  public static Optional<List<Edit>> edits(DesignMistake mistake) {
    return Optional.ofNullable(EDITS.get(mistake));
  }

  /** A built-in config's text with the mistake's edits of that router made. */
  static String apply(String router, String text, List<Edit> edits) {
    String edited = text;
    for (Edit edit : edits) {
      if (!edit.router().equals(router)) {
        continue;
      }
      String line = edit.from() + "\n";
      int at = edited.indexOf(line);
      if (at < 0 || edited.indexOf(line, at + 1) >= 0) {
        throw new IllegalStateException(router + ": the built-in config does not have the line '" + edit.from()
            + "' exactly once");
      }
      // a deleted line leaves an empty comment at its indentation (so the mode goes on), and the other lines keep
      // their numbers in examples/seed-lab
      String indent = edit.from().substring(0, edit.from().length() - edit.from().stripLeading().length());
      edited = edited.substring(0, at) + (edit.to().isEmpty() ? indent + "!" : edit.to()) + "\n"
          + edited.substring(at + line.length());
    }
    return edited;
  }
}
