package io.havpn.traces.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.lab.Interface;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationMatchTest {

  private static final List<String> NAMES = List.of("FastEthernet0/0", "Fa0/0", "fa0/0", "FASTETHERNET0/0",
      "FastEthernet0/1", "Fa0/1", "GigabitEthernet1/0", "Gi1/0", "Tunnel0", "Tu0", "Serial0/0/0", "Se0/0/0",
      "Loopback0", "Lo0", "Ethernet1", "Et1", "E1", "F0/0", "Fa", "FastEthernet", "", "0/0", "Vlan10", "Vl10",
      "ethernet1", "Port-channel1", "Po1");

  /** The allocation-free comparison answers as the short names compared as strings do, for every pair. */
  @Test
  void interfacesCompareAsTheirShortNamesDo() {
    int same = 0;
    for (String a : NAMES) {
      for (String b : NAMES) {
        boolean expected = a.equalsIgnoreCase(b) || Interface.shortName(a).equalsIgnoreCase(Interface.shortName(b));
        assertThat(ObservationMatch.sameInterface(a, b)).as(a + " vs " + b).isEqualTo(expected);
        same += expected ? 1 : 0;
      }
    }
    assertThat(ObservationMatch.sameInterface("FastEthernet0/0", "Fa0/0")).isTrue();
    assertThat(ObservationMatch.sameInterface("FastEthernet0/0", "Fa0/1")).isFalse();
    assertThat(same).isGreaterThan(NAMES.size()); // some pairs of different spellings are the same interface
  }
}
