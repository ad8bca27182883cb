-------------------------------- MODULE Hsrp --------------------------------
(***************************************************************************)
(* HSRP (RFC 2281 section 5, with the IOS behaviours the document shows): *)
(* routers sharing one standby group on a segment, with interface         *)
(* tracking, preempt, Hello/Coup/Resign packets in flight, the virtual    *)
(* MAC's owner, and the faults that disturb them (interfaces, reloads, a  *)
(* partition of the segment, lost Hellos).                                *)
(*                                                                         *)
(* Checkable alone (MCHsrp.tla, MCHsrp.cfg): its own variables, Init,     *)
(* Next and invariants. Its rules are HsrpRules.tla's world operators,   *)
(* which VpnHa.tla composes with IkeKeepaliveRules' and RriRules'; the    *)
(* actions here carry the names and parameters of VpnHa's (and the Java   *)
(* model's) HSRP actions.                                                 *)
(***************************************************************************)
EXTENDS HsrpRules

VARIABLES routers, channels, vipOwner, partitioned, faults, losses

hsrpVars == <<routers, channels, vipOwner, partitioned, faults, losses>>

----------------------------------------------------------------------------
(* HSRP alone: the same actions as VpnHa's HSRP actions, on HSRP's variables *)

World == [routers |-> routers, channels |-> channels, vipOwner |-> vipOwner, partitioned |-> partitioned,
          faults |-> faults, losses |-> losses]

Commit(w) ==
  /\ routers' = w.routers /\ channels' = w.channels /\ vipOwner' = w.vipOwner
  /\ partitioned' = w.partitioned /\ faults' = w.faults /\ losses' = w.losses

Tick == ~Due(World) /\ Commit(DoTick(World))
InterfaceDown(router, iface) ==
  /\ iface \in routers[router].interfacesUp /\ FaultsLeft(faults)
  /\ Commit(DoInterfaceDown(CountFault(World), router, iface))
InterfaceUp(router, iface) ==
  /\ iface \notin routers[router].interfacesUp
  /\ Commit(DoInterfaceUp(World, router, iface))
Reload(router) == FaultsLeft(faults) /\ Commit(DoReload(CountFault(World), router))
Partition == ~partitioned /\ FaultsLeft(faults) /\ N > 1 /\ Commit(DoPartition(World))
Heal == partitioned /\ Commit([World EXCEPT !.partitioned = FALSE])
InterfaceDelayExpired(router) ==
  routers[router].interfaceDelay = 0 /\ Commit(DoInterfaceDelayExpired(World, router))
ActiveTimerExpired(router) == ActiveDue(World, router) /\ Commit(DoActiveTimerExpired(World, router))
StandbyTimerExpired(router) ==
  StandbyExpiryEnabled(World, router) /\ Commit(DoStandbyTimerExpired(World, router))
HelloTimerExpired(router) == routers[router].helloTimer = 0 /\ Commit(DoHelloTimerExpired(World, router))
MessageDelivered(sender, receiver) ==
  channels[<<sender, receiver>>] # <<>> /\ Commit(DoMessageDelivered(World, sender, receiver))
HelloLost(sender, receiver) ==
  /\ HelloLossEnabled(World, sender, receiver)
  /\ Commit([CountLoss(World) EXCEPT !.channels[<<sender, receiver>>] = Tail(@)])

InitialRouter(r) ==
  [hsrp |-> "INITIAL", interfacesUp |-> 0..(InterfaceCount[r] - 1), priority |-> ConfiguredPriority[r],
   activeTimer |-> STOPPED, standbyTimer |-> STOPPED, helloTimer |-> STOPPED,
   interfaceDelay |-> MinimumInterfaceDelay, preemptDelay |-> 0, knownActive |-> UNKNOWN, knownStandby |-> UNKNOWN]

Init ==
  /\ routers = [r \in Routers |-> InitialRouter(r)]
  /\ channels = [pq \in Routers \X Routers |-> <<>>]
  /\ vipOwner = -1
  /\ partitioned = FALSE
  /\ faults = 0
  /\ losses = 0

Next ==
  \/ Tick
  \/ \E r \in Routers : \E i \in 0..(InterfaceCount[r] - 1) : InterfaceDown(r, i) \/ InterfaceUp(r, i)
  \/ \E r \in Routers : Reload(r) \/ InterfaceDelayExpired(r) \/ ActiveTimerExpired(r) \/ StandbyTimerExpired(r)
                        \/ HelloTimerExpired(r)
  \/ Partition \/ Heal
  \/ \E p, q \in Routers : MessageDelivered(p, q) \/ HelloLost(p, q)

Spec == Init /\ [][Next]_hsrpVars

----------------------------------------------------------------------------
(* HSRP's own invariants, and its share of the lab's properties *)

PriorityMatchesTracking == PriorityMatchesTrackingIn(routers)
\* Only a router whose HSRP interface is up takes part, and only a router that is up answers for the virtual MAC
DownRoutersAreInitial == \A r \in Routers : ~HsrpUp(World, r) => routers[r].hsrp = "INITIAL"
VipOwnerIsUp == vipOwner = -1 \/ HsrpUp(World, vipOwner)
\* Initial runs no timer; every other state runs the hello timer; the Active router runs no active timer
TimersFollowState ==
  \A r \in Routers :
    /\ (routers[r].hsrp = "INITIAL") = (routers[r].helloTimer = STOPPED)
    /\ routers[r].hsrp = "INITIAL" => routers[r].activeTimer = STOPPED /\ routers[r].standbyTimer = STOPPED
    /\ routers[r].hsrp = "ACTIVE" => routers[r].activeTimer = STOPPED
\* A router takes itself for the Active (Standby) router exactly while it is one
KnowsItsOwnRole ==
  \A r \in Routers : /\ (routers[r].knownActive = r) = (routers[r].hsrp = "ACTIVE")
                     /\ (routers[r].knownStandby = r) = (routers[r].hsrp = "STANDBY")

AnyHsrpUp == AnyHsrpUpIn(routers)
ActiveRouters == ActiveRoutersIn(routers)
SingleActive == SingleActiveIn(routers)
HighestPriorityActive == HighestPriorityActiveIn(routers)

(* Once faults stop: HSRP's own steps are weakly fair (written with state-predicate enabledness, as in VpnHa), *)
(* and a partition heals.                                                                                       *)
SystemStep ==
  \/ Tick
  \/ \E r \in Routers : InterfaceDelayExpired(r) \/ ActiveTimerExpired(r) \/ StandbyTimerExpired(r)
                        \/ HelloTimerExpired(r)
  \/ \E p, q \in Routers : MessageDelivered(p, q)
SystemEnabled == Due(World) \/ DoTick(World) # World

FairSpec ==
  /\ Spec
  /\ <>[]SystemEnabled => []<><<SystemStep>>_hsrpVars
  /\ <>[]partitioned => []<><<Heal>>_hsrpVars

EventuallySingleActive == <>[]SingleActive
EventuallyHighestPriorityActive == <>[]HighestPriorityActive

=============================================================================
