package dev.chorus.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * One YAML map of the codebook, checked against the keys it may have; its getters check each value and name the
 * key's path and line when a value is missing or wrong.
 */
final class CheckedMap {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String source;
  private final String path;
  private final YamlNode.Mapping map;

  CheckedMap(String source, String path, YamlNode node, List<String> allowedKeys) {
    this.source = source;
    this.path = path;
    if (!(node instanceof YamlNode.Mapping m)) {
      throw new InvalidCodebookException(source, node.line(), path, "expected a map, found " + node.kind());
    }
    this.map = m;
    for (String key : m.entries().keySet()) {
      if (!allowedKeys.contains(key)) {
        String where = path.isEmpty() ? "at top level" : "in " + path;
        throw new InvalidCodebookException(source, m.keyLines().get(key), "",
            "unknown key '" + key + "' " + where + " (expected one of " + String.join(", ", allowedKeys) + ")");
      }
    }
  }

  int line() {
    return map.line();
  }

  /** Line of the key's value, or of the map when the key is absent. */
  int lineOf(String key) {
    YamlNode n = map.entries().get(key);
    return n == null ? map.line() : n.line();
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    YamlNode n = map.entries().get(key);
    return n != null && !(n instanceof YamlNode.Scalar s && s.text() == null);
  }

  String requiredText(String key) {
    if (!has(key)) {
      throw error(map.line(), path, "missing required key '" + key + "'");
    }
    return text(key);
  }

  /** The value, or "" when the key is absent. */
  String optionalText(String key) {
    return has(key) ? text(key) : "";
  }

  /** The value, checked to be one of {@code allowed}. */
  String oneOf(String key, List<String> allowed) {
    String v = requiredText(key);
    if (!allowed.contains(v)) {
      throw error(map.entries().get(key).line(), path(key),
          "'" + v + "' is not one of " + String.join(", ", allowed));
    }
    return v;
  }

  /** An id: lower-case letters, digits and single hyphens, as labels and CLI options use it. */
  String id() {
    String v = requiredText("id");
    if (!ID.matcher(v).matches()) {
      throw error(map.entries().get("id").line(), path("id"),
          "'" + v + "' is not a valid id (lower-case letters, digits and single hyphens, e.g. us-iran-talks)");
    }
    return v;
  }

  /** Items of a list (empty when the key is absent), each read with its path {@code key[i]}. */
  <T> List<T> list(String key, BiFunction<YamlNode, String, T> item) {
    List<T> out = new ArrayList<>();
    if (!has(key)) {
      return out;
    }
    YamlNode n = map.entries().get(key);
    if (!(n instanceof YamlNode.Sequence seq)) {
      throw error(n.line(), path(key), "expected a list, found " + n.kind());
    }
    for (int i = 0; i < seq.items().size(); i++) {
      out.add(item.apply(seq.items().get(i), path(key) + "[" + i + "]"));
    }
    return out;
  }

  /** A list of non-blank single values. */
  List<String> texts(String key) {
    return list(key, (node, p) -> scalar(node, p));
  }

  /** A map from a fixed set of keys (languages, stances) to what {@code value} reads. */
  <T> Map<String, T> keyed(String key, List<String> keys, BiFunction<YamlNode, String, T> value) {
    Map<String, T> out = new LinkedHashMap<>();
    if (!has(key)) {
      return out;
    }
    CheckedMap inner = new CheckedMap(source, path(key), map.entries().get(key), keys);
    for (String k : inner.map.entries().keySet()) {
      out.put(k, value.apply(inner.map.entries().get(k), inner.path(k)));
    }
    return out;
  }

  /** One value of a map with free keys (names by language). */
  interface EntryReader {
    void read(String key, YamlNode value, String path);
  }

  /** Each entry of the map under {@code key} (nothing when absent), for maps whose keys the caller checks. */
  void eachEntry(String key, EntryReader entry) {
    if (!has(key)) {
      return;
    }
    YamlNode n = map.entries().get(key);
    if (!(n instanceof YamlNode.Mapping inner)) {
      throw error(n.line(), path(key), "expected a map, found " + n.kind());
    }
    inner.entries().forEach((k, v) -> entry.read(k, v, path(key) + "." + k));
  }

  InvalidCodebookException error(int line, String where, String problem) {
    return new InvalidCodebookException(source, line, where, problem);
  }

  private String text(String key) {
    return scalar(map.entries().get(key), path(key));
  }

  String scalar(YamlNode node, String where) {
    if (node instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
      return s.text().strip();
    }
    String found = node instanceof YamlNode.Scalar ? "an empty value" : node.kind();
    throw error(node.line(), where, "expected a non-empty single value, found " + found);
  }
}
