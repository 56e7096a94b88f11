package dev.chorus.source.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.source.JsonFields;
import dev.chorus.source.xcommon.LegacyEntities;

/**
 * A tweet as {@code twarc2 flatten} writes it (twarc's {@code expansions.flatten}): one API v2 Tweet object a line
 * with its expansions moved inline: {@code author} and {@code in_reply_to_user} (User objects), every
 * {@code entities.mentions[]} merged with its User, {@code attachments.media} (Media objects), each
 * {@code referenced_tweets[]} merged with the included Tweet (itself expanded the same way; only {@code type} and
 * {@code id} when the response did not include it), and the collection's {@code __twarc} block (and
 * {@code matching_rules} for the stream). The original fields ({@code author_id}, {@code media_keys}, ...) stay.
 *
 * <p>So the inline objects are exactly what the response's {@code includes} held: they are gathered back into an
 * {@code includes} object and the tweet is mapped like a response's data tweet, its inline referenced tweets as
 * referenced posts.
 */
final class FlattenedTweet {
  /** Inline referenced tweets are themselves expanded; deeper than this holds nothing the mapping reads. */
  private static final int MAX_DEPTH = 3;

  private FlattenedTweet() {}

  /** Whether a line is a flattened tweet rather than a response: a Tweet's own members, no {@code data}. */
  static boolean is(JsonNode node) {
    return node.isObject() && !node.has("data") && node.has("id") && (node.has("text") || node.has("author_id"));
  }

  /** The {@code includes} the inline objects of {@code tweet} came from: users, tweets and media. */
  static ObjectNode includes(JsonNode tweet) {
    ObjectNode includes = JsonNodeFactory.instance.objectNode();
    gather(tweet, includes.putArray("users"), includes.putArray("tweets"), includes.putArray("media"), 0);
    return includes;
  }

  private static void gather(JsonNode tweet, ArrayNode users, ArrayNode tweets, ArrayNode media, int depth) {
    user(JsonFields.at(tweet, "author"), users);
    user(JsonFields.at(tweet, "in_reply_to_user"), users);
    for (JsonNode mention : LegacyEntities.iterable(tweet, "entities/mentions")) {
      user(mention, users);
    }
    for (JsonNode m : LegacyEntities.iterable(tweet, "attachments/media")) {
      if (m.isObject() && m.hasNonNull("media_key")) {
        media.add(m);
      }
    }
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (JsonNode ref : LegacyEntities.iterable(tweet, "referenced_tweets")) {
      // a reference the response did not include (deleted, protected) is only {type, id}: nothing to map
      if (ref.isObject() && ref.hasNonNull("id") && (ref.has("text") || ref.has("author_id"))) {
        tweets.add(ref);
        gather(ref, users, tweets, media, depth + 1);
      }
    }
  }

  /** A User object (an empty one stands for a user the response did not include). */
  private static void user(JsonNode user, ArrayNode users) {
    if (user != null && user.isObject() && user.hasNonNull("id")) {
      users.add(user);
    }
  }
}
