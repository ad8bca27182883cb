package io.havpn.model;

/**
 * The remote peer's IKE/IPsec state.
 *
 * @param saWith the HSRP router that answered the negotiation of the remote's current IKE and IPsec SAs (the remote
 *     itself only knows the peer address), or {@link #NONE}
 * @param dpdIdle seconds left before the SA counts as idle for keepalive (reset by inbound traffic)
 * @param dpdRetry countdown to the next retry of an unanswered R-U-THERE; {@link RouterState#STOPPED} when none
 * @param dpdErrors the SA's error counter (unanswered keepalives)
 * @param unanswered outbound traffic was sent since the last inbound packet (on-demand keepalive wants a probe)
 */
public record RemoteState(int saWith, int dpdIdle, int dpdRetry, int dpdErrors, boolean unanswered) {

  public static final int NONE = -1;
  public static final RemoteState NO_SA = new RemoteState(NONE, 0, RouterState.STOPPED, 0, false);

  public boolean hasSa() {
    return saWith != NONE;
  }
}
