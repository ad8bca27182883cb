-------------------------------- MODULE VpnHa --------------------------------
(***************************************************************************)
(* The HA IPsec VPN lab: HSRP (RFC 2281) routers sharing a group, a remote  *)
(* peer with IKE keepalive (dead peer detection), IPsec SAs, reverse route  *)
(* injection and OSPF redistribution. It mirrors the Java model            *)
(* (io.havpn.model.VpnHaModel / Transition) action for action:             *)
(*                                                                         *)
(*   Java SystemState component  ->  TLA+ variable (same name)              *)
(*   routers, channels, vipOwner, partitioned, remote, ospfNextHops,        *)
(*   faults, losses                                                         *)
(*   Java Action record          ->  TLA+ action (same name, parameters)    *)
(*   Tick, InterfaceDown(router, iface), InterfaceUp(router, iface),        *)
(*   Reload(router), Partition, Heal, InterfaceDelayExpired(router),        *)
(*   ActiveTimerExpired(router), StandbyTimerExpired(router),               *)
(*   HelloTimerExpired(router), MessageDelivered(sender, receiver),         *)
(*   HelloLost(sender, receiver), Traffic, EspLost, KeepaliveSent,          *)
(*   KeepaliveLost, KeepaliveRetryExpired                                   *)
(*                                                                         *)
(* The composition of one module per protocol, each checkable alone:     *)
(*   Hsrp          the standby group, its packets, timers and faults       *)
(*   IkeKeepalive  the remote's SAs and dead peer detection                *)
(*   Rri           the crypto maps (SAs follow the group), reverse route   *)
(*                 injection and OSPF redistribution                       *)
(* over the lab's routers (LabRouters: indices 0..N-1 of the lab's router  *)
(* list; interfaces the indices of each router's interface list, 0 the     *)
(* HSRP interface, 1 the inside one). interfacesUp and ospfNextHops are    *)
(* sets (bit masks in Java). Every action is written as a pure operator    *)
(* from the world (a record of all variables) to the next world, in the    *)
(* order the Java step applies its rules, followed by Rri's Settle: SAs of *)
(* a coupled router that left Active, RRI routes and OSPF next hops. (The  *)
(* Java model drops those SAs as the router leaves Active; nothing else in *)
(* an action reads them, so the states are the same.) This module adds    *)
(* the glue: where the remote's peer address lands, traffic, the keepalive *)
(* answers, and the lab's properties.                                      *)
(***************************************************************************)
(* The protocol rules come from HsrpRules, IkeKeepaliveRules and RriRules, which declare their constants: HSRP's *)
(* (and the check's size, MaxFaults and MaxLosses, -1 for unbounded), the remote's keepalive, the routers' crypto *)
(* maps and routing. VpnHa EXTENDS them rather than INSTANCE the protocol modules: TLC binds every substituted    *)
(* constant and variable of an instance at each call into it, a cost on every step (README, Benchmarks).         *)
EXTENDS LabRouters, HsrpRules, IkeKeepaliveRules, RriRules, Sequences, FiniteSets

CONSTANTS
  PeerIsVip,          \* the remote's set peer is the group's virtual IP
  PeerRouter          \* otherwise the router whose real address it is, or -1

VARIABLES routers, channels, vipOwner, partitioned, remote, ospfNextHops, faults, losses

vars == <<routers, channels, vipOwner, partitioned, remote, ospfNextHops, faults, losses>>

World == [routers |-> routers, channels |-> channels, vipOwner |-> vipOwner, partitioned |-> partitioned,
          remote |-> remote, ospfNextHops |-> ospfNextHops, faults |-> faults, losses |-> losses]

----------------------------------------------------------------------------
(* Where the remote's packets land, and what it takes for them to come back *)

\* The router the remote's packets to its peer address reach, or -1
PeerTarget(w) ==
  LET t == IF PeerIsVip THEN w.vipOwner ELSE PeerRouter
  IN IF t >= 0 /\ HsrpUp(w, t) THEN t ELSE -1

(* IkeKeepalive's abstract routers are VpnHa's: peer is PeerTarget(World), and peerSas the routers holding SAs *)

PeerAnswers(w) == LET t == PeerTarget(w) IN t >= 0 /\ t = w.remote.saWith /\ w.routers[t].holdsSas
EchoRouted(w, r) == r \in w.ospfNextHops /\ Up(w, r, INSIDE_INTERFACE)
TunnelWorks(w) == PeerAnswers(w) /\ EchoRouted(w, w.remote.saWith)

\* The router reached at the peer address completes IKE
Negotiates(w, t) ==
  /\ t >= 0
  /\ HasCryptoMap[t]
  /\ IF Coupled[t] THEN w.routers[t].hsrp = "ACTIVE" ELSE ~PeerIsVip

\* The remote after its traffic: SAs negotiated with the router reached, or traffic over the SAs it has
TrafficRemote(w) ==
  LET t == PeerTarget(w)
      x == w.remote.saWith
  IN IF x = NONE THEN IF Negotiates(w, t) THEN NewSa(t) ELSE w.remote
     ELSE TrafficOverSa(w.remote, t = x /\ w.routers[x].holdsSas, EchoRouted(w, x), t >= 0 /\ InvalidSpiRecovery[t])

\* Traffic changes only the remote, and the routers' SAs when it negotiates them
DoTraffic(w) ==
  LET rm == TrafficRemote(w)
  IN IF w.remote.saWith = NONE /\ rm.saWith # NONE THEN [w EXCEPT !.routers[rm.saWith].holdsSas = TRUE, !.remote = rm]
     ELSE [w EXCEPT !.remote = rm]

DoKeepalive(w, lost) == [w EXCEPT !.remote = Probe(w.remote, ~lost /\ PeerAnswers(w))]

\* A reload: HSRP starts over, and the router loses its SAs and routes
DoLabReload(w, r) == DoReload([w EXCEPT !.routers[r].holdsSas = FALSE, !.routers[r].rriRoute = FALSE], r)

DoLabTick(w) == [DoTick(w) EXCEPT !.remote = TickRemote(@)]

(* The next state: world w after Rri's Settle (written out, so that no settled world is built). The cheap      *)
(* comparisons come first: the liveness check evaluates the fair actions on every edge of the state graph, with *)
(* the next state given, and a conjunct that fails there spares TLC the routers' records and Settle.           *)
Commit(w) ==
  LET rs == SettledRouters(w.routers)
  IN /\ faults' = w.faults /\ losses' = w.losses /\ partitioned' = w.partitioned /\ vipOwner' = w.vipOwner
     /\ remote' = w.remote /\ channels' = w.channels /\ routers' = rs /\ ospfNextHops' = NextHops(rs)

\* What is due: time passes only when nothing is (HSRP's timers and packets, the remote's probes)
Urgent == Due(World) \/ RemoteDue(remote)

----------------------------------------------------------------------------
(* The actions *)

Tick == ~Urgent /\ Commit(DoLabTick(World))

InterfaceDown(router, iface) ==
  /\ iface \in routers[router].interfacesUp /\ FaultsLeft(faults)
  /\ Commit(DoInterfaceDown(CountFault(World), router, iface))
InterfaceUp(router, iface) ==
  /\ iface \notin routers[router].interfacesUp
  /\ Commit(DoInterfaceUp(World, router, iface))
Reload(router) == FaultsLeft(faults) /\ Commit(DoLabReload(CountFault(World), router))
Partition == ~partitioned /\ FaultsLeft(faults) /\ N > 1 /\ Commit(DoPartition(World))
Heal == partitioned /\ Commit([World EXCEPT !.partitioned = FALSE])

InterfaceDelayExpired(router) == routers[router].interfaceDelay = 0
  /\ Commit(DoInterfaceDelayExpired(World, router))
ActiveTimerExpired(router) == ActiveDue(World, router)
  /\ Commit(DoActiveTimerExpired(World, router))
StandbyTimerExpired(router) == StandbyExpiryEnabled(World, router)
  /\ Commit(DoStandbyTimerExpired(World, router))
HelloTimerExpired(router) == routers[router].helloTimer = 0
  /\ Commit(DoHelloTimerExpired(World, router))

MessageDelivered(sender, receiver) ==
  /\ channels[<<sender, receiver>>] # <<>>
  /\ Commit(DoMessageDelivered(World, sender, receiver))
HelloLost(sender, receiver) ==
  /\ HelloLossEnabled(World, sender, receiver)
  /\ Commit([CountLoss(World) EXCEPT !.channels[<<sender, receiver>>] = Tail(@)])

Traffic == Commit(DoTraffic(World))
EspLost == LossesLeft(losses) /\ remote.saWith # NONE /\ TunnelWorks(World)
  /\ Commit([CountLoss(World) EXCEPT !.remote = Unanswered(@)])
KeepaliveSent == KeepaliveDue(remote) /\ Commit(DoKeepalive(World, FALSE))
KeepaliveLost ==
  KeepaliveDue(remote) /\ LossesLeft(losses) /\ PeerAnswers(World)
  /\ Commit(DoKeepalive(CountLoss(World), TRUE))
KeepaliveRetryExpired == remote.dpdRetry = 0 /\ Commit([World EXCEPT !.remote = RetryExpired(@)])

----------------------------------------------------------------------------

Init ==
  /\ routers = [r \in Routers |-> [hsrp |-> "INITIAL", interfacesUp |-> 0..(InterfaceCount[r] - 1),
        priority |-> ConfiguredPriority[r], activeTimer |-> STOPPED, standbyTimer |-> STOPPED,
        helloTimer |-> STOPPED, interfaceDelay |-> MinimumInterfaceDelay, preemptDelay |-> 0,
        knownActive |-> UNKNOWN, knownStandby |-> UNKNOWN, holdsSas |-> FALSE, rriRoute |-> FALSE]]
  /\ channels = [pq \in Routers \X Routers |-> <<>>]
  /\ vipOwner = -1
  /\ partitioned = FALSE
  /\ remote = NoSa
  /\ ospfNextHops = {}
  /\ faults = 0
  /\ losses = 0

Next ==
  \/ Tick
  \/ \E r \in Routers : \E i \in 0..(InterfaceCount[r] - 1) : InterfaceDown(r, i) \/ InterfaceUp(r, i)
  \/ \E r \in Routers : Reload(r) \/ InterfaceDelayExpired(r) \/ ActiveTimerExpired(r) \/ StandbyTimerExpired(r)
                        \/ HelloTimerExpired(r)
  \/ Partition \/ Heal
  \/ \E p, q \in Routers : MessageDelivered(p, q) \/ HelloLost(p, q)
  \/ Traffic \/ EspLost \/ KeepaliveSent \/ KeepaliveLost \/ KeepaliveRetryExpired

Spec == Init /\ [][Next]_vars

----------------------------------------------------------------------------
(* The properties (PRIMER section 5), with the names Java and reports use *)

SasOnlyOnActive == SasOnlyOnActiveIn(routers)
RouteOnlyOnActive == RouteOnlyOnActiveIn(routers)
RemotePeersWithVip == remote.saWith # NONE => PeerIsVip
PriorityMatchesTracking == PriorityMatchesTrackingIn(routers)

AnyHsrpUp == AnyHsrpUpIn(routers)
ActiveRouters == ActiveRoutersIn(routers)

SingleActive == SingleActiveIn(routers)
HighestPriorityActive == HighestPriorityActiveIn(routers)
TunnelRestored ==
  AnyHsrpUp => \E a \in Routers :
    /\ ActiveRouters = {a}
    /\ PeerIsVip /\ remote.saWith = a /\ routers[a].holdsSas /\ PeerTarget(World) = a
    /\ ospfNextHops = {a} /\ EchoRouted(World, a)

(* The system's own steps: time and what is due. Tick is disabled while anything is due, so weak fairness on    *)
(* their disjunction already forces every due timer, packet and keepalive to be handled and time to pass (the    *)
(* per-action form says the same and costs TLC an ENABLED evaluation per action and state).                     *)
SystemStep ==
  \/ Tick \/ KeepaliveSent \/ KeepaliveRetryExpired
  \/ \E r \in Routers : InterfaceDelayExpired(r) \/ ActiveTimerExpired(r) \/ StandbyTimerExpired(r)
                        \/ HelloTimerExpired(r)
  \/ \E p, q \in Routers : MessageDelivered(p, q)

(* Eventually, once faults stop: the system's steps and the remote's traffic are weakly fair; faults and losses *)
(* are not (they are bounded). A partition heals eventually: while it lasts no Hello is delivered, so "fair      *)
(* delivery of Hellos" needs it. WF_vars(A) is <>[]ENABLED <<A>>_vars => []<><<A>>_vars; the enabledness below  *)
(* is that of <<A>>_vars computed as a state predicate (the next world is a function of this one), which TLC    *)
(* evaluates far faster than ENABLED of these actions. Due steps always change the state.                       *)
(* TLC evaluates these on every edge too (the source state's), so they are written without building a world:    *)
(*  - Settle and a Tick touch different fields, so Settle(DoLabTick(World)) # World exactly when a Tick changes a *)
(*    timer (a countdown above 0, a preempt delay not 0, the remote's idle time not 0 or its retry above 0 while *)
(*    it has SAs) or the state is not settled (Init may not be);                                                 *)
(*  - Traffic changes the remote, or else nothing (its SAs are negotiated together with the remote's), so        *)
(*    Settle(DoTraffic(World)) # World exactly when the remote changes or the state is not settled.              *)
(*  - a state is unsettled when Settle would change a router's SAs or route, or else the OSPF next hops (written  *)
(*    out, so that no settled routers are built).                                                                *)
Unsettled ==
  \/ \E r \in Routers : LET x == routers[r]  kept == SasKept(r, x)
                        IN kept # x.holdsSas \/ RouteWanted(r, x, kept) # x.rriRoute
  \/ NextHops(routers) # ospfNextHops
TickChanges ==
  \/ \E r \in Routers : LET x == routers[r] IN
       x.activeTimer > 0 \/ x.standbyTimer > 0 \/ x.helloTimer > 0 \/ x.interfaceDelay > 0 \/ x.preemptDelay # 0
  \/ remote.saWith # NONE /\ (remote.dpdIdle # 0 \/ remote.dpdRetry > 0)
SystemEnabled == Urgent \/ TickChanges \/ Unsettled
TrafficEnabled == TrafficRemote(World) # remote \/ Unsettled

(* The fair steps, as TLC evaluates them on every edge of the state graph: told apart by what the step changes   *)
(* where that is enough, so that most edges need no action evaluated (an edge is a step of Next):               *)
(*  - no system step and no Traffic counts a fault or a loss, heals the partition or brings an interface up;      *)
(*  - Traffic changes only the remote and the SAs and routes: never the channels, the virtual IP's owner or a      *)
(*    router's HSRP record;                                                                                      *)
(*  - so, when the budgets count every fault and loss, a step of Next that changes none of the first and one of  *)
(*    the second is a system step (the environment's steps that change HSRP, a reload or a lost Hello, count).   *)
EnvironmentStep ==
  \/ faults' # faults \/ losses' # losses \/ partitioned' # partitioned
  \/ \E r \in Routers : routers'[r].interfacesUp # routers[r].interfacesUp
HsrpStep ==
  \/ channels' # channels \/ vipOwner' # vipOwner
  \/ \E r \in Routers : LET x == routers[r]  y == routers'[r] IN
       \/ y.hsrp # x.hsrp \/ y.activeTimer # x.activeTimer \/ y.standbyTimer # x.standbyTimer
       \/ y.helloTimer # x.helloTimer \/ y.interfaceDelay # x.interfaceDelay \/ y.preemptDelay # x.preemptDelay
       \/ y.knownActive # x.knownActive \/ y.knownStandby # x.knownStandby
FairSystemStep ==
  IF MaxFaults # -1 /\ MaxLosses # -1 THEN ~EnvironmentStep /\ (HsrpStep \/ SystemStep) ELSE SystemStep
FairTraffic == ~EnvironmentStep /\ ~HsrpStep /\ Traffic

Fairness ==
  /\ <>[]SystemEnabled => []<><<FairSystemStep>>_vars
  /\ <>[]TrafficEnabled => []<><<FairTraffic>>_vars
  /\ <>[]partitioned => []<><<Heal>>_vars

FairSpec == Spec /\ Fairness

EventuallySingleActive == <>[]SingleActive
EventuallyHighestPriorityActive == <>[]HighestPriorityActive
EventuallyTunnelRestored == <>[]TunnelRestored

=============================================================================
