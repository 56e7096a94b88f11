package dev.chorus.source.ndjson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.RecordRejectedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a mapped field in a JSON object: a path starting with '/' is a JSON pointer (RFC 6901); otherwise a key, or
 * dot-separated keys and array indexes ({@code user.handle}, {@code tags.0}).
 */
final class JsonPaths {
  private JsonPaths() {}

  /** The node at {@code path}, or null when absent or JSON null. */
  static JsonNode find(JsonNode root, String path) {
    JsonNode cur;
    if (path.startsWith("/")) {
      cur = root.at(path);
    } else if (root.has(path)) {
      cur = root.get(path);
    } else {
      cur = root;
      for (String part : path.split("\\.")) {
        if (cur == null) {
          break;
        }
        cur = cur.isArray() && part.matches("\\d{1,9}") ? cur.get(Integer.parseInt(part)) : cur.get(part);
      }
    }
    return cur == null || cur.isMissingNode() || cur.isNull() ? null : cur;
  }

  /**
   * The value at {@code path} as text: numbers without exponent (epoch times stay readable), arrays of values joined
   * by spaces (a hashtag list), null when absent. An object where a value is expected rejects the record.
   */
  static String text(JsonNode root, String path) {
    JsonNode v = find(root, path);
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        parts.add(scalar(e, path));
      }
      return String.join(" ", parts);
    }
    return scalar(v, path);
  }

  private static String scalar(JsonNode v, String path) {
    if (v.isContainerNode()) {
      throw RecordRejectedException.field(path, "expected a value, found " + (v.isArray() ? "an array" : "an object"));
    }
    if (v.isFloatingPointNumber() || v.isBigDecimal()) {
      return v.decimalValue().toPlainString();
    }
    return v.isNull() ? "" : v.asText();
  }
}
