---------------------------- MODULE FailoverClock ----------------------------
(***************************************************************************)
(* FailoverBound as an invariant, for model checking only: VpnHa with two *)
(* observer variables that watch it and never constrain it (so VpnHa's    *)
(* state space, compared state for state with the Java model's, is        *)
(* unchanged; this module's is VpnHa's times the clock's values).         *)
(*                                                                         *)
(*   outage  seconds the current outage of TunnelRestored has counted      *)
(*           against the failover bound (negative: an allowance left)      *)
(*   pinged  the remote has sent traffic in the current second             *)
(*                                                                         *)
(* The rule is io.havpn.model.FailoverClock's, which the scenario runner  *)
(* and the property tests use too:                                        *)
(*   - a fault, a repair or a loss restarts the clock;                     *)
(*   - so does every step into a state that is not Settled (a reload,      *)
(*     interface or preempt delay running, the segment partitioned, or no  *)
(*     router left that could carry the tunnel);                           *)
(*   - it restarts at 0, or at -(hold + hello) when no router is Active or *)
(*     Standby (a cold election takes a second hold time and a Hello);     *)
(*   - only seconds with traffic count: a Tick ending a second without     *)
(*     any restarts the clock;                                             *)
(*   - at a Tick ending a second with traffic, the tunnel restored sets it *)
(*     to 0, else it adds one, capped at Bound + 1 (a finite state space). *)
(* FailoverBound: the clock never passes the bound.                       *)
(*                                                                         *)
(* With ContinuousTraffic the remote pings every second (time passes only *)
(* after its ping), the test traffic simulate and fuzz judge by: far      *)
(* fewer states, and what CI checks. Without it, any traffic pattern.     *)
(***************************************************************************)
EXTENDS VpnHa

CONSTANT ContinuousTraffic  \* the remote pings every second

VARIABLES outage, pinged

clockVars == <<vars, outage, pinged>>

\* hold + keepalive + retry x limit + 1 (Property.failoverBound); without keepalive, what the runner waits for
Bound == IF KeepaliveOn THEN HoldTime + KeepaliveInterval + KeepaliveRetry * KeepaliveLimit + 1
         ELSE 2 * HoldTime + 60

Settled(w) ==
  /\ ~w.partitioned
  /\ \A r \in Routers : w.routers[r].interfaceDelay = STOPPED /\ w.routers[r].preemptDelay = 0
  /\ \E r \in Routers : w.routers[r].interfacesUp = 0..(InterfaceCount[r] - 1)
  /\ \E r \in Routers : VipConfigured[r] /\ HsrpUp(w, r)

ColdElection(w) == \A r \in Routers : w.routers[r].hsrp \notin {"ACTIVE", "STANDBY"}
Restart(w) == IF ColdElection(w) THEN -(HoldTime + HelloTime) ELSE 0

(* The clock after a step of VpnHa: tick (the step is Tick), disrupts (a fault, repair or loss), pings (traffic) *)
ClockStep(tick, disrupts, pings) ==
  LET next == World'  \* the world after the step, built once
  IN /\ pinged' = (~tick /\ (pinged \/ pings))
     /\ outage' = IF disrupts \/ (tick /\ ~pinged) \/ ~Settled(next) THEN Restart(next)
                  ELSE IF ~tick THEN outage
                  ELSE IF TunnelRestored THEN 0
                  ELSE IF outage + 1 > Bound + 1 THEN Bound + 1 ELSE outage + 1

ClockInit == Init /\ outage = Restart(World) /\ pinged = FALSE

\* VpnHa's Next, action by action (FailoverClockTest checks that every action of Next is here, classified as in Java)
ClockNext ==
  \/ (ContinuousTraffic => pinged) /\ Tick /\ ClockStep(TRUE, FALSE, FALSE)  \* the cheap test first
  \/ \E r \in Routers : \E i \in 0..(InterfaceCount[r] - 1) :
       \/ InterfaceDown(r, i) /\ ClockStep(FALSE, TRUE, FALSE)
       \/ InterfaceUp(r, i) /\ ClockStep(FALSE, TRUE, FALSE)
  \/ \E r \in Routers :
       \/ Reload(r) /\ ClockStep(FALSE, TRUE, FALSE)
       \/ InterfaceDelayExpired(r) /\ ClockStep(FALSE, FALSE, FALSE)
       \/ ActiveTimerExpired(r) /\ ClockStep(FALSE, FALSE, FALSE)
       \/ StandbyTimerExpired(r) /\ ClockStep(FALSE, FALSE, FALSE)
       \/ HelloTimerExpired(r) /\ ClockStep(FALSE, FALSE, FALSE)
  \/ Partition /\ ClockStep(FALSE, TRUE, FALSE)
  \/ Heal /\ ClockStep(FALSE, TRUE, FALSE)
  \/ \E p, q \in Routers :
       \/ MessageDelivered(p, q) /\ ClockStep(FALSE, FALSE, FALSE)
       \/ HelloLost(p, q) /\ ClockStep(FALSE, TRUE, FALSE)
  \/ Traffic /\ ClockStep(FALSE, FALSE, TRUE)
  \/ EspLost /\ ClockStep(FALSE, TRUE, TRUE)
  \/ KeepaliveSent /\ ClockStep(FALSE, FALSE, FALSE)
  \/ KeepaliveLost /\ ClockStep(FALSE, TRUE, FALSE)
  \/ KeepaliveRetryExpired /\ ClockStep(FALSE, FALSE, FALSE)

ClockSpec == ClockInit /\ [][ClockNext]_clockVars

FailoverBound == outage <= Bound

=============================================================================
