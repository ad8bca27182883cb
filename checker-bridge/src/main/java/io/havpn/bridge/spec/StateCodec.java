package io.havpn.bridge.spec;

import io.havpn.bridge.tla.TlaValue;
import io.havpn.model.RemoteState;
import io.havpn.model.RouterState;
import io.havpn.model.SystemState;
import io.havpn.model.hsrp.HsrpMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projection of a Java {@link SystemState} onto the variables of VpnHa.tla: the TLA+ value each variable has in
 * the corresponding TLC state. Two states are "the same" when their projections are equal; counterexample replay,
 * trace validation and the state-space comparison all use this one mapping. Bit masks become sets of indices, enums
 * their constant names, the flat channel list a function on router pairs.
 */
public final class StateCodec {

  /** The spec's variables, in declaration order (the same names as SystemState's components). */
  public static final List<String> VARIABLES =
      List.of("routers", "channels", "vipOwner", "partitioned", "remote", "ospfNextHops", "faults", "losses");

  private StateCodec() {}

  public static Map<String, TlaValue> encode(SystemState s) {
    Map<String, TlaValue> vars = new LinkedHashMap<>();
    vars.put("routers", routers(s));
    vars.put("channels", channels(s));
    vars.put("vipOwner", TlaValue.integer(s.vipOwner()));
    vars.put("partitioned", TlaValue.bool(s.partitioned()));
    vars.put("remote", remote(s.remote()));
    vars.put("ospfNextHops", indices(s.ospfNextHops()));
    vars.put("faults", TlaValue.integer(s.faults()));
    vars.put("losses", TlaValue.integer(s.losses()));
    return vars;
  }

  private static TlaValue routers(SystemState s) {
    Map<TlaValue, TlaValue> routers = new LinkedHashMap<>();
    for (int r = 0; r < s.routers().size(); r++) {
      routers.put(TlaValue.integer(r), router(s.router(r)));
    }
    return TlaValue.function(routers);
  }

  private static TlaValue router(RouterState r) {
    return TlaValue.record(
        "hsrp", TlaValue.string(r.hsrp().name()),
        "interfacesUp", indices(r.interfacesUp()),
        "priority", TlaValue.integer(r.priority()),
        "activeTimer", TlaValue.integer(r.activeTimer()),
        "standbyTimer", TlaValue.integer(r.standbyTimer()),
        "helloTimer", TlaValue.integer(r.helloTimer()),
        "interfaceDelay", TlaValue.integer(r.interfaceDelay()),
        "preemptDelay", TlaValue.integer(r.preemptDelay()),
        "knownActive", TlaValue.integer(r.knownActive()),
        "knownStandby", TlaValue.integer(r.knownStandby()),
        "holdsSas", TlaValue.bool(r.holdsSas()),
        "rriRoute", TlaValue.bool(r.rriRoute()));
  }

  private static TlaValue channels(SystemState s) {
    int n = s.routers().size();
    Map<TlaValue, TlaValue> channels = new LinkedHashMap<>();
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        List<TlaValue> messages = new ArrayList<>();
        for (HsrpMessage m : s.channel(p, q)) {
          messages.add(TlaValue.record("kind", TlaValue.string(m.kind().name()),
              "senderState", TlaValue.string(m.senderState().name()), "priority", TlaValue.integer(m.priority())));
        }
        channels.put(TlaValue.tuple(TlaValue.integer(p), TlaValue.integer(q)),
            TlaValue.seq(messages.toArray(TlaValue[]::new)));
      }
    }
    return TlaValue.function(channels);
  }

  private static TlaValue remote(RemoteState r) {
    return TlaValue.record(
        "saWith", TlaValue.integer(r.saWith()),
        "dpdIdle", TlaValue.integer(r.dpdIdle()),
        "dpdRetry", TlaValue.integer(r.dpdRetry()),
        "dpdErrors", TlaValue.integer(r.dpdErrors()),
        "unanswered", TlaValue.bool(r.unanswered()));
  }

  /** A bit mask as the set of its bit indices. */
  private static TlaValue indices(int mask) {
    List<TlaValue> members = new ArrayList<>();
    for (int i = 0; i < Integer.SIZE; i++) {
      if ((mask & (1 << i)) != 0) {
        members.add(TlaValue.integer(i));
      }
    }
    return TlaValue.set(members.toArray(TlaValue[]::new));
  }
}
