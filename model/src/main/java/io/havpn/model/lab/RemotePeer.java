package io.havpn.model.lab;

/**
 * The remote site's VPN router (vpn7200 in the lab).
 *
 * @param peer its {@code set peer}: should be the group's virtual IP
 * @param protectedNetwork the remote network behind it (the RRI route's destination)
 * @param keepalive null when the remote has no {@code crypto isakmp keepalive}
 */
public record RemotePeer(String name, Interface outside, Ipv4 peer, Prefix protectedNetwork, Keepalive keepalive) {

  public RemotePeer withPeer(Ipv4 newPeer) {
    return new RemotePeer(name, outside, newPeer, protectedNetwork, keepalive);
  }

  public RemotePeer withKeepalive(Keepalive newKeepalive) {
    return new RemotePeer(name, outside, peer, protectedNetwork, newKeepalive);
  }
}
