package dev.chorus.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.text.Timestamps;
import java.time.Instant;

/**
 * Reads required and optional fields of a JSON record, throwing {@link RecordRejectedException} that names the field
 * when a required one is missing or malformed. Paths are slash-separated, e.g. {@code "core/user_results/result"}.
 */
public final class JsonFields {
  private JsonFields() {}

  public static JsonNode at(JsonNode node, String path) {
    if (path.indexOf('/') < 0) { // most lookups: one member, no split (this runs for every field of every record)
      JsonNode v = node == null || node.isMissingNode() || node.isNull() ? null : node.get(path);
      return v == null || v.isMissingNode() || v.isNull() ? null : v;
    }
    JsonNode cur = node;
    for (String part : path.split("/")) {
      if (cur == null || cur.isMissingNode() || cur.isNull()) {
        return null;
      }
      cur = cur.get(part);
    }
    return cur == null || cur.isMissingNode() || cur.isNull() ? null : cur;
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
