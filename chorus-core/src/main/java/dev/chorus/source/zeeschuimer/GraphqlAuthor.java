package dev.chorus.source.zeeschuimer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;

/** The author of a GraphQL tweet result, wherever the capture's vintage put it. */
final class GraphqlAuthor {
  private GraphqlAuthor() {}

  /** Newer captures keep screen_name and name under user.core, older ones under user.legacy; "adaptive" in user. */
  static Author of(JsonNode tweet, JsonNode legacy) {
    JsonNode user = JsonFields.at(tweet, "core/user_results/result");
    JsonNode adaptive = JsonFields.at(tweet, "user");
    String id = first(JsonFields.text(user, "rest_id"), JsonFields.text(adaptive, "id_str"),
        JsonFields.text(legacy, "user_id_str"));
    if (id == null) {
      throw RecordRejectedException.field("core/user_results/result", "missing (no author)");
    }
    String handle = first(JsonFields.text(user, "core/screen_name"), JsonFields.text(user, "legacy/screen_name"),
        JsonFields.text(adaptive, "screen_name"));
    String name = first(JsonFields.text(user, "core/name"), JsonFields.text(user, "legacy/name"),
        JsonFields.text(adaptive, "name"));
    return Author.of(id, handle, name);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
