-------------------------------- MODULE Rri ---------------------------------
(***************************************************************************)
(* The HSRP routers' crypto maps and routing: IPsec SAs that follow the   *)
(* group ("crypto map ... redundancy NAME": a router answers IKE only     *)
(* while Active and deletes its SAs on leaving Active), reverse route     *)
(* injection (static map: the route while the group is Active; dynamic:   *)
(* while SAs exist), and redistribution into OSPF, which gives the inside *)
(* router its next hops.                                                   *)
(*                                                                         *)
(* Settle (RriRules.tla) is applied after every action of VpnHa. Alone   *)
(* (MCRri.tla, MCRri.cfg): there the HSRP roles, the interfaces and the   *)
(* negotiations change freely, and Settle follows each change.            *)
(***************************************************************************)
EXTENDS RriRules

VARIABLES routers, ospfNextHops

rriVars == <<routers, ospfNextHops>>

----------------------------------------------------------------------------
(* The crypto maps and routing alone: the environment changes roles, interfaces and SAs *)

World == [routers |-> routers, ospfNextHops |-> ospfNextHops]

Commit(w) == LET s == Settle(w) IN routers' = s.routers /\ ospfNextHops' = s.ospfNextHops

HsrpStates == {"INITIAL", "LEARN", "LISTEN", "SPEAK", "STANDBY", "ACTIVE"}

\* HSRP moves router r to state s (a router whose HSRP interface is down stays Initial)
RoleChanged(router, s) ==
  /\ s # routers[router].hsrp /\ (HsrpUp(World, router) \/ s = "INITIAL")
  /\ Commit(SetRouter(World, router, "hsrp", s))
InterfaceToggled(router, iface) ==
  LET up == routers[router].interfacesUp
      now == IF iface \in up THEN up \ {iface} ELSE up \cup {iface}
      w == SetRouter(World, router, "interfacesUp", now)
  IN Commit(IF iface = HSRP_INTERFACE /\ iface \notin now THEN SetRouter(w, router, "hsrp", "INITIAL") ELSE w)
\* The remote negotiates with a router whose crypto map answers: while Active when coupled
SasNegotiated(router) ==
  /\ HasCryptoMap[router] /\ HsrpUp(World, router) /\ ~routers[router].holdsSas
  /\ (Coupled[router] => routers[router].hsrp = "ACTIVE")
  /\ Commit(SetRouter(World, router, "holdsSas", TRUE))
SasDeleted(router) == routers[router].holdsSas /\ Commit(SetRouter(World, router, "holdsSas", FALSE))

Init ==
  /\ routers = [r \in Routers |-> [hsrp |-> "INITIAL", interfacesUp |-> 0..(InterfaceCount[r] - 1),
                                   holdsSas |-> FALSE, rriRoute |-> FALSE]]
  /\ ospfNextHops = {}

Next ==
  \E r \in Routers :
    \/ \E s \in HsrpStates : RoleChanged(r, s)
    \/ \E i \in 0..(InterfaceCount[r] - 1) : InterfaceToggled(r, i)
    \/ SasNegotiated(r) \/ SasDeleted(r)

Spec == Init /\ [][Next]_rriVars

----------------------------------------------------------------------------
(* The routers' own invariants, and their share of the lab's properties *)

SasOnlyOnActive == SasOnlyOnActiveIn(routers)
RouteOnlyOnActive == RouteOnlyOnActiveIn(routers)
\* OSPF next hops are exactly the routers that inject the route, redistribute it and reach the inside
NextHopsFollowRoutes ==
  ospfNextHops = {r \in Routers : routers[r].rriRoute /\ Redistribute[r] /\ INSIDE_INTERFACE \in routers[r].interfacesUp}
\* The inside router routes to an Active router that is fully up (and, with a dynamic map, holds the SAs)
InsideRoutesToActive ==
  \A r \in Routers :
    routers[r].hsrp = "ACTIVE" /\ routers[r].interfacesUp = 0..(InterfaceCount[r] - 1)
      /\ (RriDynamic => routers[r].holdsSas)
    => r \in ospfNextHops

=============================================================================
