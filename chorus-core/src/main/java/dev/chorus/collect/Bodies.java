package dev.chorus.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What collectors read of a body to page (the posts are the source's business), and query-string encoding. */
final class Bodies {
  private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Bodies() {}

  /** A whole JSON document; a truncated or malformed body throws, and is retried. */
  static Http.BodyParser<Parsed> json() {
    return body -> {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IOException("empty body");
      }
      return new Parsed(body, node);
    };
  }

  /** A body and its JSON tree. */
  record Parsed(byte[] body, JsonNode json) {}

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A text field or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }
}
