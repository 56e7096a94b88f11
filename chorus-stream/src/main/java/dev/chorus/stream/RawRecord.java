package dev.chorus.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One raw input on the input topic: a {@code Source} id ({@code x-api-v2}, {@code telegram-export}, ...), a name that
 * becomes the posts' provenance (a file name, a collector target) and the input's bytes, as JSON
 * ({@code {"format": …, "name": …, "body": text}} or {@code "body_base64"} for bytes that are not UTF-8 text), and
 * whether its posts are made up ({@code "synthetic": true}: a demo or a test, marked so in the store as file ingest's
 * {@code --synthetic} marks them).
 */
public record RawRecord(String format, String name, byte[] body, boolean synthetic) {
  public RawRecord(String format, String name, byte[] body) {
    this(format, name, body, false);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public byte[] toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", format);
    o.put("name", name);
    if (synthetic) {
      o.put("synthetic", true);
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body)) {
      o.put("body", text);
    } else {
      o.put("body_base64", Base64.getEncoder().encodeToString(body));
    }
    try {
      return JSON.writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a raw record", e);
    }
  }

  /**
   * Reads a record of the input topic.
   *
   * @throws IllegalArgumentException saying what is missing or wrong, in words
   */
  public static RawRecord fromJson(byte[] json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the record is not JSON: expected {\"format\": …, \"name\": …, \"body\": …}");
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("the record is not a JSON object: expected {\"format\": …, \"name\": …, "
          + "\"body\": …}");
    }
    String format = n.path("format").asText("");
    String name = n.path("name").asText("");
    if (format.isBlank()) {
      throw new IllegalArgumentException("the record has no format: expected a format id such as x-api-v2");
    }
    byte[] body;
    if (n.path("body").isTextual()) {
      body = n.get("body").asText().getBytes(StandardCharsets.UTF_8);
    } else if (n.path("body_base64").isTextual()) {
      try {
        body = Base64.getDecoder().decode(n.get("body_base64").asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the record's body_base64 is not base64");
      }
    } else {
      throw new IllegalArgumentException("the record has no body: expected \"body\" (text) or \"body_base64\"");
    }
    return new RawRecord(format, name.isBlank() ? "stream" : name, body, n.path("synthetic").asBoolean(false));
  }

  /** The Kafka key: a hash of the content, so that publishing the same input twice is recognisably the same. */
  public byte[] key() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(format.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(name.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(body);
      return HexFormat.of().formatHex(d.digest(), 0, 16).getBytes(StandardCharsets.US_ASCII);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
