------------------------------- MODULE MCVpnHa -------------------------------
(* The source document's lab (io.havpn.model.lab.SeedLab) as constants for TLC. *)
(* Router 0 is 7204VXR-1, router 1 is 7204VXR-2; interface 0 is FastEthernet0/0, *)
(* interface 1 the inside one (FastEthernet0/1, FastEthernet1/0).                 *)
EXTENDS VpnHa, TLC

MC_N == 2
MC_InterfaceCount == (0 :> 2 @@ 1 :> 2)
MC_ConfiguredPriority == (0 :> 200 @@ 1 :> 100)
MC_AddressRank == (0 :> 0 @@ 1 :> 1)
MC_Preempt == (0 :> TRUE @@ 1 :> TRUE)
MC_PreemptDelay == (0 :> 0 @@ 1 :> 0)
MC_VipConfigured == (0 :> TRUE @@ 1 :> TRUE)
MC_Tracks == (0 :> {<<1, 150>>} @@ 1 :> {<<1, 10>>})
MC_HasCryptoMap == (0 :> TRUE @@ 1 :> TRUE)
MC_ReverseRoute == (0 :> TRUE @@ 1 :> TRUE)
MC_Coupled == (0 :> TRUE @@ 1 :> TRUE)
MC_Redistribute == (0 :> TRUE @@ 1 :> TRUE)
MC_InvalidSpiRecovery == (0 :> FALSE @@ 1 :> FALSE)
MC_PeerRouter == -1
=============================================================================
