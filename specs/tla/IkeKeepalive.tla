---------------------------- MODULE IkeKeepalive ----------------------------
(***************************************************************************)
(* The remote peer's IKE/IPsec SAs and dead peer detection (RFC 3706;     *)
(* IOS "crypto isakmp keepalive SECS RETRY [periodic|on-demand]"): it     *)
(* negotiates on interesting traffic with whichever router its peer       *)
(* address reaches, probes an idle peer with R-U-THERE, retries every     *)
(* RETRY seconds, and after KeepaliveLimit misses deletes its SAs.        *)
(*                                                                         *)
(* The rules are operators on the remote's record (saWith, dpdIdle,       *)
(* dpdRetry, dpdErrors, unanswered). Checkable alone (MCIkeKeepalive.tla, *)
(* MCIkeKeepalive.cfg): there the routers are abstract, two environment   *)
(* variables say which router the peer address reaches (peer) and which   *)
(* routers hold SAs with the remote (peerSas), and a failover moves the   *)
(* address, the old router losing its SAs. The rules on the remote's     *)
(* record are IkeKeepaliveRules.tla's, which VpnHa extends; there the two  *)
(* are functions of VpnHa's own state.                                    *)
(***************************************************************************)
EXTENDS IkeKeepaliveRules

VARIABLES remote, peer, peerSas

ikeVars == <<remote, peer, peerSas>>

----------------------------------------------------------------------------
(* The remote alone, against abstract routers *)

\* The SAs' router answers at the peer address
PeerAnswers == remote.saWith # NONE /\ peer = remote.saWith /\ remote.saWith \in peerSas

Tick == ~RemoteDue(remote) /\ remote' = TickRemote(remote) /\ UNCHANGED <<peer, peerSas>>
Traffic ==
  IF remote.saWith = NONE
  THEN peer # NONE /\ remote' = NewSa(peer) /\ peerSas' = peerSas \cup {peer} /\ UNCHANGED peer
  ELSE remote' = TrafficOverSa(remote, PeerAnswers, TRUE, FALSE) /\ UNCHANGED <<peer, peerSas>>
KeepaliveSent == KeepaliveDue(remote) /\ remote' = Probe(remote, PeerAnswers) /\ UNCHANGED <<peer, peerSas>>
KeepaliveLost ==
  KeepaliveDue(remote) /\ PeerAnswers /\ remote' = Probe(remote, FALSE) /\ UNCHANGED <<peer, peerSas>>
KeepaliveRetryExpired == remote.dpdRetry = 0 /\ remote' = RetryExpired(remote) /\ UNCHANGED <<peer, peerSas>>
\* The environment: the peer address moves to router t (NONE: nobody answers there); the old router loses its SAs
Failover(t) == t # peer /\ peer' = t /\ peerSas' = peerSas \ {peer} /\ UNCHANGED remote

Init == remote = NoSa /\ peer = NONE /\ peerSas = {}

Next ==
  \/ Tick \/ Traffic \/ KeepaliveSent \/ KeepaliveLost \/ KeepaliveRetryExpired
  \/ \E t \in Routers \cup {NONE} : Failover(t)

Spec == Init /\ [][Next]_ikeVars

----------------------------------------------------------------------------
(* The remote's own invariants *)

\* Without SAs there is nothing to probe; the error counter never reaches the limit (the SAs go first)
NoProbeWithoutSa == remote.saWith = NONE => remote = NoSa
ErrorsBelowLimit == KeepaliveOn => remote.dpdErrors < KeepaliveLimit
\* Timers stay within their configured values, so the state space is finite
TimersInRange ==
  /\ remote.dpdIdle \in 0..KeepaliveInterval
  /\ remote.dpdRetry \in {STOPPED} \cup 0..KeepaliveRetry
  /\ (~KeepaliveOn => remote.dpdRetry = STOPPED /\ remote.dpdErrors = 0)
\* The remote's SAs are with a router that negotiated them (it may have lost them since)
SasWithANegotiatedPeer == remote.saWith # NONE => remote.saWith \in Routers

=============================================================================
