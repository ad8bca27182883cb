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
(* Routers are the indices 0..N-1 of the lab's router list; interfaces the *)
(* indices of each router's interface list (0 the HSRP interface, 1 the    *)
(* inside one). interfacesUp and ospfNextHops are sets (bit masks in Java). *)
(* Every action is written as a pure operator from the world (a record of  *)
(* all variables) to the next world, in the order the Java step applies its *)
(* rules, followed by Settle: RRI routes and OSPF next hops.                *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
  N,                  \* number of HSRP routers
  InterfaceCount,     \* [Routers -> Nat]: interfaces modelled per router
  ConfiguredPriority, \* [Routers -> 0..255]
  AddressRank,        \* [Routers -> Nat]: order of the HSRP interface addresses (ties go to the higher)
  Preempt,            \* [Routers -> BOOLEAN]
  PreemptDelay,       \* [Routers -> Nat]
  VipConfigured,      \* [Routers -> BOOLEAN]: standby N ip configured (else the router learns it)
  Tracks,             \* [Routers -> SUBSET (Nat \X Nat)]: <<interface, decrement>>
  HasCryptoMap,       \* [Routers -> BOOLEAN]
  ReverseRoute,       \* [Routers -> BOOLEAN]
  Coupled,            \* [Routers -> BOOLEAN]: crypto map redundancy name = group name
  Redistribute,       \* [Routers -> BOOLEAN]: redistribute static into OSPF
  InvalidSpiRecovery, \* [Routers -> BOOLEAN]
  HelloTime, HoldTime,
  PeerIsVip,          \* the remote's set peer is the group's virtual IP
  PeerRouter,         \* otherwise the router whose real address it is, or -1
  KeepaliveOn, KeepaliveInterval, KeepaliveRetry, KeepaliveLimit, KeepalivePeriodic,
  ResignOnDisplacement, HelloOnStateChange,
  ExpiryOrder,        \* "HANDLED_FIRST", "ACTIVE_FIRST" or "ANY"
  RriDynamic,         \* RRI of a dynamic crypto map: the route follows the SAs
  MinimumInterfaceDelay, ReloadTime,
  MaxFaults, MaxLosses \* -1: unbounded (and then not counted)

VARIABLES routers, channels, vipOwner, partitioned, remote, ospfNextHops, faults, losses

vars == <<routers, channels, vipOwner, partitioned, remote, ospfNextHops, faults, losses>>

Routers == 0..(N - 1)
STOPPED == -1
UNKNOWN == -1
NONE == -1
HSRP_INTERFACE == 0
INSIDE_INTERFACE == 1
States == {"INITIAL", "LEARN", "LISTEN", "SPEAK", "STANDBY", "ACTIVE"}
SendsHellos(s) == s \in {"SPEAK", "STANDBY", "ACTIVE"}

----------------------------------------------------------------------------
(* RFC 2281 section 5.6: (state, event) -> actions A-I and the next state. *)
(* "=" is STAY; "PRE" is a preempt cell; "LISTEN|LEARN" is Initial + a.     *)

Cell(acts, next) == [actions |-> acts, next |-> next, pre |-> FALSE, listenOrLearn |-> FALSE]
PRE == [actions |-> {}, next |-> "STAY", pre |-> TRUE, listenOrLearn |-> FALSE]
NoCell == [actions |-> {}, next |-> "NONE", pre |-> FALSE, listenOrLearn |-> FALSE]

Table ==
  {<<"INITIAL", "a", [actions |-> {"A", "B"}, next |-> "LISTEN", pre |-> FALSE, listenOrLearn |-> TRUE]>>,
   <<"LEARN", "b", Cell({"C", "D"}, "INITIAL")>>, <<"LEARN", "g", Cell({"E", "A", "B"}, "LISTEN")>>,
   <<"LEARN", "h", Cell({"E", "A", "B"}, "LISTEN")>>,
   <<"LISTEN", "b", Cell({"C", "D"}, "INITIAL")>>, <<"LISTEN", "c", Cell({"A", "B"}, "SPEAK")>>,
   <<"LISTEN", "d", Cell({"B"}, "SPEAK")>>, <<"LISTEN", "g", Cell({"E", "A"}, "STAY")>>, <<"LISTEN", "h", PRE>>,
   <<"LISTEN", "i", Cell({"A", "B"}, "SPEAK")>>, <<"LISTEN", "k", Cell({"B"}, "STAY")>>,
   <<"LISTEN", "l", Cell({"B"}, "SPEAK")>>,
   <<"SPEAK", "b", Cell({"C", "D"}, "INITIAL")>>, <<"SPEAK", "d", Cell({"D"}, "STANDBY")>>,
   <<"SPEAK", "e", Cell({"F"}, "STAY")>>, <<"SPEAK", "f", Cell({"B"}, "LISTEN")>>,
   <<"SPEAK", "g", Cell({"E", "A"}, "STAY")>>, <<"SPEAK", "h", PRE>>, <<"SPEAK", "i", Cell({"A"}, "STAY")>>,
   <<"SPEAK", "k", Cell({"B"}, "LISTEN")>>, <<"SPEAK", "l", Cell({"D"}, "STANDBY")>>,
   <<"STANDBY", "b", Cell({"C", "D"}, "INITIAL")>>, <<"STANDBY", "c", Cell({"C", "D", "F", "I"}, "ACTIVE")>>,
   <<"STANDBY", "e", Cell({"F"}, "STAY")>>, <<"STANDBY", "f", Cell({"B"}, "LISTEN")>>,
   <<"STANDBY", "g", Cell({"E", "A"}, "STAY")>>, <<"STANDBY", "h", PRE>>,
   <<"STANDBY", "i", Cell({"C", "F", "I"}, "ACTIVE")>>, <<"STANDBY", "k", Cell({"B"}, "LISTEN")>>,
   <<"ACTIVE", "b", Cell({"C", "D", "H"}, "INITIAL")>>, <<"ACTIVE", "e", Cell({"F"}, "STAY")>>,
   \* IOS also resigns when displaced by a higher Active's Hello; RFC 2281 does not
   <<"ACTIVE", "g", Cell(IF ResignOnDisplacement THEN {"A", "B", "H"} ELSE {"A", "B"}, "SPEAK")>>,
   <<"ACTIVE", "h", Cell({"G"}, "STAY")>>, <<"ACTIVE", "j", Cell({"A", "B", "H"}, "SPEAK")>>,
   <<"ACTIVE", "k", Cell({"B"}, "STAY")>>, <<"ACTIVE", "l", Cell({"B"}, "STAY")>>}

TableCell(s, e) == IF \E t \in Table : t[1] = s /\ t[2] = e
                   THEN (CHOOSE t \in Table : t[1] = s /\ t[2] = e)[3]
                   ELSE NoCell
Handles(s, e) == TableCell(s, e) # NoCell

----------------------------------------------------------------------------
(* Helpers on a world w = [routers, channels, vipOwner, partitioned, remote, ospfNextHops, faults, losses]. *)

World == [routers |-> routers, channels |-> channels, vipOwner |-> vipOwner, partitioned |-> partitioned,
          remote |-> remote, ospfNextHops |-> ospfNextHops, faults |-> faults, losses |-> losses]

Up(w, r, i) == i \in w.routers[r].interfacesUp
HsrpUp(w, r) == Up(w, r, HSRP_INTERFACE)
Tracked(r, i) == \E t \in Tracks[r] : t[1] = i

TrackedPriority(r, up) ==
  LET down == {t \in Tracks[r] : t[1] \notin up}
      Sum[S \in SUBSET Tracks[r]] == IF S = {} THEN 0 ELSE LET t == CHOOSE x \in S : TRUE IN t[2] + Sum[S \ {t}]
      p == ConfiguredPriority[r] - Sum[down]
  IN IF p < 0 THEN 0 ELSE p

\* RFC 2281: the higher priority wins; equal priorities go to the higher interface address
Outranks(pp, p, pq, q) == IF pp # pq THEN pp > pq ELSE AddressRank[p] > AddressRank[q]

SetRouter(w, r, field, v) == [w EXCEPT !.routers[r][field] = v]
CountFault(w) == IF MaxFaults = -1 THEN w ELSE [w EXCEPT !.faults = @ + 1]
CountLoss(w) == IF MaxLosses = -1 THEN w ELSE [w EXCEPT !.losses = @ + 1]
FaultsLeft == MaxFaults = -1 \/ faults < MaxFaults
LossesLeft == MaxLosses = -1 \/ losses < MaxLosses

\* Drops the packets in flight to and from router r (every channel when r = -1)
Flush(w, r) == [w EXCEPT !.channels = [pq \in Routers \X Routers |->
                  IF r = -1 \/ pq[1] = r \/ pq[2] = r THEN <<>> ELSE w.channels[pq]]]

LearnActive(w, r, a) == SetRouter(w, r, "knownActive", a)
LearnStandby(w, r, s) == SetRouter(w, r, "knownStandby", s)

\* Multicast from r to every router that can hear it; the Active router's packets refresh the virtual MAC
Send(w, r, kind, senderState) ==
  IF ~HsrpUp(w, r) THEN w
  ELSE LET w1 == IF w.routers[r].hsrp = "ACTIVE" THEN [w EXCEPT !.vipOwner = r] ELSE w
           msg == [kind |-> kind, senderState |-> senderState, priority |-> w.routers[r].priority]
       IN IF w1.partitioned THEN w1
          ELSE [w1 EXCEPT !.channels = [pq \in Routers \X Routers |->
                 IF pq[1] = r /\ pq[2] # r /\ HsrpUp(w1, pq[2]) THEN Append(w1.channels[pq], msg)
                 ELSE w1.channels[pq]]]

\* A preempt cell becomes a coup when the router preempts and its preempt delay has run out
Resolve(w, r, c) ==
  IF ~c.pre THEN c
  ELSE IF Preempt[r] /\ w.routers[r].preemptDelay = 0 THEN Cell({"B", "G", "F", "I"}, "ACTIVE")
  ELSE Cell({"A"}, "STAY")

Enter(w, r, from, to, event) ==
  LET me == w.routers[r]
      w1 == IF to = "ACTIVE" THEN LearnActive(w, r, r)
            ELSE IF me.knownActive = r \/ event = "c" \/ to = "INITIAL" THEN LearnActive(w, r, UNKNOWN)
            ELSE w
      w2 == IF to = "STANDBY" THEN LearnStandby(w1, r, r)
            ELSE IF w1.routers[r].knownStandby = r \/ event = "d" \/ to = "INITIAL" THEN LearnStandby(w1, r, UNKNOWN)
            ELSE w1
      w3 == IF to = "ACTIVE" THEN SetRouter(w2, r, "activeTimer", STOPPED) ELSE w2
      w4 == SetRouter(w3, r, "hsrp", to)
      w5 == IF from = "INITIAL"
            THEN SetRouter(SetRouter(w4, r, "helloTimer", HelloTime), r, "preemptDelay", PreemptDelay[r])
            ELSE w4
      w6 == IF to = "INITIAL"
            THEN SetRouter(SetRouter(w5, r, "helloTimer", STOPPED), r, "preemptDelay", 0)
            ELSE w5
  IN IF from = "ACTIVE" /\ w6.routers[r].holdsSas /\ Coupled[r]
     THEN SetRouter(w6, r, "holdsSas", FALSE) \* IPsec follows the group: stateless failover
     ELSE w6

\* Feeds one RFC 2281 event to router r's state machine
Handle(w, r, event) ==
  LET from == w.routers[r].hsrp
      c == Resolve(w, r, TableCell(from, event))
      w1 == IF "C" \in c.actions THEN SetRouter(w, r, "activeTimer", STOPPED) ELSE w
      w2 == IF "D" \in c.actions THEN SetRouter(w1, r, "standbyTimer", STOPPED) ELSE w1
      w3 == IF "A" \in c.actions THEN SetRouter(w2, r, "activeTimer", HoldTime) ELSE w2
      w4 == IF "B" \in c.actions THEN SetRouter(w3, r, "standbyTimer", HoldTime) ELSE w3
      to == IF c.listenOrLearn /\ ~VipConfigured[r] THEN "LEARN" ELSE c.next
      changes == to \notin {"STAY", "NONE"} /\ to # from
      w5 == IF changes THEN Enter(w4, r, from, to, event) ELSE w4
      announce == changes /\ SendsHellos(to) /\ HelloOnStateChange
      w6 == IF "G" \in c.actions THEN Send(w5, r, "COUP", w5.routers[r].hsrp) ELSE w5
      w7 == IF "F" \in c.actions \/ announce THEN Send(w6, r, "HELLO", w6.routers[r].hsrp) ELSE w6
      w8 == IF announce THEN SetRouter(w7, r, "helloTimer", HelloTime) ELSE w7
      w9 == IF "H" \in c.actions THEN Send(w8, r, "RESIGN", from) ELSE w8
  IN IF c = NoCell THEN w
     ELSE IF "I" \in c.actions /\ HsrpUp(w9, r) THEN [w9 EXCEPT !.vipOwner = r] ELSE w9

\* Router q receives a packet from p: events f-l, with what IOS learns from Hellos on the way
Deliver(w, p, q, m) ==
  LET me == w.routers[q]
      higher == Outranks(m.priority, p, me.priority, q)
  IN IF me.hsrp = "INITIAL" THEN w
     ELSE IF m.kind = "HELLO" THEN
       IF m.senderState = "ACTIVE" THEN
         LET w1 == IF me.hsrp # "ACTIVE" \/ higher
                   THEN LET l == LearnActive(w, q, p)
                        IN IF l.routers[q].knownStandby = p THEN LearnStandby(l, q, UNKNOWN) ELSE l
                   ELSE w
         IN Handle(w1, q, IF higher THEN "g" ELSE "h")
       ELSE IF m.senderState = "STANDBY" THEN
         LET w1 == IF me.hsrp # "STANDBY" \/ higher THEN LearnStandby(w, q, p) ELSE w
         IN Handle(w1, q, IF higher THEN "k" ELSE "l")
       ELSE IF m.senderState = "SPEAK" /\ higher THEN Handle(w, q, "f")
       ELSE w
     ELSE IF m.kind = "COUP" THEN
       IF higher THEN Handle(IF me.hsrp = "ACTIVE" THEN LearnActive(w, q, p) ELSE w, q, "j") ELSE w
     ELSE \* RESIGN: event i only from a router giving up Active
       IF m.senderState = "ACTIVE"
       THEN Handle(IF me.knownActive = p THEN LearnActive(w, q, UNKNOWN) ELSE w, q, "i")
       ELSE w

----------------------------------------------------------------------------
(* IKE, IPsec and dead peer detection *)

\* The router the remote's packets to its peer address reach, or -1
PeerTarget(w) ==
  LET t == IF PeerIsVip THEN w.vipOwner ELSE PeerRouter
  IN IF t >= 0 /\ HsrpUp(w, t) THEN t ELSE -1

PeerAnswers(w) == LET t == PeerTarget(w) IN t >= 0 /\ t = w.remote.saWith /\ w.routers[t].holdsSas
EchoRouted(w, r) == r \in w.ospfNextHops /\ Up(w, r, INSIDE_INTERFACE)
TunnelWorks(w) == PeerAnswers(w) /\ EchoRouted(w, w.remote.saWith)

KeepaliveDue(w) ==
  /\ KeepaliveOn /\ w.remote.saWith # NONE /\ w.remote.dpdRetry = STOPPED
  /\ \/ w.remote.dpdErrors > 0
     \/ w.remote.dpdIdle = 0 /\ (KeepalivePeriodic \/ w.remote.unanswered)

NoSa == [saWith |-> NONE, dpdIdle |-> 0, dpdRetry |-> STOPPED, dpdErrors |-> 0, unanswered |-> FALSE]

\* Inbound traffic resets the error counter; the idle time restarts on an ACK, or on any packet when on-demand
InboundSeen(w, ack) ==
  [w EXCEPT !.remote = [saWith |-> w.remote.saWith,
                        dpdIdle |-> IF ~KeepaliveOn THEN 0
                                    ELSE IF ack \/ ~KeepalivePeriodic THEN KeepaliveInterval ELSE w.remote.dpdIdle,
                        dpdRetry |-> STOPPED, dpdErrors |-> 0, unanswered |-> FALSE]]

Unanswered(w) == [w EXCEPT !.remote.unanswered = TRUE]

\* The router reached at the peer address completes IKE
Negotiates(w, t) ==
  /\ t >= 0
  /\ HasCryptoMap[t]
  /\ IF Coupled[t] THEN w.routers[t].hsrp = "ACTIVE" ELSE ~PeerIsVip

DoTraffic(w) ==
  LET t == PeerTarget(w)
      x == w.remote.saWith
  IN IF x = NONE THEN
       IF ~Negotiates(w, t) THEN w
       ELSE [SetRouter(w, t, "holdsSas", TRUE) EXCEPT
               !.remote = [saWith |-> t, dpdIdle |-> IF KeepaliveOn THEN KeepaliveInterval ELSE 0,
                           dpdRetry |-> STOPPED, dpdErrors |-> 0, unanswered |-> FALSE]]
     ELSE IF t = x /\ w.routers[x].holdsSas THEN
       IF EchoRouted(w, x) THEN InboundSeen(w, FALSE) ELSE Unanswered(w)
     ELSE IF t < 0 THEN Unanswered(w)
     ELSE IF InvalidSpiRecovery[t] THEN [Unanswered(w) EXCEPT !.remote = NoSa]
     ELSE Unanswered(w)

DoKeepalive(w, lost) ==
  IF ~lost /\ PeerAnswers(w) THEN InboundSeen(w, TRUE)
  ELSE [w EXCEPT !.remote.dpdRetry = KeepaliveRetry]

DoKeepaliveRetryExpired(w) ==
  LET errors == w.remote.dpdErrors + 1
  IN IF errors >= KeepaliveLimit THEN [w EXCEPT !.remote = NoSa]
     ELSE [w EXCEPT !.remote.dpdRetry = STOPPED, !.remote.dpdErrors = errors]

----------------------------------------------------------------------------
(* Interfaces, reloads, time *)

DoInterfaceDown(w, r, i) ==
  LET w1 == SetRouter(w, r, "interfacesUp", w.routers[r].interfacesUp \ {i})
      w2 == IF Tracked(r, i) THEN SetRouter(w1, r, "priority", TrackedPriority(r, w1.routers[r].interfacesUp)) ELSE w1
  IN IF i # HSRP_INTERFACE THEN w2
     ELSE LET w3 == SetRouter(w2, r, "interfaceDelay", STOPPED)
              w4 == IF w3.routers[r].hsrp # "INITIAL" THEN Handle(w3, r, "b") ELSE w3
              w5 == Flush(w4, r)
          IN IF w5.vipOwner = r THEN [w5 EXCEPT !.vipOwner = -1] ELSE w5

DoInterfaceUp(w, r, i) ==
  LET w1 == SetRouter(w, r, "interfacesUp", w.routers[r].interfacesUp \cup {i})
      w2 == IF Tracked(r, i) THEN SetRouter(w1, r, "priority", TrackedPriority(r, w1.routers[r].interfacesUp)) ELSE w1
  IN IF i = HSRP_INTERFACE /\ w2.routers[r].interfaceDelay = STOPPED
     THEN SetRouter(w2, r, "interfaceDelay", MinimumInterfaceDelay)
     ELSE w2

DoReload(w, r) ==
  LET me == w.routers[r]
      w1 == [w EXCEPT !.routers[r] = [me EXCEPT !.hsrp = "INITIAL", !.activeTimer = STOPPED,
               !.standbyTimer = STOPPED, !.helloTimer = STOPPED, !.preemptDelay = 0, !.knownActive = UNKNOWN,
               !.knownStandby = UNKNOWN, !.holdsSas = FALSE, !.rriRoute = FALSE,
               !.interfaceDelay = IF HSRP_INTERFACE \in me.interfacesUp
                                  THEN ReloadTime + MinimumInterfaceDelay ELSE STOPPED]]
      w2 == Flush(w1, r)
  IN IF w2.vipOwner = r THEN [w2 EXCEPT !.vipOwner = -1] ELSE w2

CountDown(t) == IF t > 0 THEN t - 1 ELSE t

DoTick(w) ==
  [w EXCEPT !.routers = [r \in Routers |-> [w.routers[r] EXCEPT
               !.activeTimer = CountDown(@), !.standbyTimer = CountDown(@), !.helloTimer = CountDown(@),
               !.interfaceDelay = CountDown(@), !.preemptDelay = IF @ > 0 THEN @ - 1 ELSE 0]],
            !.remote = IF w.remote.saWith = NONE THEN w.remote
                       ELSE [w.remote EXCEPT !.dpdIdle = IF @ > 0 THEN @ - 1 ELSE 0, !.dpdRetry = CountDown(@)]]

----------------------------------------------------------------------------
(* After every action: RRI routes, then the inside router's OSPF next hops *)

RriWanted(w, r) ==
  /\ HasCryptoMap[r] /\ ReverseRoute[r]
  /\ IF RriDynamic THEN w.routers[r].holdsSas
     ELSE HsrpUp(w, r) /\ (~Coupled[r] \/ w.routers[r].hsrp = "ACTIVE")

Settle(w) ==
  LET w1 == [w EXCEPT !.routers = [r \in Routers |-> [w.routers[r] EXCEPT !.rriRoute = RriWanted(w, r)]]]
  IN [w1 EXCEPT !.ospfNextHops = {r \in Routers : w1.routers[r].rriRoute /\ Redistribute[r]
                                                  /\ Up(w1, r, INSIDE_INTERFACE)}]

Commit(w) ==
  LET s == Settle(w)
  IN /\ routers' = s.routers /\ channels' = s.channels /\ vipOwner' = s.vipOwner
     /\ partitioned' = s.partitioned /\ remote' = s.remote /\ ospfNextHops' = s.ospfNextHops
     /\ faults' = s.faults /\ losses' = s.losses

----------------------------------------------------------------------------
(* What is due: time passes only when nothing is *)

(* RFC 2281 consumes every expiry at once, even where the state has no cell (Speak + c); IOS keeps an expired    *)
(* timer expired until the state can act on it ("HANDLED_FIRST"), so such an expiry waits and does not stop time. *)
(* When both are due, c goes first unless the order is "ANY", which explores both.                              *)
ExpiryWaits == ExpiryOrder = "HANDLED_FIRST"
ActiveDue(r) == routers[r].activeTimer = 0 /\ (~ExpiryWaits \/ Handles(routers[r].hsrp, "c"))
StandbyDue(r) == routers[r].standbyTimer = 0 /\ (~ExpiryWaits \/ Handles(routers[r].hsrp, "d"))

Urgent ==
  \/ \E r \in Routers : \/ routers[r].interfaceDelay = 0 \/ ActiveDue(r) \/ StandbyDue(r)
                        \/ routers[r].helloTimer = 0
  \/ \E pq \in Routers \X Routers : channels[pq] # <<>>
  \/ remote.dpdRetry = 0
  \/ KeepaliveDue(World)

----------------------------------------------------------------------------
(* The actions *)

Tick == ~Urgent /\ Commit(DoTick(World))

InterfaceDown(router, iface) ==
  /\ iface \in routers[router].interfacesUp /\ FaultsLeft
  /\ Commit(DoInterfaceDown(CountFault(World), router, iface))
InterfaceUp(router, iface) ==
  /\ iface \notin routers[router].interfacesUp
  /\ Commit(DoInterfaceUp(World, router, iface))
Reload(router) == FaultsLeft /\ Commit(DoReload(CountFault(World), router))
Partition == ~partitioned /\ FaultsLeft /\ N > 1
             /\ Commit(Flush([CountFault(World) EXCEPT !.partitioned = TRUE], -1))
Heal == partitioned /\ Commit([World EXCEPT !.partitioned = FALSE])

InterfaceDelayExpired(router) == routers[router].interfaceDelay = 0
  /\ Commit(Handle(SetRouter(World, router, "interfaceDelay", STOPPED), router, "a"))
ActiveTimerExpired(router) == ActiveDue(router)
  /\ Commit(Handle(SetRouter(World, router, "activeTimer", STOPPED), router, "c"))
StandbyTimerExpired(router) == StandbyDue(router) /\ (~ActiveDue(router) \/ ExpiryOrder = "ANY")
  /\ Commit(Handle(SetRouter(World, router, "standbyTimer", STOPPED), router, "d"))
HelloTimerExpired(router) == routers[router].helloTimer = 0
  /\ Commit(Handle(SetRouter(World, router, "helloTimer", HelloTime), router, "e"))

MessageDelivered(sender, receiver) ==
  LET channel == <<sender, receiver>>
  IN /\ channels[channel] # <<>>
     /\ Commit(Deliver([World EXCEPT !.channels[channel] = Tail(@)], sender, receiver, Head(channels[channel])))
HelloLost(sender, receiver) ==
  LET channel == <<sender, receiver>>
  IN /\ channels[channel] # <<>> /\ Head(channels[channel]).kind = "HELLO" /\ LossesLeft
     /\ Commit([CountLoss(World) EXCEPT !.channels[channel] = Tail(@)])

Traffic == Commit(DoTraffic(World))
EspLost == LossesLeft /\ remote.saWith # NONE /\ TunnelWorks(World) /\ Commit(Unanswered(CountLoss(World)))
KeepaliveSent == KeepaliveDue(World) /\ Commit(DoKeepalive(World, FALSE))
KeepaliveLost ==
  KeepaliveDue(World) /\ LossesLeft /\ PeerAnswers(World) /\ Commit(DoKeepalive(CountLoss(World), TRUE))
KeepaliveRetryExpired == remote.dpdRetry = 0 /\ Commit(DoKeepaliveRetryExpired(World))

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

SasOnlyOnActive == \A r \in Routers : routers[r].holdsSas => routers[r].hsrp = "ACTIVE"
RouteOnlyOnActive == \A r \in Routers : routers[r].rriRoute => routers[r].hsrp = "ACTIVE"
RemotePeersWithVip == remote.saWith # NONE => PeerIsVip
PriorityMatchesTracking == \A r \in Routers : routers[r].priority = TrackedPriority(r, routers[r].interfacesUp)

AnyHsrpUp == \E r \in Routers : HSRP_INTERFACE \in routers[r].interfacesUp
ActiveRouters == {r \in Routers : routers[r].hsrp = "ACTIVE"}

SingleActive == AnyHsrpUp => Cardinality(ActiveRouters) = 1
HighestPriorityActive ==
  \A a \in ActiveRouters : \A q \in Routers \ {a} :
    Preempt[q] /\ HSRP_INTERFACE \in routers[q].interfacesUp => ~Outranks(routers[q].priority, q, routers[a].priority, a)
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
Changes(w) == Settle(w) # World
SystemEnabled == Urgent \/ Changes(DoTick(World))
TrafficEnabled == Changes(DoTraffic(World))

Fairness ==
  /\ <>[]SystemEnabled => []<><<SystemStep>>_vars
  /\ <>[]TrafficEnabled => []<><<Traffic>>_vars
  /\ <>[]partitioned => []<><<Heal>>_vars

FairSpec == Spec /\ Fairness

EventuallySingleActive == <>[]SingleActive
EventuallyHighestPriorityActive == <>[]HighestPriorityActive
EventuallyTunnelRestored == <>[]TunnelRestored

=============================================================================
