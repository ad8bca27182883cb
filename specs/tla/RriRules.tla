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
\* dynamic map while it holds SAs
RouteWanted(r, x) ==
  /\ HasCryptoMap[r] /\ ReverseRoute[r]
  /\ IF RriDynamic THEN x.holdsSas
     ELSE HSRP_INTERFACE \in x.interfacesUp /\ (~Coupled[r] \/ x.hsrp = "ACTIVE")

(* After every action: the SAs, then the RRI routes (on the SAs just kept), then the inside router's OSPF next   *)
(* hops. One pass per router, one update of the world: TLC applies Settle to every successor state.             *)
Settle(w) ==
  LET settled == [r \in Routers |-> LET x == [w.routers[r] EXCEPT !.holdsSas = SasKept(r, w.routers[r])]
                                    IN [x EXCEPT !.rriRoute = RouteWanted(r, x)]]
  IN [w EXCEPT !.routers = settled,
               !.ospfNextHops = {r \in Routers : settled[r].rriRoute /\ Redistribute[r]
                                                 /\ INSIDE_INTERFACE \in settled[r].interfacesUp}]

=============================================================================
