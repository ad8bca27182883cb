------------------------------ MODULE RriRules ------------------------------
(***************************************************************************)
(* The HSRP routers' crypto maps and routing, as operators on a world     *)
(* (a record with the fields routers and ospfNextHops): IPsec SAs that    *)
(* follow the group, reverse route injection, and redistribution into    *)
(* OSPF. Settle is applied after every action of VpnHa. Constants and    *)
(* operators only: both Rri.tla (alone) and VpnHa.tla EXTEND it (see      *)
(* HsrpRules.tla for why VpnHa does not INSTANCE the protocol modules).   *)
(***************************************************************************)
EXTENDS LabRouters

CONSTANTS
  HasCryptoMap,       \* [Routers -> BOOLEAN]
  ReverseRoute,       \* [Routers -> BOOLEAN]
  Coupled,            \* [Routers -> BOOLEAN]: crypto map redundancy name = group name
  Redistribute,       \* [Routers -> BOOLEAN]: redistribute static into OSPF
  InvalidSpiRecovery, \* [Routers -> BOOLEAN]: tells the remote of an unknown SPI (VpnHa's traffic uses it)
  RriDynamic          \* RRI of a dynamic crypto map: the route follows the SAs

\* IPsec follows the group: a coupled crypto map (router r, record x) holds SAs only while Active (it drops them on
\* leaving Active)
SasKept(r, x) == x.holdsSas /\ (~Coupled[r] \/ x.hsrp = "ACTIVE")

\* Reverse route injection: a static map injects the route while the group is up there (Active, when coupled); a
\* dynamic map while it holds SAs (sas: whether router r, record x, holds them once settled)
RouteWanted(r, x, sas) ==
  /\ HasCryptoMap[r] /\ ReverseRoute[r]
  /\ IF RriDynamic THEN sas
     ELSE HSRP_INTERFACE \in x.interfacesUp /\ (~Coupled[r] \/ x.hsrp = "ACTIVE")

(* After every action: the SAs, then the RRI routes (on the SAs just kept), then the inside router's OSPF next   *)
(* hops. TLC applies this to every successor state: one pass over the routers, and a router's record is copied  *)
(* only when it changes.                                                                                        *)
SettledRouters(rs) ==
  [r \in Routers |->
     LET x == rs[r]
         kept == SasKept(r, x)
         route == RouteWanted(r, x, kept)
     IN IF kept = x.holdsSas /\ route = x.rriRoute THEN x ELSE [x EXCEPT !.holdsSas = kept, !.rriRoute = route]]
NextHops(rs) == {r \in Routers : rs[r].rriRoute /\ Redistribute[r] /\ INSIDE_INTERFACE \in rs[r].interfacesUp}

\* Rri's share of the lab's properties, on the routers' records rs (Rri.tla and VpnHa.tla name them)
SasOnlyOnActiveIn(rs) == \A r \in Routers : rs[r].holdsSas => rs[r].hsrp = "ACTIVE"
RouteOnlyOnActiveIn(rs) == \A r \in Routers : rs[r].rriRoute => rs[r].hsrp = "ACTIVE"

Settle(w) == LET rs == SettledRouters(w.routers) IN [w EXCEPT !.routers = rs, !.ospfNextHops = NextHops(rs)]

=============================================================================
