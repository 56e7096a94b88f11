package dev.chorus.source.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.xcommon.LegacyEntities;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code includes} of one API v2 response, indexed: users by id, tweets by id, media by media key. */
final class ApiIncludes {
  private final Map<String, JsonNode> users = new HashMap<>();
  private final Map<String, JsonNode> tweets = new LinkedHashMap<>();
  private final Map<String, JsonNode> media = new HashMap<>();

  ApiIncludes(JsonNode includes) {
    index(includes, "users", "id", users);
    index(includes, "tweets", "id", tweets);
    index(includes, "media", "media_key", media);
  }

  private static void index(JsonNode includes, String member, String key, Map<String, JsonNode> into) {
    for (JsonNode item : LegacyEntities.iterable(includes, member)) {
      String id = JsonFields.text(item, key);
      if (id != null) {
        into.putIfAbsent(id, item);
      }
    }
  }

  JsonNode user(String id) {
    return id == null ? null : users.get(id);
  }

  JsonNode tweet(String id) {
    return id == null ? null : tweets.get(id);
  }

  JsonNode media(String key) {
    return key == null ? null : media.get(key);
  }

  /**
   * The id under which the referenced tweet {@code id} is stored: the first id of its edit chain when the included
   * copy lists one (see {@link dev.chorus.source.xcommon.TweetVersion}), else {@code id} itself.
   */
  String chainId(String id) {
    JsonNode t = tweet(id);
    JsonNode history = t == null ? null : JsonFields.at(t, "edit_history_tweet_ids");
    if (history != null && history.isArray() && history.size() > 0 && history.get(0).isValueNode()) {
      return history.get(0).asText();
    }
    return id;
  }
}
