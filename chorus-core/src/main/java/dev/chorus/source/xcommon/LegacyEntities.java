package dev.chorus.source.xcommon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.PostBuilder;
import dev.chorus.source.JsonFields;
import dev.chorus.text.UrlNormalizer;

/**
 * Reads X's v1.1-style entities, used by the account archive ({@code tweets.js}) and by the web client's GraphQL
 * ({@code legacy.entities}, {@code note_tweet...entity_set}): {@code hashtags[].text},
 * {@code user_mentions[].screen_name}, {@code urls[].expanded_url} and {@code media[].media_url_https}.
 */
public final class LegacyEntities {
  private LegacyEntities() {}

  /** Adds hashtags, mentions and URLs of {@code entities} (may be null) to the builder, in their order. */
  public static void addTo(PostBuilder post, JsonNode entities) {
    if (entities == null) {
      return;
    }
    for (JsonNode tag : iterable(entities, "hashtags")) {
      post.addHashtag(stripPrefix(JsonFields.text(tag, "text"), '#'));
    }
    for (JsonNode mention : iterable(entities, "user_mentions")) {
      post.addMention(stripPrefix(JsonFields.text(mention, "screen_name"), '@'));
    }
    for (JsonNode url : iterable(entities, "urls")) {
      // expanded_url is the link as written; url is only the t.co wrapper, a last resort
      String expanded = JsonFields.text(url, "expanded_url");
      String link = expanded != null && !expanded.isBlank() ? expanded : JsonFields.text(url, "url");
      if (link != null && !link.isBlank()) {
        post.addUrl(UrlNormalizer.normalize(link));
      }
    }
  }

  /**
   * Adds the media of a tweet: {@code extended_entities.media} lists every attachment, {@code entities.media} only the
   * first, so the former wins when present. For videos and GIFs {@code media_url_https} is the preview image.
   */
  public static void addMedia(PostBuilder post, JsonNode tweet) {
    JsonNode media = JsonFields.at(tweet, "extended_entities/media");
    if (media == null || !media.isArray()) {
      media = JsonFields.at(tweet, "entities/media");
    }
    if (media == null) {
      return;
    }
    for (JsonNode m : iterable(media)) {
      String url = JsonFields.text(m, "media_url_https");
      post.addMedia(url != null ? url : JsonFields.text(m, "media_url"));
    }
  }

  /** The elements of the array at {@code path}, or none when it is missing or not an array. */
  public static Iterable<JsonNode> iterable(JsonNode node, String path) {
    return iterable(JsonFields.at(node, path));
  }

  public static Iterable<JsonNode> iterable(JsonNode array) {
    return array != null && array.isArray() ? array : java.util.List.of();
  }

  private static String stripPrefix(String s, char prefix) {
    return s != null && !s.isEmpty() && s.charAt(0) == prefix ? s.substring(1) : s;
  }
}
