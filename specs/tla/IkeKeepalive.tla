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
(* address, the old router losing its SAs. VpnHa instantiates the module  *)
(* with those two as functions of its own state.                          *)
(***************************************************************************)
EXTENDS LabRouters

CONSTANTS KeepaliveOn, KeepaliveInterval, KeepaliveRetry, KeepaliveLimit, KeepalivePeriodic

VARIABLES remote, peer, peerSas

ikeVars == <<remote, peer, peerSas>>

NoSa == [saWith |-> NONE, dpdIdle |-> 0, dpdRetry |-> STOPPED, dpdErrors |-> 0, unanswered |-> FALSE]

\* SAs just negotiated with router t: the idle time starts
NewSa(t) == [saWith |-> t, dpdIdle |-> IF KeepaliveOn THEN KeepaliveInterval ELSE 0,
             dpdRetry |-> STOPPED, dpdErrors |-> 0, unanswered |-> FALSE]

KeepaliveDue(rm) ==
  /\ KeepaliveOn /\ rm.saWith # NONE /\ rm.dpdRetry = STOPPED
  /\ \/ rm.dpdErrors > 0
     \/ rm.dpdIdle = 0 /\ (KeepalivePeriodic \/ rm.unanswered)

\* Inbound traffic resets the error counter; the idle time restarts on an ACK, or on any packet when on-demand
InboundSeen(rm, ack) ==
  [saWith |-> rm.saWith,
   dpdIdle |-> IF ~KeepaliveOn THEN 0 ELSE IF ack \/ ~KeepalivePeriodic THEN KeepaliveInterval ELSE rm.dpdIdle,
   dpdRetry |-> STOPPED, dpdErrors |-> 0, unanswered |-> FALSE]

Unanswered(rm) == [rm EXCEPT !.unanswered = TRUE]

(* Traffic over existing SAs. reached: the router the peer address reaches holds them; echoed: the answer comes *)
(* back through the tunnel; invalidSpi: the router reached does not know the SPI and, with invalid-spi-recovery,*)
(* tells the remote, which drops its SAs.                                                                       *)
TrafficOverSa(rm, reached, echoed, invalidSpi) ==
  IF reached THEN IF echoed THEN InboundSeen(rm, FALSE) ELSE Unanswered(rm)
  ELSE IF invalidSpi THEN NoSa
  ELSE Unanswered(rm)

\* A probe is due: answered or not (lost, or nobody holds the SAs at the peer address)
Probe(rm, answered) == IF answered THEN InboundSeen(rm, TRUE) ELSE [rm EXCEPT !.dpdRetry = KeepaliveRetry]

RetryExpired(rm) ==
  LET errors == rm.dpdErrors + 1
  IN IF errors >= KeepaliveLimit THEN NoSa ELSE [rm EXCEPT !.dpdRetry = STOPPED, !.dpdErrors = errors]

TickRemote(rm) ==
  IF rm.saWith = NONE THEN rm
  ELSE [rm EXCEPT !.dpdIdle = IF @ > 0 THEN @ - 1 ELSE 0, !.dpdRetry = CountDown(@)]

Due(rm) == rm.dpdRetry = 0 \/ KeepaliveDue(rm)

----------------------------------------------------------------------------
(* The remote alone, against abstract routers *)

\* The SAs' router answers at the peer address
PeerAnswers == remote.saWith # NONE /\ peer = remote.saWith /\ remote.saWith \in peerSas

Tick == ~Due(remote) /\ remote' = TickRemote(remote) /\ UNCHANGED <<peer, peerSas>>
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
