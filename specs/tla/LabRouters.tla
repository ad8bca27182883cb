----------------------------- MODULE LabRouters -----------------------------
(***************************************************************************)
(* The lab's HSRP routers and their interfaces, shared by the protocol     *)
(* modules (Hsrp, IkeKeepalive, Rri) and their composition (VpnHa).        *)
(*                                                                         *)
(* Routers are the indices 0..N-1 of the lab's router list; interfaces the *)
(* indices of each router's interface list (0 the HSRP interface, 1 the    *)
(* inside one). A "world" w is a record of a module's variables: each      *)
(* protocol module writes its rules as pure operators from a world to the  *)
(* next world, so the same operator serves the module alone and VpnHa,     *)
(* whose world has more fields (records are updated with EXCEPT only).     *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
  N,              \* number of HSRP routers
  InterfaceCount  \* [Routers -> Nat]: interfaces modelled per router

Routers == 0..(N - 1)
RouterPairs == Routers \X Routers  \* the channels' domain; a constant definition, which TLC computes once
STOPPED == -1        \* a timer that is not running
UNKNOWN == -1        \* a router not known (knownActive, knownStandby)
NONE == -1           \* no router (the remote's SAs, the peer address)
HSRP_INTERFACE == 0
INSIDE_INTERFACE == 1

Up(w, r, i) == i \in w.routers[r].interfacesUp
HsrpUp(w, r) == Up(w, r, HSRP_INTERFACE)
SetRouter(w, r, field, v) == [w EXCEPT !.routers[r][field] = v]
CountDown(t) == IF t > 0 THEN t - 1 ELSE t

=============================================================================
