package io.havpn.bridge.alloy;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.config.ConfigException;
import io.havpn.config.ConfigParser;
import io.havpn.config.Location;
import io.havpn.config.RouterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each design mistake, made by editing one or two lines of the source document's configurations, is flagged by
 * exactly the rule that describes it, on the lines edited (and only that rule: no collateral finding).
 */
class MisconfigurationTest {

  /** An edit of one config: replace {@code from} (a whole line) with {@code to} ("" deletes the line). */
  record Edit(String router, String from, String to) {}

  /**
   * @param rule the one rule that must fire
   * @param lines the lines its findings name, as {@code router:line} (the first line of each finding first)
   */
  record Variant(String name, List<Edit> edits, DesignCheck rule, List<String> lines) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        variant("redundancy name not matching the standby group name", DesignCheck.REDUNDANCY_MATCHES_GROUP,
            List.of("7204VXR-2:52", "7204VXR-2:50"),
            edit("7204VXR-2", " crypto map vpn redundancy VPNHA", " crypto map vpn redundancy VPN-HA")),
        variant("remote peer set to a real address instead of the virtual IP", DesignCheck.REMOTE_PEER_IS_VIRTUAL_IP,
            List.of("vpn7200:32", "vpn7200:33"),
            edit("vpn7200", " set peer 172.16.172.53", " set peer 172.16.172.52"),
            edit("vpn7200", "crypto isakmp key cisco123 address 172.16.172.53",
                "crypto isakmp key cisco123 address 0.0.0.0 0.0.0.0")),
        variant("no keepalive on the remote", DesignCheck.REMOTE_HAS_KEEPALIVE, List.of("vpn7200:31"),
            edit("vpn7200", "crypto isakmp keepalive 10", "")),
        variant("RRI missing on one router", DesignCheck.REVERSE_ROUTE_ON_EVERY_ROUTER, List.of("7204VXR-2:36"),
            edit("7204VXR-2", " reverse-route", "")),
        variant("static route not redistributed", DesignCheck.RRI_ROUTE_REDISTRIBUTED, List.of("7204VXR-2:65"),
            edit("7204VXR-2", " redistribute static subnets", "")),
        variant("redistribute static without subnets for a subnetted network", DesignCheck.RRI_ROUTE_REDISTRIBUTED,
            List.of("7204VXR-1:90"),
            edit("7204VXR-1", " redistribute static subnets", " redistribute static")),
        variant("track decrement too small to move the Active role (200 - 10 > 100)",
            DesignCheck.TRACKED_FAILURE_MOVES_ACTIVE, List.of("7204VXR-1:60", "7204VXR-1:57", "7204VXR-2:48"),
            edit("7204VXR-1", " standby 1 track FastEthernet0/1 150", " standby 1 track FastEthernet0/1")),
        variant("preempt missing on the router that should take over", DesignCheck.TAKEOVER_ROUTER_PREEMPTS,
            List.of("7204VXR-2:48", "7204VXR-1:60"),
            edit("7204VXR-2", " standby 1 preempt", "")),
        variant("transform sets differ between the HSRP routers", DesignCheck.TRANSFORM_SETS_MATCH,
            List.of("7204VXR-1:37", "7204VXR-1:39", "7204VXR-1:34", "7204VXR-2:36", "7204VXR-2:38", "7204VXR-2:34",
                "vpn7200:32", "vpn7200:34", "vpn7200:29"),
            edit("7204VXR-2", "crypto ipsec transform-set myset esp-des esp-md5-hmac",
                "crypto ipsec transform-set myset esp-3des esp-sha-hmac")),
        variant("crypto ACL not mirrored on the remote", DesignCheck.ACLS_MIRRORED,
            List.of("7204VXR-1:40", "7204VXR-1:101", "7204VXR-1:102", "7204VXR-2:39", "7204VXR-2:77",
                "7204VXR-2:78", "vpn7200:35", "vpn7200:57", "vpn7200:58"),
            edit("vpn7200", "access-list 101 permit ip 20.1.1.0 0.0.0.255 host 99.99.99.99",
                "access-list 101 permit ip 20.1.1.0 0.0.0.255 host 99.99.99.98")),
        variant("no pre-shared key for the remote on one router", DesignCheck.KEYS_FOR_PEERS,
            List.of("7204VXR-2:37", "7204VXR-2:30"),
            edit("7204VXR-2", "crypto isakmp key cisco123 address 172.16.172.69",
                "crypto isakmp key cisco123 address 172.16.172.70")),
        variant("crypto map on the HSRP interface without redundancy", DesignCheck.CRYPTO_MAP_FOLLOWS_GROUP,
            List.of("7204VXR-1:61", "7204VXR-1:56"),
            edit("7204VXR-1", " crypto map vpn redundancy VPNHA", " crypto map vpn")),
        variant("the routers disagree on the virtual IP", DesignCheck.GROUP_AGREES,
            List.of("7204VXR-1:56", "7204VXR-1:59", "7204VXR-2:48", "7204VXR-2:50"),
            edit("7204VXR-2", " standby 1 ip 172.16.172.53", " standby 1 ip 172.16.172.55")),
        variant("virtual IP outside the HSRP subnet", DesignCheck.VIRTUAL_IP_IN_SUBNET,
            List.of("7204VXR-1:56", "7204VXR-1:53", "7204VXR-2:48", "7204VXR-2:45"),
            edit("7204VXR-1", " standby 1 ip 172.16.172.53", " standby 1 ip 172.16.172.85"),
            edit("7204VXR-2", " standby 1 ip 172.16.172.53", " standby 1 ip 172.16.172.85"),
            edit("vpn7200", " set peer 172.16.172.53", " set peer 172.16.172.85"),
            edit("vpn7200", "crypto isakmp key cisco123 address 172.16.172.53",
                "crypto isakmp key cisco123 address 172.16.172.85")),
        variant("hold time not above the hello time", DesignCheck.HOLD_EXCEEDS_HELLO,
            List.of("7204VXR-1:60", "7204VXR-2:51"),
            edit("7204VXR-1", " standby 1 name VPNHA", " standby 1 name VPNHA\n standby 1 timers 5 5"),
            edit("7204VXR-2", " standby 1 name VPNHA", " standby 1 name VPNHA\n standby 1 timers 5 5")),
        variant("a tracked interface that does not exist", DesignCheck.TRACKED_INTERFACE_EXISTS,
            List.of("7204VXR-2:52"),
            edit("7204VXR-2", " standby 1 track FastEthernet1/0", " standby 1 track FastEthernet1/0\n standby 1 track "
                + "Serial2/0 5")),
        variant("match address names an access list that is not defined", DesignCheck.MATCH_ADDRESS_DEFINED,
            List.of("7204VXR-2:39"), edit("7204VXR-2", " match address 101", " match address 102")),
        variant("the inside interface is not tracked", DesignCheck.INSIDE_FAILURE_TRACKED, List.of("7204VXR-2:48"),
            edit("7204VXR-2", " standby 1 track FastEthernet1/0", " standby 1 track FastEthernet0/0")),
        variant("the HSRP interface is shut down (warning)", DesignCheck.HSRP_INTERFACE_UP, List.of("7204VXR-2:46"),
            edit("7204VXR-2", " ip address 172.16.172.54 255.255.255.240",
                " ip address 172.16.172.54 255.255.255.240\n shutdown")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void eachMisconfigurationIsFlaggedByItsRuleOnItsLines(Variant variant) throws Exception {
    List<Finding> findings = DesignChecker.check(configs(variant.edits()));
    assertThat(findings).as("findings").isNotEmpty()
        .allSatisfy(f -> assertThat(f.check()).as(f.toString()).isEqualTo(variant.rule()));
    assertThat(findings.stream().flatMap(f -> f.lines().stream()).map(MisconfigurationTest::routerLine).distinct())
        .containsExactlyInAnyOrderElementsOf(variant.lines());
    assertThat(findings.get(0).lines().get(0)).as("the first line of the first finding")
        .satisfies(l -> assertThat(variant.lines()).contains(routerLine(l)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void theSeverityIsTheRulesAndErrorsAreErrors(Variant variant) throws Exception {
    List<Finding> findings = DesignChecker.check(configs(variant.edits()));
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(variant.rule().severity()));
  }

  private static Arguments variant(String name, DesignCheck rule, List<String> lines, Edit... edits) {
    return Arguments.of(new Variant(name, List.of(edits), rule, lines));
  }

  private static Edit edit(String router, String from, String to) {
    return new Edit(router, from, to);
  }

  /** {@code 7204VXR-2:52} for a location in 7204VXR-2.cfg. */
  static String routerLine(Location at) {
    String file = Path.of(at.file()).getFileName().toString();
    return file.substring(0, file.length() - ".cfg".length()) + ":" + at.line();
  }

  /** The four seed configs with the edits applied; an edit that matches nothing fails the test. */
  static List<RouterConfig> configs(List<Edit> edits) throws IOException, ConfigException {
    List<RouterConfig> configs = new ArrayList<>();
    for (String router : List.of("7204VXR-1", "7204VXR-2", "7206-1", "vpn7200")) {
      Path file = SeedDesignTest.CONFIGS.resolve(router + ".cfg");
      String text = Files.readString(file);
      for (Edit edit : edits) {
        if (edit.router().equals(router)) {
          String from = edit.from() + "\n";
          if (!text.contains(from)) {
            throw new AssertionError(router + " has no line '" + edit.from() + "'");
          }
          text = text.replace(from, edit.to().isEmpty() ? "" : edit.to() + "\n");
        }
      }
      configs.add(ConfigParser.parseOne(file.toString(), text));
    }
    return configs;
  }
}
