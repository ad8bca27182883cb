----------------------------- MODULE TraceVpnHa -----------------------------
(***************************************************************************)
(* Trace validation (Cirstea, Kuppe, Loillier and Merz, 2024; CCF's        *)
(* Traceccfraft.tla): VpnHa constrained to logged behaviours. TLC explores *)
(* only the behaviours of VpnHa that produce a trace; the trace is one of  *)
(* them when a state matches its last entry.                                *)
(*                                                                         *)
(* A trace is a sequence of entries, one per logged state. An entry names  *)
(* the action that led to it ("" when unknown) and gives logged values by  *)
(* slot: a slot is one leaf of the state (a router's field, a channel, a   *)
(* field of remote, or a scalar variable), numbered as Slot below. A slot   *)
(* the trace never logs is free, so partial traces (some variables only,   *)
(* one router only) are accepted. In a trace whose every step is logged     *)
(* (Complete), an entry lists only the slots that changed; the others keep *)
(* their value. Up to MaxUnlogged unlogged steps may precede each logged   *)
(* state.                                                                  *)
(*                                                                         *)
(* Several traces are validated in one run: the variable trace chooses    *)
(* one in the initial state. Each time a state matches an entry, TLC       *)
(* prints <<"havpn-matched", trace, entry>>: the bridge reads the longest  *)
(* matched prefix of every trace from these lines.                        *)
(***************************************************************************)
EXTENDS VpnHa, TLC

CONSTANTS
  TraceLog,    \* <<trace_1, ..., trace_k>>; trace_i = <<[action |-> name, slots |-> (slot :> value @@ ...)], ...>>
  Logged,      \* Logged[i]: the slots trace i logs
  Complete,    \* Complete[i]: every step of trace i is logged, so an entry lists only the slots that changed
  MaxUnlogged  \* unlogged steps allowed before each logged state

VARIABLES trace, matched, unlogged

traceVars == <<vars, trace, matched, unlogged>>

(* The slots, in the order the bridge numbers them (io.havpn.bridge.validate.TraceSlots) *)
RouterFields == <<"hsrp", "interfacesUp", "priority", "activeTimer", "standbyTimer", "helloTimer", "interfaceDelay",
                  "preemptDelay", "knownActive", "knownStandby", "holdsSas", "rriRoute">>
RemoteFields == <<"saWith", "dpdIdle", "dpdRetry", "dpdErrors", "unanswered">>
RouterSlots == N * Len(RouterFields)
ChannelSlots == N * N

Slot(k) ==
  IF k <= RouterSlots
  THEN routers[(k - 1) \div Len(RouterFields)][RouterFields[((k - 1) % Len(RouterFields)) + 1]]
  ELSE IF k <= RouterSlots + ChannelSlots
  THEN LET c == k - RouterSlots - 1 IN channels[<<c \div N, c % N>>]
  ELSE LET j == k - RouterSlots - ChannelSlots
       IN CASE j = 1 -> vipOwner
            [] j = 2 -> partitioned
            [] j \in 3..7 -> remote[RemoteFields[j - 2]]
            [] j = 8 -> ospfNextHops
            [] j = 9 -> faults
            [] OTHER -> losses

(* TLC evaluates a constant that the cfg substitutes with a definition (<-) each time it is used: TLCEval makes *)
(* the traces values once, at startup.                                                                         *)
Log == TLCEval(TraceLog)
LoggedSlots == TLCEval(Logged)
CompleteTrace == TLCEval(Complete)

Entry(i) == Log[trace][i]

\* The state has every value entry e logs
Shows(e) == \A k \in DOMAIN e.slots : Slot(k) = e.slots[k]

\* The action an entry names; an unknown name (TLC names some steps after an inner operator) is any step
Named(a) ==
  CASE a = "Tick" -> Tick
    [] a = "InterfaceDown" -> \E r \in Routers : \E i \in 0..(InterfaceCount[r] - 1) : InterfaceDown(r, i)
    [] a = "InterfaceUp" -> \E r \in Routers : \E i \in 0..(InterfaceCount[r] - 1) : InterfaceUp(r, i)
    [] a = "Reload" -> \E r \in Routers : Reload(r)
    [] a = "Partition" -> Partition
    [] a = "Heal" -> Heal
    [] a = "InterfaceDelayExpired" -> \E r \in Routers : InterfaceDelayExpired(r)
    [] a = "ActiveTimerExpired" -> \E r \in Routers : ActiveTimerExpired(r)
    [] a = "StandbyTimerExpired" -> \E r \in Routers : StandbyTimerExpired(r)
    [] a = "HelloTimerExpired" -> \E r \in Routers : HelloTimerExpired(r)
    [] a = "MessageDelivered" -> \E p, q \in Routers : MessageDelivered(p, q)
    [] a = "HelloLost" -> \E p, q \in Routers : HelloLost(p, q)
    [] a = "Traffic" -> Traffic
    [] a = "EspLost" -> EspLost
    [] a = "KeepaliveSent" -> KeepaliveSent
    [] a = "KeepaliveLost" -> KeepaliveLost
    [] a = "KeepaliveRetryExpired" -> KeepaliveRetryExpired
    [] OTHER -> Next

Matched(t, i) == PrintT(<<"havpn-matched", t, i>>)

TraceInit ==
  /\ Init
  /\ trace \in DOMAIN Log
  /\ unlogged = 0
  /\ matched \in IF Shows(Entry(1)) THEN {0, 1} ELSE {0}
  /\ matched = 1 => Matched(trace, 1)

\* The next entry's state, reached by the action it names
LoggedStep ==
  /\ matched < Len(Log[trace])
  /\ \E e \in {Entry(matched + 1)} : \* a value, not an expression over the variables, inside the primes
        /\ Named(e.action)
        /\ Shows(e)'
        /\ CompleteTrace[trace] => \A k \in LoggedSlots[trace] \ DOMAIN e.slots : Slot(k)' = Slot(k)
  /\ matched' = matched + 1
  /\ unlogged' = 0
  /\ trace' = trace
  /\ Matched(trace, matched + 1)

UnloggedStep ==
  /\ matched < Len(Log[trace])
  /\ unlogged < MaxUnlogged
  /\ Next
  /\ unlogged' = unlogged + 1
  /\ UNCHANGED <<trace, matched>>

TraceNext == LoggedStep \/ UnloggedStep

TraceSpec == TraceInit /\ [][TraceNext]_traceVars

=============================================================================
