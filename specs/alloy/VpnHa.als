/*
 * VpnHa.als: is an HA site-to-site IPsec VPN configuration coherent? (Alloy 6)
 *
 * The routers, interfaces, HSRP groups, crypto maps, ACLs and OSPF of a set of IOS running-configs. havpn's config
 * importer turns parsed configs into an instance of this model (one atom per configured element, facts that fix every
 * relation) and checks each assertion below on it; a violated assertion is a finding, and the atoms of its culprit
 * function name the config lines at fault. The same model generates valid designs: pred validDesign, and the run
 * commands at the end.
 *
 * Names follow IOS. Every assertion is "no culprits": its function returns what is wrong.
 */
module VpnHa

-- IOS names (group names, crypto map names, interface names), addresses and networks are atoms; the importer makes
-- one atom per distinct value, so equal values are equal atoms.
sig Name {}
sig Address {}
sig Net {
  members: set Address         -- the instance's addresses inside this network
}
sig Classful in Net {}          -- a class A, B or C network with its natural mask
sig Transform {}                -- esp-des, esp-md5-hmac, ...
sig GroupNumber {}

/**
 * A number (priority, decrement, seconds): one atom per value, succ the next larger value present. Arithmetic on
 * them is a table the importer writes for the values at hand, so that the model needs no wide Int universe (Alloy's
 * integers make every check slow): minus is priority minus decrement (0 at least, as IOS), triple is three times a
 * hello time.
 */
sig Level {
  succ: lone Level,
  minus: Level -> lone Level,
  triple: lone Level
}
/** The values smaller than l. */
fun below[l: Level]: set Level { l.^(~succ) }

sig Router {
  interfaces: set Interface,
  keys: set Address,            -- crypto isakmp key ... address A: the peers it has a key for
  keepalive: lone Keepalive,    -- crypto isakmp keepalive
  entries: set MapEntry,        -- crypto map NAME SEQ ipsec-isakmp
  ospf: lone Ospf
}
sig Interface {
  ifName: one Name,
  address: lone Address,
  subnet: lone Net,
  groups: set Group,            -- standby N ...
  applied: lone Name,           -- crypto map NAME
  redundancy: lone Name         -- crypto map NAME redundancy GROUPNAME
}
sig Shutdown in Interface {}

sig Group {
  number: one GroupNumber,
  groupName: lone Name,         -- standby N name NAME
  vip: lone Address,            -- standby N ip A (none: learnt from the Active router)
  priority: one Level,          -- standby N priority P (default 100)
  tracks: set Track,            -- standby N track INTERFACE [DECREMENT]
  hello: one Level,             -- standby N timers H H, whole seconds (defaults 3 and 10)
  hold: one Level,
  delay: one Level              -- standby N preempt delay minimum S (0 without a delay)
}
sig Preempts in Group {}        -- standby N preempt

sig Track {
  tracked: one Name,
  decrement: one Level
}

sig MapEntry {
  mapName: one Name,
  peers: set Address,           -- set peer A
  transforms: set Transform,    -- the transforms of its set transform-set
  acl: set AclEntry             -- the permits of its match address
}
sig ReverseRoute in MapEntry {}           -- reverse-route
sig UndefinedAcl in MapEntry {}           -- match address names no access list (or none is given)
sig UndefinedTransformSet in MapEntry {}  -- set transform-set names no transform set (or none is given)

sig AclEntry { src: one Net, dst: one Net }
sig Keepalive {
  interval: one Level,          -- crypto isakmp keepalive SECS
  retry: one Level              -- ... RETRY (IOS default 2)
}
sig Periodic in Keepalive {}              -- ... periodic (on-demand otherwise)
sig InvalidSpiRecovery in Router {}       -- crypto isakmp invalid-spi-recovery
sig Ospf {}
sig RedistributesStatic in Ospf {}        -- redistribute static
sig WithSubnets in RedistributesStatic {} -- ... subnets

-- every element belongs to one router
fact ownership {
  all i: Interface | one interfaces.i
  all g: Group | one groups.g
  all e: MapEntry | one entries.e
  all t: Track | one tracks.t
  all k: Keepalive | one keepalive.k
  all o: Ospf | one ospf.o
}

-- ---------------------------------------------------------------------------------------------------------------
-- roles

fun routerOf[i: Interface]: one Router { interfaces.i }
fun interfaceOf[g: Group]: one Interface { groups.g }
fun routerOfGroup[g: Group]: one Router { interfaces.(groups.g) }

/** The other members of g's HSRP group: same number, same segment. */
fun peersOf[g: Group]: set Group {
  { h: Group - g | h.number = g.number and interfaceOf[h].subnet = interfaceOf[g].subnet
      and routerOfGroup[h] != routerOfGroup[g] }
}
fun hsrpRouters: set Router { interfaces.(groups.Group) }
/** The entries of the crypto map applied on interface i. */
fun appliedEntries[i: Interface]: set MapEntry { { e: routerOf[i].entries | e.mapName = i.applied } }
/** Entries applied on an HSRP interface. */
fun groupEntries: set MapEntry { { e: MapEntry | some i: groups.Group | e in appliedEntries[i] } }
/** Remote peers: routers outside every HSRP group that apply a crypto map. */
fun remotes: set Router { { r: Router - hsrpRouters | some i: r.interfaces | some i.applied } }
fun remoteEntries: set MapEntry { { e: MapEntry | some i: remotes.interfaces | e in appliedEntries[i] } }
/** The HSRP entry h and the remote entry r peer with each other. */
pred facing[h: MapEntry, r: MapEntry] {
  some (h.peers & (entries.r).interfaces.address)
  some (r.peers & (Group.vip + (groups.Group).address))
}
fun groupsOf[r: Router]: set Group { r.interfaces.groups }
fun pairs[e: MapEntry]: Net -> Net { { s, d: Net | some a: e.acl | a.src = s and a.dst = d } }
/** The networks RRI injects: the destinations of the entry's ACL. */
fun rriNets[e: MapEntry]: set Net { e.acl.dst }

-- ---------------------------------------------------------------------------------------------------------------
-- culprits: one function per assertion; havpn maps the atoms back to config lines

/** crypto map ... redundancy NAME where no standby group of the interface is named NAME. */
fun redundancyMismatch: set Interface { { i: Interface | some i.redundancy and i.redundancy not in i.groups.groupName } }
/** A crypto map on an HSRP interface without redundancy: IPsec ignores HSRP and answers with the real address. */
fun mapNotFollowingGroup: set Interface { { i: Interface | some i.groups and some i.applied and no i.redundancy } }
/** The remote peers with something other than a virtual IP (a real address, typically). */
fun peerNotVirtualIp: set MapEntry { { e: remoteEntries | some (e.peers - Group.vip) } }
/** Transforms that differ between the routers of one group, or between a router and the remote it faces. */
fun transformMismatch: set MapEntry {
  { e: (groupEntries + remoteEntries) - UndefinedTransformSet |
      some c: counterparts[e] - UndefinedTransformSet | c.transforms != e.transforms }
}
fun counterparts[e: MapEntry]: set MapEntry {
  { c: groupEntries - e | e in groupEntries
      and (some g1: groupsOf[entries.e], g2: groupsOf[entries.c] | g2 in peersOf[g1]) }
  + { c: remoteEntries | e in groupEntries and facing[e, c] }
  + { c: groupEntries | e in remoteEntries and facing[c, e] }
}
/** ACLs that are not mirror images between a router and the remote it faces, or not equal within the group (an
 * undefined ACL is MatchAddressDefined's finding). */
fun aclMismatch: set MapEntry {
  let defined = MapEntry - UndefinedAcl {
    { e: groupEntries & defined | some c: remoteEntries & defined | facing[e, c] and pairs[e] != ~(pairs[c]) }
    + { e: remoteEntries & defined | some c: groupEntries & defined | facing[c, e] and pairs[c] != ~(pairs[e]) }
    + { e: groupEntries & defined | some c: counterparts[e] & groupEntries & defined | pairs[c] != pairs[e] }
  }
}
/** An HSRP router's crypto map without reverse-route: the inside network never learns the way to the remote. */
fun rriMissing: set MapEntry { groupEntries - ReverseRoute }
/** A peer of an applied crypto map without a pre-shared key for it. */
fun keyMissing: set MapEntry { { e: groupEntries + remoteEntries | some (e.peers - (entries.e).keys) } }
/** A remote without IKE keepalive never notices a failover: its SAs point at a router that lost them. */
fun keepaliveMissing: set Router { { r: remotes | no r.keepalive } }
/** An HSRP router whose RRI route does not reach OSPF: no redistribute static, or no subnets for a subnet. */
fun rriNotRedistributed: set Router {
  { r: hsrpRouters | some (r.entries & groupEntries & ReverseRoute)
      and (r.ospf not in RedistributesStatic
        or (r.ospf not in WithSubnets and some (rriNets[r.entries & groupEntries] - Classful))) }
}
/** The priority while the tracked interface is down. */
fun trackedPriority[t: Track]: set Level { t.decrement.((tracks.t).priority.minus) }
/** A tracked failure that leaves the router above another member of its group: the Active role does not move. */
fun trackTooSmall: set Track {
  { t: Track | some h: peersOf[tracks.t] | trackedPriority[t] not in below[h.priority] }
}
/** A member that must take over when a peer's tracked interface fails (while that peer is Active), but does not
 * preempt. */
fun preemptMissing: set Group { { h: Group - Preempts | some g: peersOf[h] | some g.tracks } }
/** A member that tracks no interface besides its HSRP one: a failure inside leaves it Active, with a black hole. */
fun insideNotTracked: set Group {
  { g: Group | some peersOf[g] and no t: g.tracks | t.tracked in (routerOfGroup[g].interfaces - interfaceOf[g]).ifName }
}
/** Members of one group with different virtual IPs or names. */
fun groupDisagrees: set Group {
  { g: Group | some h: peersOf[g] | (some g.vip and some h.vip and g.vip != h.vip)
      or (some g.groupName and some h.groupName and g.groupName != h.groupName) }
}
/** No member of the group configures the virtual IP. */
fun virtualIpMissing: set Group { { g: Group | no (g + peersOf[g]).vip } }
/** A virtual IP outside the interface's subnet, or a router's own address. */
fun virtualIpOutsideSubnet: set Group {
  { g: Group | some g.vip and (g.vip not in interfaceOf[g].subnet.members or g.vip in Interface.address) }
}
fun holdNotAboveHello: set Group { { g: Group | g.hello not in below[g.hold] } }
/** Members with different timers: IOS learns the Active's, but a new Active changes them for everyone. */
fun timersDisagree: set Group { { g: Group | some h: peersOf[g] | h.hello != g.hello or h.hold != g.hold } }
/** A hold time under three hellos: one lost Hello may make two routers Active. */
fun holdShort: set Group { { g: Group | g.hello in below[g.hold] and g.hold in below[g.hello.triple] } }
fun trackedInterfaceUnknown: set Track { { t: Track | t.tracked not in routerOfGroup[tracks.t].interfaces.ifName } }
fun appliedMapUndefined: set Interface { { i: Interface | some i.applied and no appliedEntries[i] } }
fun aclUndefined: set MapEntry { (groupEntries + remoteEntries) & UndefinedAcl }
fun transformSetUndefined: set MapEntry { (groupEntries + remoteEntries) & UndefinedTransformSet }
fun hsrpInterfaceShutdown: set Interface { (groups.Group) & Shutdown }

-- ---------------------------------------------------------------------------------------------------------------
-- assertions (errors, then warnings: havpn's lint gives each its severity)

assert RedundancyMatchesGroup { no redundancyMismatch }
assert CryptoMapFollowsGroup { no mapNotFollowingGroup }
assert RemotePeerIsVirtualIp { no peerNotVirtualIp }
assert TransformSetsMatch { no transformMismatch }
assert AclsMirrored { no aclMismatch }
assert ReverseRouteOnEveryRouter { no rriMissing }
assert KeysForPeers { no keyMissing }
assert RemoteHasKeepalive { no keepaliveMissing }
assert RriRouteRedistributed { no rriNotRedistributed }
assert TrackedFailureMovesActive { no trackTooSmall }
assert TakeoverRouterPreempts { no preemptMissing }
assert InsideFailureTracked { no insideNotTracked }
assert GroupAgrees { no groupDisagrees }
assert VirtualIpConfigured { no virtualIpMissing }
assert VirtualIpInSubnet { no virtualIpOutsideSubnet }
assert HoldExceedsHello { no holdNotAboveHello }
assert TrackedInterfaceExists { no trackedInterfaceUnknown }
assert CryptoMapDefined { no appliedMapUndefined }
assert MatchAddressDefined { no aclUndefined }
assert TransformSetDefined { no transformSetUndefined }
assert TimersAgree { no timersDisagree }
assert HoldAtLeastThreeHellos { no holdShort }
assert HsrpInterfaceUp { no hsrpInterfaceShutdown }

-- ---------------------------------------------------------------------------------------------------------------
-- generation: designs that every assertion accepts

pred validDesign {
  no redundancyMismatch and no mapNotFollowingGroup and no peerNotVirtualIp and no transformMismatch
  no aclMismatch and no rriMissing and no keyMissing and no keepaliveMissing and no rriNotRedistributed
  no trackTooSmall and no preemptMissing and no insideNotTracked and no groupDisagrees and no virtualIpMissing
  no virtualIpOutsideSubnet and no holdNotAboveHello and no trackedInterfaceUnknown and no appliedMapUndefined
  no aclUndefined and no transformSetUndefined and no timersDisagree and no holdShort and no hsrpInterfaceShutdown
}

/** The shape of the labs havpn's model runs: one group of n routers, one remote, one inside router. */
pred labShape[n: Int] {
  #hsrpRouters = n and one remotes and #Router = plus[n, 2]
  one GroupNumber
  all r: hsrpRouters | one r.interfaces.groups and #r.interfaces = 2 and one r.entries and one r.ospf
  all g: Group | one g.tracks
  all r: remotes | one r.entries and one r.interfaces
  no Shutdown
}

/** Arithmetic tables for free-standing runs in the Analyzer (havpn writes them for the values it uses). */
pred arithmetic {
  all a, b: Level | a != b implies (a in below[b] or b in below[a])
  no a: Level | a in below[a]
}

run generate2 { arithmetic and labShape[2] and validDesign } for 8 but exactly 4 Router
run generate3 { arithmetic and labShape[3] and validDesign } for 8 but exactly 5 Router
run generate4 { arithmetic and labShape[4] and validDesign } for 10 but exactly 6 Router
