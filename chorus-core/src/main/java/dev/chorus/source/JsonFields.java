package dev.chorus.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.chorus.text.Timestamps;
import java.time.Instant;

/**
 * Reads required and optional fields of a JSON record, throwing {@link RecordRejectedException} that names the field
 * when a required one is missing or malformed. Paths are slash-separated, e.g. {@code "core/user_results/result"}.
 */
public final class JsonFields {
  private JsonFields() {}

  public static JsonNode at(JsonNode node, String path) {
    if (path.endsWith("/")) {
      return at(node, path.split("/")); // split's way with a trailing '/' (dropped), kept as it was
    }
    // member by member without split (this runs for every field of every record): a one-member path makes nothing
    JsonNode cur = node;
    int from = 0;
    while (!absent(cur)) {
      int slash = path.indexOf('/', from);
      cur = cur.get(from == 0 && slash < 0 ? path : path.substring(from, slash < 0 ? path.length() : slash));
      if (slash < 0) {
        return absent(cur) ? null : cur;
      }
      from = slash + 1;
    }
    return null;
  }

  private static JsonNode at(JsonNode node, String[] parts) {
    JsonNode cur = node;
    for (String part : parts) {
      if (absent(cur)) {
        return null;
      }
      cur = cur.get(part);
    }
    return absent(cur) ? null : cur;
  }

  /**
   * No node, JSON null or a missing node: tested by class (Jackson's only nodes of those types are {@code NullNode}
   * and {@code MissingNode}), cheaper than asking each of the many node classes its type.
   */
  private static boolean absent(JsonNode node) {
    return node == null || node instanceof NullNode || node instanceof MissingNode;
  }

  public static String text(JsonNode node, String path) {
    JsonNode v = at(node, path);
    return v == null || v.isContainerNode() ? null : v.asText();
  }

  public static String requireText(JsonNode node, String path) {
    String v = text(node, path);
    if (v == null || v.isBlank()) {
      throw RecordRejectedException.field(path, "missing");
    }
    return v;
  }

  public static Long number(JsonNode node, String path) {
    JsonNode v = at(node, path);
    if (v == null) {
      return null;
    }
    if (v.isNumber()) {
      return v.asLong();
    }
    try {
      return Long.parseLong(v.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static boolean bool(JsonNode node, String path) {
    JsonNode v = at(node, path);
    return v != null && v.asBoolean(false);
  }

  public static Instant requireTime(JsonNode node, String path) {
    JsonNode v = at(node, path);
    if (v == null) {
      throw RecordRejectedException.field(path, "missing");
    }
    Instant t = epochOrText(v);
    if (t == null) {
      throw RecordRejectedException.field(path, "not a date: '" + JsonInput.excerpt(v.asText()) + "'");
    }
    return t;
  }

  public static Instant optionalTime(JsonNode node, String path) {
    JsonNode v = at(node, path);
    if (v == null) {
      return null;
    }
    return epochOrText(v);
  }

  private static Instant epochOrText(JsonNode v) {
    if (v.isIntegralNumber()) {
      return Timestamps.fromEpochNumber(v.asLong());
    }
    return v.isNumber() ? Timestamps.fromEpochNumber(v.asDouble()) : Timestamps.parse(v.asText());
  }
}
