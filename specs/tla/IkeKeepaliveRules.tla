------------------------- MODULE IkeKeepaliveRules --------------------------
(***************************************************************************)
(* The remote peer's rules for its IKE/IPsec SAs and dead peer detection  *)
(* (RFC 3706; IOS "crypto isakmp keepalive SECS RETRY [periodic|on-      *)
(* demand]"), as operators on the remote's record (saWith, dpdIdle,       *)
(* dpdRetry, dpdErrors, unanswered). Constants and operators only: both   *)
(* IkeKeepalive.tla (the remote alone) and VpnHa.tla EXTEND it (see       *)
(* HsrpRules.tla for why VpnHa does not INSTANCE the protocol modules).   *)
(***************************************************************************)
EXTENDS LabRouters

CONSTANTS KeepaliveOn, KeepaliveInterval, KeepaliveRetry, KeepaliveLimit, KeepalivePeriodic

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

RemoteDue(rm) == rm.dpdRetry = 0 \/ KeepaliveDue(rm)
=============================================================================
