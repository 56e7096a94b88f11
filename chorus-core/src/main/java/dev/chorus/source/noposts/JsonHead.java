package dev.chorus.source.noposts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the start of a JSON file shows of its layout, read leniently from the sniffed head (which may end mid-way):
 * the member names of the first top-level object and the first item of its {@code data} (an X API response), or the
 * first element of a top-level array. NDJSON gives its first line's value.
 *
 * @param topKeys member names of the first value when it is an object (as far as the head reaches)
 * @param first the first record: {@code data}'s first element or object, else the first array element, else the
 *     first value itself when it is an object; null when the head shows none
 */
record JsonHead(Set<String> topKeys, JsonNode first) {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().build());

  static JsonHead of(String head) {
    Set<String> keys = new LinkedHashSet<>();
    JsonNode first = null;
    JsonNode self = null;
    try (JsonParser p = MAPPER.getFactory().createParser(head)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        return p.nextToken() == JsonToken.START_OBJECT ? new JsonHead(keys, MAPPER.readTree(p)) : new JsonHead(keys,
            null);
      }
      if (t != JsonToken.START_OBJECT) {
        return new JsonHead(keys, null);
      }
      com.fasterxml.jackson.databind.node.ObjectNode whole = MAPPER.createObjectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        keys.add(name);
        JsonToken v = p.nextToken();
        if (name.equals("data") && v == JsonToken.START_ARRAY) {
          if (p.nextToken() == JsonToken.START_OBJECT) {
            first = MAPPER.readTree(p);
          }
          skipRestOfArray(p);
        } else if (name.equals("data") && v == JsonToken.START_OBJECT) {
          first = MAPPER.readTree(p);
        } else {
          whole.set(name, MAPPER.readTree(p));
        }
      }
      self = whole;
    } catch (IOException | RuntimeException e) {
      // the head ends mid-way, or the text is not JSON: keep what was read
    }
    return new JsonHead(keys, first != null ? first : keys.contains("data") ? null : self);
  }

  private static void skipRestOfArray(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.END_ARRAY) {
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      p.skipChildren();
    }
  }

  boolean firstHas(String... fields) {
    if (first == null || !first.isObject()) {
      return false;
    }
    for (String f : fields) {
      if (!first.has(f)) {
        return false;
      }
    }
    return true;
  }

  boolean firstHasNone(String... fields) {
    if (first == null || !first.isObject()) {
      return false;
    }
    for (String f : fields) {
      if (first.has(f)) {
        return false;
      }
    }
    return true;
  }
}
