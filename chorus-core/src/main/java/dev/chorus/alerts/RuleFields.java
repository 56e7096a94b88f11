package dev.chorus.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The keys of one rule, read with messages that name the rule, the key, what was expected and what was found. */
final class RuleFields {
  private final String where;
  private final JsonNode node;

  RuleFields(String where, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected keys such as id: and volume:, found a single value");
    }
    this.where = where;
    this.node = node;
  }

  void onlyKeys(String... allowed) {
    Set<String> unknown = new TreeSet<>();
    node.fieldNames().forEachRemaining(k -> {
      if (!List.of(allowed).contains(k)) {
        unknown.add(k);
      }
    });
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(where + ": unknown key " + String.join(", ", unknown) + "; the keys are "
          + String.join(", ", allowed));
    }
  }

  /** The rule's id, part of each alert's identity. */
  String id() {
    String id = text("id", null);
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(where + ": id: expected a name of lower-case letters, digits and dashes "
          + "(hashtag-surge); found " + (id == null ? "nothing" : "'" + id + "'"));
    }
    return id;
  }

  dev.chorus.store.TimeSeries.Interval interval() {
    try {
      return dev.chorus.store.TimeSeries.Interval.parse(text("interval", "day"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  String where() {
    return where;
  }

  String text(String key, String fallback) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText().strip();
  }

  int whole(String key, int fallback, int least) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < least) {
      throw new IllegalArgumentException(where + ": " + key + ": expected a whole number of at least " + least
          + "; found '" + v.asText() + "'");
    }
    return v.asInt();
  }

  double number(String key, double fallback) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isNumber() || v.asDouble() <= 0) {
      throw new IllegalArgumentException(where + ": " + key + ": expected a number above 0; found '" + v.asText()
          + "'");
    }
    return v.asDouble();
  }
}
