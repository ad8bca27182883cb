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
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.havpn.bridge.tla.TlaInt;
import io.havpn.bridge.tla.TlaValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads ITF traces and values (ADR-015), checking the format strictly: a wrong trace fails with its JSON path. */
public final class ItfReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BIG_INTEGER = Pattern.compile("-?[0-9]+");
  private static final TypeReference<LinkedHashMap<String, Object>> META_TYPE = new TypeReference<>() { };

  private ItfReader() {}

  public static ItfTrace read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ItfFormatException("not JSON: " + e.getOriginalMessage(), e);
    }
    return trace(root);
  }

  /** One ITF value on its own, such as {@code {"#set": [1, 2]}}. */
  public static TlaValue readValue(String json) {
    try {
      return value(JSON.readTree(json), "$");
    } catch (JsonProcessingException e) {
      throw new ItfFormatException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ItfTrace trace(JsonNode root) {
    expect(root.isObject(), "$", "a trace is a JSON object");
    List<String> params = names(root.get(PARAMS), PARAMS);
    List<String> vars = names(require(root, VARS, "$"), VARS);
    JsonNode statesNode = require(root, STATES, "$");
    expect(statesNode.isArray(), STATES, "expected an array of states");
    Set<String> allowed = new HashSet<>(vars);
    allowed.addAll(params);
    List<ItfState> states = new ArrayList<>();
    for (int i = 0; i < statesNode.size(); i++) {
      states.add(state(statesNode.get(i), STATES + "[" + i + "]", allowed));
    }
    OptionalInt loop = OptionalInt.empty();
    JsonNode loopNode = root.get(LOOP);
    if (loopNode != null && !loopNode.isNull()) {
      expect(loopNode.canConvertToInt() && loopNode.isIntegralNumber(), LOOP, "expected a state index");
      loop = OptionalInt.of(loopNode.intValue());
    }
    try {
      return new ItfTrace(meta(root.get(META), META), params, vars, states, loop);
    } catch (IllegalArgumentException e) {
      throw new ItfFormatException("$", e.getMessage()); // a var missing from a state, a loop out of range
    }
  }

  private static ItfState state(JsonNode node, String path, Set<String> allowed) {
    expect(node.isObject(), path, "a state is a JSON object");
    Map<String, TlaValue> values = new LinkedHashMap<>();
    for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
      String name = field.getKey();
      if (name.equals(META)) {
        continue;
      }
      expect(allowed.contains(name), path, name + " is neither in vars nor in params");
      values.put(name, value(field.getValue(), path + "." + name));
    }
    return new ItfState(meta(node.get(META), path + "." + META), values);
  }

  static TlaValue value(JsonNode node, String path) {
    if (node.isBoolean()) {
      return TlaValue.bool(node.booleanValue());
    }
    if (node.isTextual()) {
      return TlaValue.string(node.textValue());
    }
    if (node.isIntegralNumber()) {
      return TlaValue.integer(node.bigIntegerValue());
    }
    if (node.isArray()) {
      return TlaValue.seq(elements(node, path).toArray(TlaValue[]::new));
    }
    if (node.isObject()) {
      return object(node, path);
    }
    throw new ItfFormatException(path, "ITF has no value like " + node);
  }

  private static TlaValue object(JsonNode node, String path) {
    var names = node.fieldNames();
    String first = names.hasNext() ? names.next() : "";
    if (!first.startsWith("#")) {
      Map<String, TlaValue> fields = new LinkedHashMap<>();
      for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        expect(!field.getKey().startsWith("#"), path, "a record field may not start with #: " + field.getKey());
        fields.put(field.getKey(), value(field.getValue(), path + "." + field.getKey()));
      }
      return TlaValue.record(fields);
    }
    expect(node.size() == 1, path, first + " must be the object's only key");
    JsonNode content = node.get(first);
    String inner = path + "." + first;
    return switch (first) {
      case BIGINT -> bigint(content, inner);
      case TUP -> TlaValue.tuple(elements(content, inner).toArray(TlaValue[]::new));
      case SET -> TlaValue.set(elements(content, inner).toArray(TlaValue[]::new));
      case MAP -> map(content, inner);
      case UNSERIALIZABLE -> {
        expect(content.isTextual(), inner, "expected the value's text");
        yield TlaValue.modelValue(content.textValue());
      }
      default -> throw new ItfFormatException(path, "unknown ITF form " + first);
    };
  }

  private static TlaInt bigint(JsonNode content, String path) {
    expect(content.isTextual() && BIG_INTEGER.matcher(content.textValue()).matches(), path,
        "expected a string of digits, such as \"-123\"");
    return TlaValue.integer(new BigInteger(content.textValue()));
  }

  private static TlaValue map(JsonNode content, String path) {
    expect(content.isArray(), path, "expected an array of [key, value] pairs");
    Map<TlaValue, TlaValue> mapping = new LinkedHashMap<>();
    for (int i = 0; i < content.size(); i++) {
      JsonNode pair = content.get(i);
      String at = path + "[" + i + "]";
      expect(pair.isArray() && pair.size() == 2, at, "expected a [key, value] pair");
      TlaValue key = value(pair.get(0), at + "[0]");
      expect(mapping.put(key, value(pair.get(1), at + "[1]")) == null, at, "key " + key + " appears twice");
    }
    return TlaValue.function(mapping);
  }

  private static List<TlaValue> elements(JsonNode array, String path) {
    expect(array.isArray(), path, "expected an array");
    List<TlaValue> elements = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      elements.add(value(array.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  private static List<String> names(JsonNode node, String path) {
    if (node == null) {
      return List.of();
    }
    expect(node.isArray(), path, "expected an array of names");
    List<String> names = new ArrayList<>();
    for (JsonNode name : node) {
      expect(name.isTextual(), path, "expected names, found " + name);
      names.add(name.textValue());
    }
    return names;
  }

  private static Map<String, Object> meta(JsonNode node, String path) {
    if (node == null) {
      return Map.of();
    }
    expect(node.isObject(), path, "#meta is a JSON object");
    return JSON.convertValue(node, META_TYPE);
  }

  private static JsonNode require(JsonNode object, String key, String path) {
    JsonNode node = object.get(key);
    expect(node != null, path, "missing \"" + key + "\"");
    return node;
  }

  private static void expect(boolean condition, String path, String problem) {
    if (!condition) {
      throw new ItfFormatException(path, problem);
    }
  }
}
