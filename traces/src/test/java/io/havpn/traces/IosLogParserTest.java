package io.havpn.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Observation;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import io.havpn.traces.Classification.Noise;
import io.havpn.traces.Classification.Observed;
import io.havpn.traces.Classification.Shown;
import io.havpn.traces.Classification.Skipped;
import io.havpn.traces.Classification.Unknown;
import java.util.List;
import org.junit.jupiter.api.Test;

class IosLogParserTest {

  private static Classification one(String device, String text) {
    List<ParsedLine> lines = Logs.parse(device, text);
    assertThat(lines).hasSize(1);
    return lines.get(0).classification();
  }

  private static Observation observed(String device, String text) {
    Classification c = one(device, text);
    assertThat(c).isInstanceOf(Observed.class);
    return ((Observed) c).observation();
  }

  @Test
  void hsrpEventLineGivesTheEventTheStateAndThePeer() {
    Observation o = observed("7204VXR-2", "HSRP: Fa0/0 Grp 1 Standby: c/Active timer expired (172.16.172.52)");
    assertThat(o).isEqualTo(new Observation.HsrpEventHandled("7204VXR-2", "Fa0/0", 1, HsrpState.STANDBY,
        HsrpEvent.C_ACTIVE_TIMER_EXPIRED, -1, Ipv4.parse("172.16.172.52"), null));
    Observation g = observed("7204VXR-2",
        "HSRP: Fa0/0 Grp 1 Active: g/Hello rcvd from higher pri Active router (200/172.16.172.52)");
    assertThat(((Observation.HsrpEventHandled) g).priority()).isEqualTo(200);
  }

  @Test
  void stateChangesInEveryFormAreTheSameObservation() {
    Observation debug = observed("7204VXR-1", "HSRP: Fa0/0 Grp 1 Standby -> Active (active 0->1, passive 2->1)");
    Observation syslog5 = observed("7204VXR-1", "%HSRP-5-STATECHANGE: FastEthernet0/0 Grp 1 state Standby -> Active");
    Observation syslog6 = observed("7204VXR-1", "%HSRP-6-STATECHANGE: FastEthernet0/0 Grp 1 state Standby -> Active");
    Observation older = observed("7204VXR-1", "%STANDBY-6-STATECHANGE: Standby: 1: FastEthernet0/0 state Standby -> "
        + "Active");
    Observation sb = observed("7204VXR-1", "SB1: FastEthernet0/0 Standby -> Active");
    Observation redundancy = observed("7204VXR-1", "HSRP: Fa0/0 Grp 1 Redundancy \"VPNHA\" state Init -> Backup");
    for (Observation o : List.of(debug, syslog5, syslog6, older, sb)) {
      Observation.HsrpStateChanged c = (Observation.HsrpStateChanged) o;
      assertThat(c.from()).isEqualTo(HsrpState.STANDBY);
      assertThat(c.to()).isEqualTo(HsrpState.ACTIVE);
      assertThat(c.group()).isEqualTo(1);
    }
    assertThat(((Observation.HsrpStateChanged) redundancy).to()).isEqualTo(HsrpState.LISTEN); // Backup is Listen
    assertThat(((Observation.HsrpStateChanged) redundancy).groupName()).isEqualTo("VPNHA");
  }

  @Test
  void localAndUnknownRoutersResolveToTheDevicesAddressAndNull() {
    Observation.ActiveRouterChanged a = (Observation.ActiveRouterChanged) observed("7204VXR-2",
        "HSRP: Fa0/0 Grp 1 Active router is local, was 172.16.172.52");
    assertThat(a.now()).isEqualTo(Ipv4.parse("172.16.172.54"));
    assertThat(a.was()).isEqualTo(Ipv4.parse("172.16.172.52"));
    Observation.StandbyRouterChanged s = (Observation.StandbyRouterChanged) observed("7204VXR-2",
        "HSRP: Fa0/0 Grp 1 Standby router is unknown, was local");
    assertThat(s.now()).isNull();
  }

  @Test
  void linkLineProtocolCryptoAndRriLines() {
    assertThat(observed("7204VXR-1", "%LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to up"))
        .isEqualTo(new Observation.InterfaceStateChanged("7204VXR-1", "FastEthernet0/0", true));
    assertThat(observed("7204VXR-1", "%LINK-5-CHANGED: Interface FastEthernet0/0, changed state to administratively "
        + "down")).isEqualTo(new Observation.InterfaceStateChanged("7204VXR-1", "FastEthernet0/0", false));
    assertThat(observed("7204VXR-1", "%LINEPROTO-5-UPDOWN: Line protocol on Interface FastEthernet0/0, changed "
        + "state to down")).isEqualTo(new Observation.InterfaceStateChanged("7204VXR-1", "FastEthernet0/0", false));
    assertThat(observed("7204VXR-1", "%CRYPTO-5-SESSION_STATUS: Crypto tunnel is DOWN. Peer 172.16.172.69:500 "
        + "Id: 172.16.172.69")).isEqualTo(new Observation.TunnelStatusChanged("7204VXR-1",
            Ipv4.parse("172.16.172.69"), false));
    assertThat(observed("7204VXR-2", "IPSEC(rte_mgr): VPN Route Added 20.1.1.0 255.255.255.0 via 172.16.172.69 in "
        + "IP DEFAULT TABLE")).isEqualTo(new Observation.RouteAdded("7204VXR-2", Prefix.parse("20.1.1.0/24"),
            Ipv4.parse("172.16.172.69")));
    assertThat(observed("7204VXR-2", "IPSEC(rte_mgr): VPN Route Removed 20.1.1.0 255.255.255.0 via 172.16.172.69 "
        + "in IP DEFAULT TABLE")).isInstanceOf(Observation.RouteRemoved.class);
  }

  @Test
  void bothIsakmpPrefixesAreRead() {
    assertThat(observed("vpn7200", "ISAKMP (0:1): incrementing error counter on sa: PEERS_ALIVE_TIMER"))
        .isInstanceOf(Observation.KeepaliveMissed.class);
    assertThat(observed("vpn7200", "ISAKMP:(1001): peer not responding!"))
        .isInstanceOf(Observation.PeerNotResponding.class);
    assertThat(observed("vpn7200", "ISAKMP:(1001): sending packet to 172.16.172.53 my_port 500 peer_port 500 (I) "
        + "QM_IDLE")).isEqualTo(new Observation.KeepaliveSent("vpn7200", Ipv4.parse("172.16.172.53")));
    assertThat(one("vpn7200", "ISAKMP (0:1): sending packet to 172.16.172.53 (I) MM_NO_STATE"))
        .isInstanceOf(Noise.class);
  }

  @Test
  void thePeersOwnKeepaliveAndTheAnswerToItAreNoiseWithTheReason() {
    List<ParsedLine> lines = Logs.parse("vpn7200", String.join("\n",
        "ISAKMP (0:1): received packet from 172.16.172.53 (I) QM_IDLE",
        "ISAKMP (0:1): processing HASH payload. message ID = 1585108592",
        "ISAKMP (0:1): processing NOTIFY ITS_ALIVE protocol 1 spi 0, message ID = 1585108592, sa = 61C3E754",
        "ISAKMP (0:1): sending packet to 172.16.172.53 (I) QM_IDLE",
        "ISAKMP (0:1): sending packet to 172.16.172.53 (I) QM_IDLE"));
    assertThat(lines.get(0).classification()).isInstanceOf(Noise.class);
    assertThat(((Noise) lines.get(0).classification()).reason()).contains("peer's own keepalive");
    assertThat(((Noise) lines.get(3).classification()).reason()).contains("answering the peer's keepalive");
    assertThat(lines.get(4).classification()).isInstanceOf(Observed.class); // our own R-U-THERE
  }

  @Test
  void timestampsAndSequenceNumbersAreStrippedAndTimed() {
    ParsedLine line = Logs.parse("7204VXR-1", "000123: *Mar  1 00:12:01.123: HSRP: Fa0/0 Grp 1 Init -> Listen")
        .get(0);
    assertThat(line.line().millis() % 86_400_000L).isEqualTo(((12 * 60) + 1) * 1000L + 123);
    assertThat(line.classification()).isInstanceOf(Observed.class);
    ParsedLine zone = Logs.parse("7204VXR-1", ".Mar 1 2004 00:00:02 UTC: HSRP: Fa0/0 Grp 1 Init -> Listen").get(0);
    assertThat(zone.line().timed()).isTrue();
    ParsedLine uptime = Logs.parse("7204VXR-1", "00:00:05: HSRP: Fa0/0 Grp 1 Init -> Listen").get(0);
    assertThat(uptime.line().millis()).isEqualTo(5000);
    ParsedLine coarse = Logs.parse("7204VXR-1", "1d02h: HSRP: Fa0/0 Grp 1 Init -> Listen").get(0);
    assertThat(coarse.line().timed()).isFalse();
    assertThat(coarse.classification()).isInstanceOf(Observed.class);
  }

  @Test
  void showStandbyIsAShownStateOfThePromptsDevice() {
    Classification c = one(null, String.join("\n", "7204VXR-2#show standby", "FastEthernet0/0 - Group 1",
        "State is Active", "Active router is local", "Standby router is unknown", "Priority 100 (default 100)"));
    assertThat(c).isInstanceOf(Shown.class);
    ShowStandby s = ((Shown) c).standby();
    assertThat(s.device()).isEqualTo("7204VXR-2");
    assertThat(s.state()).isEqualTo(HsrpState.ACTIVE);
    assertThat(s.active()).isEqualTo(Ipv4.parse("172.16.172.54"));
    assertThat(s.priority()).isEqualTo(100);
  }

  @Test
  void aDeviceOutsideTheLabOrNoDeviceIsSkippedWithTheReason() {
    assertThat(((Skipped) one(null, "HSRP: Fa0/0 Grp 1 Init -> Listen")).reason()).contains("--device");
    assertThat(((Skipped) one("paal", "HSRP: Fa0/0 Grp 1 Init -> Listen")).reason()).contains("not in the lab");
  }

  @Test
  void unknownTextSaysWhatWasExpected() {
    assertThat(one("7204VXR-1", "HSRP: Fa0/0 Grp 1 frobnicated")).isInstanceOf(Unknown.class);
    assertThat(((Unknown) one("7204VXR-1", "Something else entirely")).family()).isEqualTo(Family.OTHER);
  }

  @Test
  void anAddressOutOfRangeIsUnknownNotACrash() {
    assertThat(one("7204VXR-2", "IPSEC(rte_mgr): VPN Route Added 20.1.1.0 255.255.255.0 via 999.16.172.69 in IP"))
        .isInstanceOf(Unknown.class);
  }
}
