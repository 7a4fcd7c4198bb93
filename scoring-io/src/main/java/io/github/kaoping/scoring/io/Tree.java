package io.github.kaoping.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaoping.scoring.Points;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the ordered trees that writers emit as YAML or JSON; numbers stay exact decimals. */
final class Tree {

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Tree() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static JsonNode number(Points points) {
    return NODES.numberNode(points.toBigDecimal());
  }

  static JsonNode number(BigDecimal value) {
    return NODES.numberNode(value);
  }

  static JsonNode text(String text) {
    return NODES.textNode(text);
  }

  /** {@code {name: body}}: one shape of a closed set. */
  static ObjectNode choice(String name, JsonNode body) {
    ObjectNode n = object();
    n.set(name, body);
    return n;
  }

  static void put(ObjectNode n, String key, Optional<String> value) {
    value.ifPresent(v -> n.put(key, v));
  }

  static void putPoints(ObjectNode n, String key, Optional<Points> value) {
    value.ifPresent(v -> n.set(key, number(v)));
  }

  static void putTexts(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      values.forEach(a::add);
    }
  }

  /** Adds a list unless it is empty: an empty list is written by leaving the key out. */
  static <T> void putList(ObjectNode n, String key, List<T> values, Function<T, JsonNode> item) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(key);
      for (T v : values) {
        a.add(item.apply(v));
      }
    }
  }
}
