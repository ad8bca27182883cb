package io.havpn.model;

import io.havpn.model.hsrp.Cell;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;
import io.havpn.model.lab.Prefix;
import java.util.List;

/**
 * What a device would log. The model emits these; the log parser produces the same records from real text, so
 * replaying a log compares observations, not strings. {@code device} is the device's hostname.
 */
public sealed interface Observation {

  String device();

  /** {@code %LINK-3-UPDOWN: Interface FastEthernet0/0, changed state to up|down}. */
  record InterfaceStateChanged(String device, String iface, boolean up) implements Observation {}

  /** {@code HSRP: Fa0/0 Interface up} then {@code Starting minimum interface delay (1 secs)}. */
  record InterfaceDelayStarted(String device, String iface, int seconds) implements Observation {}

  /** {@code HSRP: Fa0/0 Interface min delay expired}. */
  record InterfaceDelayExpired(String device, String iface) implements Observation {}

  /**
   * {@code HSRP: Fa0/0 Grp 1 Standby: c/Active timer expired (172.16.172.52)}: every RFC 2281 event the router handled,
   * with the cell it applied (null when the table has none; a preempt cell resolved to its coup or no-coup form). For
   * c and d {@code peer} is the router whose timer expired (null: unknown); for packets it is the sender and
   * {@code priority} its advertised priority (-1 when not a packet). Which of these IOS prints is the renderer's rule.
   */
  record HsrpEventHandled(String device, String iface, int group, HsrpState state, HsrpEvent event, int priority,
      Ipv4 peer, Cell cell) implements Observation {}

  /** {@code HSRP: Fa0/0 Grp 1 Standby -> Active}, and the syslog and redundancy-client lines that go with it. */
  record HsrpStateChanged(String device, String iface, int group, String groupName, HsrpState from, HsrpState to,
      HsrpEvent event) implements Observation {}

  /** {@code Active router is local, was 172.16.172.52}; null addresses are "unknown", {@code local} is this router. */
  record ActiveRouterChanged(String device, String iface, int group, Ipv4 now, Ipv4 was, Ipv4 local)
      implements Observation {}

  /** {@code Standby router is unknown, was local}. */
  record StandbyRouterChanged(String device, String iface, int group, Ipv4 now, Ipv4 was, Ipv4 local)
      implements Observation {}

  /** {@code %TRACK-6-STATE} / {@code Priority 200 -> 50}: a tracked interface changed the priority. */
  record PriorityChanged(String device, String iface, int group, int from, int to) implements Observation {}

  /** {@code %CRYPTO-5-SESSION_STATUS: Crypto tunnel is UP|DOWN. Peer 172.16.172.69:500}. */
  record TunnelStatusChanged(String device, Ipv4 peer, boolean up) implements Observation {}

  /** {@code IPSEC(rte_mgr): VPN Route Added 20.1.1.0 255.255.255.0 via 172.16.172.69 in IP DEFAULT TABLE}. */
  record RouteAdded(String device, Prefix network, Ipv4 via) implements Observation {}

  /** {@code IPSEC(rte_mgr): VPN Route Removed ...}. */
  record RouteRemoved(String device, Prefix network, Ipv4 via) implements Observation {}

  /** The inside router's OSPF route to the remote network now points at these next hops (empty: no route). */
  record OspfRouteChanged(String device, Prefix network, List<Ipv4> nextHops) implements Observation {}

  /** The remote's IKE SA with {@code peer} came up after a negotiation answered by the router at {@code responder}. */
  record IkeSaEstablished(String device, Ipv4 peer, Ipv4 responder) implements Observation {}

  /** A negotiation with {@code peer} failed, with the reason. */
  record NegotiationFailed(String device, Ipv4 peer, String reason) implements Observation {}

  /** {@code ISAKMP (0:1): sending packet to 172.16.172.53 (I) QM_IDLE}: an R-U-THERE. */
  record KeepaliveSent(String device, Ipv4 peer) implements Observation {}

  /** {@code ISAKMP (0:1): received packet from 172.16.172.53 (I) QM_IDLE}: the R-U-THERE-ACK. */
  record KeepaliveAcked(String device, Ipv4 peer) implements Observation {}

  /** {@code ISAKMP (0:1): incrementing error counter on sa: PEERS_ALIVE_TIMER}. */
  record KeepaliveMissed(String device, Ipv4 peer, int errors) implements Observation {}

  /** {@code ISAKMP (0:1): peer not responding!}. */
  record PeerNotResponding(String device, Ipv4 peer) implements Observation {}

  /** {@code ISAKMP (0:1): deleting SA reason "P1 errcounter exceeded (PEERS_ALIVE_TIMER)" ...}. */
  record IkeSaDeleted(String device, Ipv4 peer, String reason) implements Observation {}

  /** {@code IPSEC(key_engine_delete_sas): delete all SAs shared with 172.16.172.53}. */
  record IpsecSasDeleted(String device, Ipv4 peer) implements Observation {}

  /** {@code %CRYPTO-4-RECVD_PKT_INV_SPI}: ESP for an SA this router does not hold, dropped and counted. */
  record InvalidSpiReceived(String device, Ipv4 from) implements Observation {}

  /** The outcome of one interesting packet from the remote site (not an IOS log line; summarised by reports). */
  record PingResult(String device, boolean success, String reason) implements Observation {}
}
