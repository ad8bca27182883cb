----------------------------- MODULE HsrpRules ------------------------------
(***************************************************************************)
(* HSRP's rules (RFC 2281 section 5, with the IOS behaviours the document *)
(* shows), as pure operators from a world (a record with the fields       *)
(* routers, channels, vipOwner, partitioned, faults, losses) to the next  *)
(* world: the state machine table, packets, timers, tracking, preempt,    *)
(* interface and reload delays, the partition, lost Hellos.               *)
(*                                                                         *)
(* A module of constants and operators only, without variables, so that  *)
(* Hsrp.tla (HSRP alone) and VpnHa.tla (the composition) both EXTEND it.  *)
(* VpnHa used to INSTANCE Hsrp for these rules; TLC then binds every      *)
(* substituted constant and variable of the instance at each call into   *)
(* it, and looks each of them up behind that many bindings (README,      *)
(* Benchmarks). A router record here has the HSRP fields only; VpnHa's    *)
(* has holdsSas and rriRoute too, which these operators leave alone.      *)
(***************************************************************************)
EXTENDS LabRouters, Sequences, FiniteSets

CONSTANTS
  ConfiguredPriority, \* [Routers -> 0..255]
  AddressRank,        \* [Routers -> Nat]: order of the HSRP interface addresses (ties go to the higher)
  Preempt,            \* [Routers -> BOOLEAN]
  PreemptDelay,       \* [Routers -> Nat]
  VipConfigured,      \* [Routers -> BOOLEAN]: standby N ip configured (else the router learns it)
  Tracks,             \* [Routers -> SUBSET (Nat \X Nat)]: <<interface, decrement>>
  HelloTime, HoldTime,
  ResignOnDisplacement, HelloOnStateChange,
  ExpiryOrder,        \* "HANDLED_FIRST", "ACTIVE_FIRST" or "ANY"
  MinimumInterfaceDelay, ReloadTime,
  MaxFaults, MaxLosses \* -1: unbounded (and then not counted)

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

Events == {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}

\* The table as a function of (state, event). A definition over constants only, so TLC computes it once, not at
\* every event (as a search of Table it cost a scan of the table per event)
Cells == [se \in States \X Events |->
            IF \E t \in Table : t[1] = se[1] /\ t[2] = se[2]
            THEN (CHOOSE t \in Table : t[1] = se[1] /\ t[2] = se[2])[3]
            ELSE NoCell]
TableCell(s, e) == Cells[<<s, e>>]
Handled == [se \in States \X Events |-> Cells[se] # NoCell]
Handles(s, e) == Handled[<<s, e>>]

----------------------------------------------------------------------------
(* Helpers on a world w with the fields routers, channels, vipOwner, partitioned, faults, losses *)

TrackedInterfaces == [r \in Routers |-> {t[1] : t \in Tracks[r]}]
Tracked(r, i) == i \in TrackedInterfaces[r]

PriorityWithUp(r, up) ==
  LET down == {t \in Tracks[r] : t[1] \notin up}
      Sum[S \in SUBSET Tracks[r]] == IF S = {} THEN 0 ELSE LET t == CHOOSE x \in S : TRUE IN t[2] + Sum[S \ {t}]
      p == ConfiguredPriority[r] - Sum[down]
  IN IF p < 0 THEN 0 ELSE p

\* Router r's priority with the interfaces up: computed once for every router and set of its interfaces (a definition
\* over constants only), since PriorityMatchesTracking asks for it in every state
Priorities == [ru \in UNION {{<<r, up>> : up \in SUBSET (0..(InterfaceCount[r] - 1))} : r \in Routers} |->
                 PriorityWithUp(ru[1], ru[2])]
TrackedPriority(r, up) == Priorities[<<r, up>>]

\* RFC 2281: the higher priority wins; equal priorities go to the higher interface address
Outranks(pp, p, pq, q) == IF pp # pq THEN pp > pq ELSE AddressRank[p] > AddressRank[q]

\* The fault and loss budgets of a bounded check (every loss in the lab, HSRP's or IKE's, counts against MaxLosses)
\* (CountFault and CountLoss on a world; FaultsLeft and LossesLeft on its count of faults or losses)
CountFault(w) == IF MaxFaults = -1 THEN w ELSE [w EXCEPT !.faults = @ + 1]
CountLoss(w) == IF MaxLosses = -1 THEN w ELSE [w EXCEPT !.losses = @ + 1]
FaultsLeft(count) == MaxFaults = -1 \/ count < MaxFaults
LossesLeft(count) == MaxLosses = -1 \/ count < MaxLosses

\* Drops the packets in flight to and from router r (every channel when r = -1)
Flush(w, r) == [w EXCEPT !.channels = [pq \in RouterPairs |->
                  IF r = -1 \/ pq[1] = r \/ pq[2] = r THEN <<>> ELSE w.channels[pq]]]

\* A preempt cell becomes a coup when the router (record me) preempts and its preempt delay has run out
Resolve(me, r, c) ==
  IF ~c.pre THEN c
  ELSE IF Preempt[r] /\ me.preemptDelay = 0 THEN Cell({"B", "G", "F", "I"}, "ACTIVE")
  ELSE Cell({"A"}, "STAY")

(* Feeds one RFC 2281 event to router r, whose record is me: w.routers[r], or that record with what the router    *)
(* just learned or the timer just consumed. In the table's order: the timer actions C, D, A, B; the state change *)
(* (what the router knows of the Active and Standby routers, its timers); then the packets G (Coup), F or a      *)
(* state change's announcement (Hello), H (Resign), multicast from r to every router that can hear it (the       *)
(* Active router's packets refresh the virtual MAC); then I (the virtual MAC). Written as one new record and one *)
(* update of the world, not a chain of updates: TLC looks every name up along the bindings of all enclosing      *)
(* LETs and calls, so each nested step made every later one slower (README, Benchmarks). IPsec's reaction to     *)
(* leaving Active (a coupled crypto map deletes its SAs) is Rri's rule, applied by VpnHa after every action.     *)
Handle(w, r, me, event) ==
  LET from == me.hsrp
      c == Resolve(me, r, TableCell(from, event))
      to == IF c.listenOrLearn /\ ~VipConfigured[r] THEN "LEARN" ELSE c.next
      changes == to \notin {"STAY", "NONE"} /\ to # from
      now == IF changes THEN to ELSE from
      announce == changes /\ SendsHellos(to) /\ HelloOnStateChange
      x == [me EXCEPT
              !.hsrp = now,
              !.activeTimer = IF changes /\ to = "ACTIVE" THEN STOPPED
                              ELSE IF "A" \in c.actions THEN HoldTime ELSE IF "C" \in c.actions THEN STOPPED ELSE @,
              !.standbyTimer = IF "B" \in c.actions THEN HoldTime ELSE IF "D" \in c.actions THEN STOPPED ELSE @,
              !.helloTimer = IF ~changes THEN @ ELSE IF to = "INITIAL" THEN STOPPED
                             ELSE IF from = "INITIAL" \/ announce THEN HelloTime ELSE @,
              !.preemptDelay = IF ~changes THEN @ ELSE IF to = "INITIAL" THEN 0
                               ELSE IF from = "INITIAL" THEN PreemptDelay[r] ELSE @,
              !.knownActive = IF ~changes THEN @ ELSE IF to = "ACTIVE" THEN r
                              ELSE IF @ = r \/ event = "c" \/ to = "INITIAL" THEN UNKNOWN ELSE @,
              !.knownStandby = IF ~changes THEN @ ELSE IF to = "STANDBY" THEN r
                               ELSE IF @ = r \/ event = "d" \/ to = "INITIAL" THEN UNKNOWN ELSE @]
      up == HSRP_INTERFACE \in me.interfacesUp
      msgs == IF ~up THEN <<>>
              ELSE (IF "G" \in c.actions THEN <<[kind |-> "COUP", senderState |-> now, priority |-> me.priority]>>
                    ELSE <<>>)
                \o (IF "F" \in c.actions \/ announce
                    THEN <<[kind |-> "HELLO", senderState |-> now, priority |-> me.priority]>> ELSE <<>>)
                \o (IF "H" \in c.actions THEN <<[kind |-> "RESIGN", senderState |-> from, priority |-> me.priority]>>
                    ELSE <<>>)
  IN IF c.next = "NONE" THEN [w EXCEPT !.routers[r] = me]
     ELSE [w EXCEPT
             !.routers[r] = x,
             !.vipOwner = IF up /\ ((msgs # <<>> /\ now = "ACTIVE") \/ "I" \in c.actions) THEN r ELSE @,
             !.channels = IF msgs = <<>> \/ w.partitioned THEN @
                          ELSE [pq \in RouterPairs |->
                                  IF pq[1] = r /\ pq[2] # r /\ HSRP_INTERFACE \in w.routers[pq[2]].interfacesUp
                                  THEN @[pq] \o msgs ELSE @[pq]]]

\* Router q receives a packet from p: events f-l, with what IOS learns from Hellos on the way
Deliver(w, p, q, m) ==
  LET me == w.routers[q]
      higher == Outranks(m.priority, p, me.priority, q)
  IN IF me.hsrp = "INITIAL" THEN w
     ELSE IF m.kind = "HELLO" THEN
       IF m.senderState = "ACTIVE" THEN
         Handle(w, q, IF me.hsrp # "ACTIVE" \/ higher
                      THEN [me EXCEPT !.knownActive = p, !.knownStandby = IF @ = p THEN UNKNOWN ELSE @]
                      ELSE me,
                IF higher THEN "g" ELSE "h")
       ELSE IF m.senderState = "STANDBY" THEN
         Handle(w, q, IF me.hsrp # "STANDBY" \/ higher THEN [me EXCEPT !.knownStandby = p] ELSE me,
                IF higher THEN "k" ELSE "l")
       ELSE IF m.senderState = "SPEAK" /\ higher THEN Handle(w, q, me, "f")
       ELSE w
     ELSE IF m.kind = "COUP" THEN
       IF higher THEN Handle(w, q, IF me.hsrp = "ACTIVE" THEN [me EXCEPT !.knownActive = p] ELSE me, "j") ELSE w
     ELSE \* RESIGN: event i only from a router giving up Active
       IF m.senderState = "ACTIVE"
       THEN Handle(w, q, IF me.knownActive = p THEN [me EXCEPT !.knownActive = UNKNOWN] ELSE me, "i")
       ELSE w

----------------------------------------------------------------------------
(* Interfaces, reloads, time *)

\* Router r's record (me) with the interfaces up: a change of a tracked interface i sets the priority
WithInterfaces(me, r, i, up) ==
  [me EXCEPT !.interfacesUp = up, !.priority = IF Tracked(r, i) THEN TrackedPriority(r, up) ELSE @]

DoInterfaceDown(w, r, i) ==
  LET x == WithInterfaces(w.routers[r], r, i, w.routers[r].interfacesUp \ {i})
  IN IF i # HSRP_INTERFACE THEN [w EXCEPT !.routers[r] = x]
     ELSE LET y == [x EXCEPT !.interfaceDelay = STOPPED]
              w1 == Flush(IF y.hsrp # "INITIAL" THEN Handle(w, r, y, "b") ELSE [w EXCEPT !.routers[r] = y], r)
          IN IF w1.vipOwner = r THEN [w1 EXCEPT !.vipOwner = -1] ELSE w1

DoInterfaceUp(w, r, i) ==
  LET x == WithInterfaces(w.routers[r], r, i, w.routers[r].interfacesUp \cup {i})
  IN [w EXCEPT !.routers[r] = IF i = HSRP_INTERFACE /\ x.interfaceDelay = STOPPED
                              THEN [x EXCEPT !.interfaceDelay = MinimumInterfaceDelay] ELSE x]

\* A reload's HSRP side: the router starts over after ReloadTime (VpnHa also drops its SAs and routes)
DoReload(w, r) ==
  LET me == w.routers[r]
      w1 == [w EXCEPT !.routers[r] = [me EXCEPT !.hsrp = "INITIAL", !.activeTimer = STOPPED,
               !.standbyTimer = STOPPED, !.helloTimer = STOPPED, !.preemptDelay = 0, !.knownActive = UNKNOWN,
               !.knownStandby = UNKNOWN,
               !.interfaceDelay = IF HSRP_INTERFACE \in me.interfacesUp
                                  THEN ReloadTime + MinimumInterfaceDelay ELSE STOPPED]]
      w2 == Flush(w1, r)
  IN IF w2.vipOwner = r THEN [w2 EXCEPT !.vipOwner = -1] ELSE w2

DoTick(w) ==
  [w EXCEPT !.routers = [r \in Routers |-> [w.routers[r] EXCEPT
               !.activeTimer = CountDown(@), !.standbyTimer = CountDown(@), !.helloTimer = CountDown(@),
               !.interfaceDelay = CountDown(@), !.preemptDelay = IF @ > 0 THEN @ - 1 ELSE 0]]]

----------------------------------------------------------------------------
(* What is due: time passes only when nothing is *)

(* RFC 2281 consumes every expiry at once, even where the state has no cell (Speak + c); IOS keeps an expired    *)
(* timer expired until the state can act on it ("HANDLED_FIRST"), so such an expiry waits and does not stop time. *)
(* When both are due, c goes first unless the order is "ANY", which explores both.                              *)
ExpiryWaits == ExpiryOrder = "HANDLED_FIRST"
ActiveDue(w, r) == w.routers[r].activeTimer = 0 /\ (~ExpiryWaits \/ Handles(w.routers[r].hsrp, "c"))
StandbyDue(w, r) == w.routers[r].standbyTimer = 0 /\ (~ExpiryWaits \/ Handles(w.routers[r].hsrp, "d"))

Due(w) ==
  \/ \E r \in Routers : \/ w.routers[r].interfaceDelay = 0 \/ ActiveDue(w, r) \/ StandbyDue(w, r)
                        \/ w.routers[r].helloTimer = 0
  \/ \E pq \in RouterPairs : w.channels[pq] # <<>>

\* The events of the due actions, on the world after the action took its budget
DoInterfaceDelayExpired(w, r) == Handle(w, r, [w.routers[r] EXCEPT !.interfaceDelay = STOPPED], "a")
DoActiveTimerExpired(w, r) == Handle(w, r, [w.routers[r] EXCEPT !.activeTimer = STOPPED], "c")
DoStandbyTimerExpired(w, r) == Handle(w, r, [w.routers[r] EXCEPT !.standbyTimer = STOPPED], "d")
DoHelloTimerExpired(w, r) == Handle(w, r, [w.routers[r] EXCEPT !.helloTimer = HelloTime], "e")
DoMessageDelivered(w, p, q) ==
  Deliver([w EXCEPT !.channels[<<p, q>>] = Tail(@)], p, q, Head(w.channels[<<p, q>>]))
DoPartition(w) == Flush([CountFault(w) EXCEPT !.partitioned = TRUE], -1)

(* Enabledness of the actions whose guard is more than "something is there" *)
StandbyExpiryEnabled(w, r) == StandbyDue(w, r) /\ (~ActiveDue(w, r) \/ ExpiryOrder = "ANY")
HelloLossEnabled(w, p, q) ==
  w.channels[<<p, q>>] # <<>> /\ Head(w.channels[<<p, q>>]).kind = "HELLO" /\ LossesLeft(w.losses)

----------------------------------------------------------------------------
(* HSRP's share of the lab's properties, on the routers' records rs (Hsrp.tla and VpnHa.tla name them; VpnHa     *)
(* does not INSTANCE Hsrp for them, which would bind Hsrp's 26 constants and variables at every evaluation)     *)

PriorityMatchesTrackingIn(rs) == \A r \in Routers : rs[r].priority = TrackedPriority(r, rs[r].interfacesUp)
AnyHsrpUpIn(rs) == \E r \in Routers : HSRP_INTERFACE \in rs[r].interfacesUp
ActiveRoutersIn(rs) == {r \in Routers : rs[r].hsrp = "ACTIVE"}
SingleActiveIn(rs) == AnyHsrpUpIn(rs) => Cardinality(ActiveRoutersIn(rs)) = 1
HighestPriorityActiveIn(rs) ==
  \A a \in ActiveRoutersIn(rs) : \A q \in Routers \ {a} :
    Preempt[q] /\ HSRP_INTERFACE \in rs[q].interfacesUp => ~Outranks(rs[q].priority, q, rs[a].priority, a)
=============================================================================
