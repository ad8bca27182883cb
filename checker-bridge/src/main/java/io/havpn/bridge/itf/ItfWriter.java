package io.havpn.bridge.itf;

import static io.havpn.bridge.itf.ItfForms.BIGINT;
import static io.havpn.bridge.itf.ItfForms.LOOP;
import static io.havpn.bridge.itf.ItfForms.MAP;
import static io.havpn.bridge.itf.ItfForms.META;
import static io.havpn.bridge.itf.ItfForms.PARAMS;
import static io.havpn.bridge.itf.ItfForms.SET;
import static io.havpn.bridge.itf.ItfForms.STATES;
import static io.havpn.bridge.itf.ItfForms.TUP;
import static io.havpn.bridge.itf.ItfForms.UNSERIALIZABLE;
import static io.havpn.bridge.itf.ItfForms.VARS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.havpn.bridge.tla.TlaBool;
import io.havpn.bridge.tla.TlaFunction;
import io.havpn.bridge.tla.TlaInt;
import io.havpn.bridge.tla.TlaModelValue;
import io.havpn.bridge.tla.TlaRecord;
import io.havpn.bridge.tla.TlaSeq;
import io.havpn.bridge.tla.TlaSet;
import io.havpn.bridge.tla.TlaString;
import io.havpn.bridge.tla.TlaTuple;
import io.havpn.bridge.tla.TlaValue;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes ITF traces and values (ADR-015): integers as JSON numbers inside JSON's safe range and {@code #bigint}
 * outside it (or always, as Apalache and Quint do), sequences as arrays, tuples as {@code #tup}, sets as {@code #set},
 * functions as {@code #map}, records as objects, model values as {@code #unserializable}.
 */
public final class ItfWriter {

  /** How integers are written. */
  public enum Integers {
    /** JSON numbers within ±(2^53 − 1), {@code #bigint} beyond: what plain JSON tools read best. */
    NUMBERS_WHEN_SAFE,
    /** Always {@code {"#bigint": "..."}}. */
    ALWAYS_BIGINT
  }

  private static final BigInteger SAFE = BigInteger.TWO.pow(53).subtract(BigInteger.ONE);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Integers integers;

  public ItfWriter() {
    this(Integers.NUMBERS_WHEN_SAFE);
  }

  public ItfWriter(Integers integers) {
    this.integers = integers;
  }

  /** The trace as indented JSON, keys in the order of ADR-015's example. */
  public String write(ItfTrace trace) {
    ObjectNode root = NODES.objectNode();
    if (!trace.meta().isEmpty()) {
      root.set(META, JSON.valueToTree(trace.meta()));
    }
    if (!trace.params().isEmpty()) {
      root.set(PARAMS, names(trace.params()));
    }
    root.set(VARS, names(trace.vars()));
    ArrayNode states = root.putArray(STATES);
    for (ItfState state : trace.states()) {
      ObjectNode node = states.addObject();
      if (!state.meta().isEmpty()) {
        node.set(META, JSON.valueToTree(state.meta()));
      }
      state.values().forEach((name, value) -> node.set(name, value(value)));
    }
    trace.loop().ifPresent(loop -> root.put(LOOP, loop));
    return pretty(root);
  }

  public String writeValue(TlaValue value) {
    return pretty(value(value));
  }

  JsonNode value(TlaValue value) {
    if (value instanceof TlaInt i) {
      return integer(i.value());
    }
    if (value instanceof TlaBool b) {
      return NODES.booleanNode(b.value());
    }
    if (value instanceof TlaString s) {
      return NODES.textNode(s.value());
    }
    if (value instanceof TlaModelValue m) {
      return NODES.objectNode().put(UNSERIALIZABLE, m.name());
    }
    if (value instanceof TlaSet s) {
      return tagged(SET, array(s.elements()));
    }
    if (value instanceof TlaSeq s) {
      return array(s.elements());
    }
    if (value instanceof TlaTuple t) {
      return tagged(TUP, array(t.elements()));
    }
    if (value instanceof TlaRecord r && r.fields().keySet().stream().noneMatch(f -> f.startsWith("#"))) {
      ObjectNode record = NODES.objectNode();
      r.fields().forEach((field, v) -> record.set(field, value(v)));
      return record;
    }
    if (value instanceof TlaRecord r) {
      return map(r.asFunction()); // a field named like an ITF form would be misread as one
    }
    return map(((TlaFunction) value).mapping());
  }

  private JsonNode integer(BigInteger i) {
    if (integers == Integers.NUMBERS_WHEN_SAFE && i.abs().compareTo(SAFE) <= 0) {
      return NODES.numberNode(i.longValue());
    }
    return NODES.objectNode().put(BIGINT, i.toString());
  }

  private JsonNode map(Map<TlaValue, TlaValue> mapping) {
    ArrayNode pairs = NODES.arrayNode();
    mapping.forEach((k, v) -> pairs.addArray().add(value(k)).add(value(v)));
    return tagged(MAP, pairs);
  }

  private ArrayNode array(Collection<TlaValue> elements) {
    ArrayNode array = NODES.arrayNode();
    elements.forEach(e -> array.add(value(e)));
    return array;
  }

  private static ObjectNode tagged(String form, JsonNode content) {
    ObjectNode node = NODES.objectNode();
    node.set(form, content);
    return node;
  }

  private static ArrayNode names(Collection<String> names) {
    ArrayNode array = NODES.arrayNode();
    names.forEach(array::add);
    return array;
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree built here failed to serialise", e);
    }
  }
}
