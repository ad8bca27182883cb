package io.havpn.bridge.validate;

import io.havpn.bridge.spec.StateCodec;
import io.havpn.bridge.tla.TlaFunctionValue;
import io.havpn.bridge.tla.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leaves of a VpnHa state, numbered as TraceVpnHa.tla's {@code Slot(k)}: every router's fields, every channel,
 * then vipOwner, partitioned, remote's fields, ospfNextHops, faults and losses. A trace logs values by slot, so it may
 * log any part of a state, and a difference is named by its path, such as {@code routers[1].rriRoute}.
 */
public final class TraceSlots {

  /** TraceVpnHa's RouterFields and RemoteFields, in that order. */
  static final List<String> ROUTER_FIELDS = List.of("hsrp", "interfacesUp", "priority", "activeTimer",
      "standbyTimer", "helloTimer", "interfaceDelay", "preemptDelay", "knownActive", "knownStandby", "holdsSas",
      "rriRoute");
  static final List<String> REMOTE_FIELDS = List.of("saWith", "dpdIdle", "dpdRetry", "dpdErrors", "unanswered");

  /** One leaf: its number in the spec (from 1), the keys leading to it from the state, and its readable path. */
  public record Slot(int number, List<TlaValue> keys, String path) {}

  private final List<Slot> slots = new ArrayList<>();
  private final Map<List<TlaValue>, Slot> byKeys = new LinkedHashMap<>();

  /** The slots of a lab with {@code routerCount} HSRP routers. */
  public TraceSlots(int routerCount) {
    for (int r = 0; r < routerCount; r++) {
      for (String field : ROUTER_FIELDS) {
        add("routers[" + r + "]." + field, name("routers"), TlaValue.integer(r), name(field));
      }
    }
    for (int p = 0; p < routerCount; p++) {
      for (int q = 0; q < routerCount; q++) {
        add("channels[<<" + p + ", " + q + ">>]", name("channels"),
            TlaValue.tuple(TlaValue.integer(p), TlaValue.integer(q)));
      }
    }
    add("vipOwner", name("vipOwner"));
    add("partitioned", name("partitioned"));
    for (String field : REMOTE_FIELDS) {
      add("remote." + field, name("remote"), name(field));
    }
    add("ospfNextHops", name("ospfNextHops"));
    add("faults", name("faults"));
    add("losses", name("losses"));
  }

  public List<Slot> all() {
    return List.copyOf(slots);
  }

  public Slot slot(int number) {
    return slots.get(number - 1);
  }

  /**
   * The values a (possibly partial) state logs, by slot number. A variable may be given whole or in part: a record
   * with some of its fields, a function with some of its arguments.
   *
   * @throws IllegalArgumentException naming the path when the state has something VpnHa's state has not
   */
  public Map<Integer, TlaValue> logged(Map<String, TlaValue> state) {
    Map<Integer, TlaValue> logged = new TreeMap<>();
    for (Map.Entry<String, TlaValue> variable : state.entrySet()) {
      if (!StateCodec.VARIABLES.contains(variable.getKey())) {
        throw new IllegalArgumentException(variable.getKey() + " is not a variable of VpnHa (expected one of "
            + StateCodec.VARIABLES + ")");
      }
      collect(List.of(name(variable.getKey())), variable.getKey(), variable.getValue(), logged);
    }
    return logged;
  }

  private void collect(List<TlaValue> keys, String path, TlaValue value, Map<Integer, TlaValue> logged) {
    Slot slot = byKeys.get(keys);
    if (slot != null) {
      logged.put(slot.number(), value);
      return;
    }
    if (!(value instanceof TlaFunctionValue function) || !isPrefix(keys)) {
      throw new IllegalArgumentException(path + " is not part of VpnHa's state");
    }
    for (Map.Entry<TlaValue, TlaValue> entry : function.asFunction().entrySet()) {
      List<TlaValue> deeper = new ArrayList<>(keys);
      deeper.add(entry.getKey());
      collect(deeper, path + "[" + entry.getKey() + "]", entry.getValue(), logged);
    }
  }

  private boolean isPrefix(List<TlaValue> keys) {
    return byKeys.keySet().stream().anyMatch(k -> k.size() > keys.size() && k.subList(0, keys.size()).equals(keys));
  }

  private void add(String path, TlaValue... keys) {
    Slot slot = new Slot(slots.size() + 1, List.of(keys), path);
    slots.add(slot);
    byKeys.put(slot.keys(), slot);
  }

  private static TlaValue name(String name) {
    return TlaValue.string(name);
  }
}
