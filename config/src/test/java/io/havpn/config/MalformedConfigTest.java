package io.havpn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Garbage, truncated and malformed configurations give {@code file:line: what (expected ...)}, never a crash. */
class MalformedConfigTest {

  /** A line of 7204VXR-1.cfg replaced by {@code bad}: the error names the file, that line and what was expected. */
  @ParameterizedTest(name = "line {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "53 | ' ip address 172.16.172.52 255.255.255.2400' | 'expected the subnet mask (an IPv4 address a.b.c.d)'",
      "53 | ' ip address 172.16.172.52 255.0.255.0'       | 'is not a contiguous mask'",
      "53 | ' ip address 172.16.172.52'                   | 'missing the subnet mask'",
      "57 | ' standby 1 priority 300'                     | 'priority 300 is out of range (expected 0-255)'",
      "57 | ' standby 1 priority high'                    | 'expected the priority (a number 0-255)'",
      "58 | ' standby 1 preempt delay'                    | 'missing the delay'",
      "60 | ' standby 1 track'                            | 'missing the tracked interface'",
      "60 | ' standby 1 track FastEthernet0/1 999'        | 'the decrement 999 is out of range'",
      "61 | ' crypto map vpn redundancy'                  | 'missing the standby group''s name'",
      "56 | ' standby 1 ip 172.16.172'                    | 'expected the virtual IP (an IPv4 address'",
      "31 | 'crypto isakmp keepalive often'               | 'expected the keepalive interval in seconds'",
      "31 | 'crypto isakmp keepalive 5'                   | 'out of range (expected 10-3600)'",
      "30 | 'crypto isakmp key cisco123 172.16.172.69'    | 'expected ''crypto isakmp key KEY address A [MASK]'''",
      "34 | 'crypto ipsec transform-set myset esp-foo'    | 'unknown transform ''esp-foo'''",
      "37 | 'crypto map vpn 10 ipsec-foo'                 | 'expected ''ipsec-isakmp'' or ''ipsec-manual'''",
      "40 | ' match address'                              | 'missing the access list after ''match address'''",
      "38 | ' set peer'                                   | 'missing the peer address'",
      "91 | ' network 10.1.1.0 0.0.0.255'                 | 'expected ''network A WILDCARD area AREA'''",
      "94 | 'ip route 172.16.172.64 255.255.255.240'      | 'missing a next hop or an exit interface'",
      "101 | 'access-list 101 permit ip 10.1.1.0'         | 'missing the source wildcard'",
      "101 | 'access-list 101 allow ip any any'           | 'expected permit or deny'",
      "11 | 'hostname'                                    | 'missing the host name'",
      "52 | 'interface'                                   | 'missing the interface name'",
      "52 | '%%% interface FastEthernet0/0'               | 'is not an IOS command'",
  })
  void aMalformedLineNamesFileLineAndWhatWasExpected(int line, String bad, String expected) {
    String text = SeedConfigs.text("7204VXR-1");
    String[] lines = text.split("\n", -1);
    lines[line - 1] = bad;
    assertThatThrownBy(() -> ConfigParser.parse("r1.cfg", String.join("\n", lines)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("r1.cfg:" + line + ": ")
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(line));
  }

  @Test
  void everyMalformedLineOfAFileIsReportedAtOnce() {
    String text = SeedConfigs.text("7204VXR-1").replace(" standby 1 priority 200", " standby 1 priority 900")
        .replace(" set peer 172.16.172.69", " set peer nowhere");
    assertThatThrownBy(() -> ConfigParser.parse("r1.cfg", text)).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).problems()).extracting(p -> p.at().line())
            .containsExactly(38, 57));
  }

  @Test
  void aTruncatedShowRunSaysItStopsWithoutEnd() {
    String text = SeedConfigs.text("7204VXR-1");
    String truncated = text.substring(0, text.indexOf("router ospf 1"));
    assertThatThrownBy(() -> ConfigParser.parse("r1.cfg", truncated)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("r1.cfg:87: the configuration stops here without 'end': it is truncated");
  }

  @Test
  void aConfigurationCutInTheMiddleOfALineIsReportedThere() {
    String text = SeedConfigs.text("7204VXR-1");
    String truncated = text.substring(0, text.indexOf("255.255.255.240"));
    assertThatThrownBy(() -> ConfigParser.parse("r1.cfg", truncated)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("r1.cfg:53: 'ip address 172.16.172.52': missing the subnet mask")
        .hasMessageContaining("r1.cfg:53: the configuration stops here without 'end'");
  }

  @Test
  void binaryDataIsNotConfigurationText() {
    assertThatThrownBy(() -> ConfigParser.parse("image.bin", "hostname r1\n\u0000\u0001\u0002garbage"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("image.bin:2: control character U+0000: this is not configuration text");
  }

  @Test
  void proseWithoutAnyConfigurationSaysSo() {
    assertThatThrownBy(() -> ConfigParser.parse("notes.txt", "These are my notes\nabout the routers.\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("notes.txt:1: no 'hostname' command: this does not look like a router's running-config "
            + "(expected 'hostname NAME')");
  }

  @Test
  void anEmptyFileHasNoConfiguration() {
    assertThatThrownBy(() -> ConfigParser.parse("empty.cfg", "\n\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("empty.cfg:1: no configuration found");
  }

  @Test
  void anIndentedCommandOutsideAnyModeIsAnError() {
    assertThatThrownBy(() -> ConfigParser.parse("r.cfg", "hostname r\n standby 1 ip 10.0.0.1\nend\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("r.cfg:2: 'standby 1 ip 10.0.0.1' is indented but follows no");
  }

  @Test
  void unknownCommandsAreKeptAsNotModelledWithTheirLines() throws ConfigException {
    RouterConfig config = ConfigParser.parseOne("r.cfg",
        "hostname r\nsnmp-server community public RO\ninterface Fa0/0\n ip address 10.0.0.1 255.255.255.0\n"
            + " standby 1 mac-address 0000.0c07.ac01\n ip ospf cost 10\n!\nend\n");
    assertThat(config.notModelled()).extracting(n -> n.line().at().line() + " " + n.line().text())
        .containsExactly("2 snmp-server community public RO", "5 standby 1 mac-address 0000.0c07.ac01",
            "6 ip ospf cost 10");
    assertThat(config.notModelled()).allSatisfy(n -> assertThat(n.reason()).isNotBlank());
  }
}
