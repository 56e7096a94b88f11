package dev.chorus.source.zeeschuimer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.xcommon.LegacyEntities;
import dev.chorus.source.xcommon.TweetVersion;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Maps an X web-client GraphQL tweet result (as Zeeschuimer captures it) to posts: the captured post first
 * (collected), then the retweeted and quoted posts embedded in it, each as a referenced post of its own with the same
 * record number.
 */
final class GraphqlTweetMapper {
  /** A retweet of a quote embeds two levels; deeper nesting is not emitted. */
  private static final int MAX_EMBED_DEPTH = 2;

  private record Pending(JsonNode tweet, int depth, String role) {}

  void map(long record, JsonNode data, RecordSink sink) {
    JsonNode tweet = unwrap(data);
    if (tweet == null) {
      throw RecordRejectedException.field("data/__typename",
          "'" + JsonFields.text(data, "__typename") + "' is not a visible tweet");
    }
    Deque<Pending> embedded = new ArrayDeque<>();
    sink.post(record, toPost(tweet, 0, embedded));
    Set<String> done = new HashSet<>();
    done.add(chainId(tweet));
    while (!embedded.isEmpty()) {
      Pending next = embedded.poll();
      String id = chainId(next.tweet());
      if (id == null || !done.add(id)) {
        continue;
      }
      // a broken embedded post is reported but does not undo the captured one
      JsonInput.mapSafely(record, next.tweet(), null, sink, (r, node, s) -> {
        try {
          s.post(r, toPost(node, next.depth(), embedded).toBuilder().referenced().build());
        } catch (RecordRejectedException e) {
          throw new RecordRejectedException(next.role() + " post " + id + ": " + e.getMessage());
        }
      });
    }
  }

  private Post toPost(JsonNode tweet, int depth, Deque<Pending> embedded) {
    JsonNode legacy = JsonFields.at(tweet, "legacy");
    if (legacy == null || !legacy.isObject()) {
      throw RecordRejectedException.field("legacy", "missing");
    }
    String ownId = ownId(tweet);
    Author author = GraphqlAuthor.of(tweet, legacy);
    TweetVersion version = TweetVersion.of(ownId, JsonFields.text(tweet, "edit_control/initial_tweet_id"),
        JsonFields.requireTime(tweet, "legacy/created_at"));
    // Long posts carry their full text and entities in note_tweet; legacy.full_text is then cut at 280 characters.
    JsonNode note = JsonFields.at(tweet, "note_tweet/note_tweet_results/result");
    String noteText = JsonFields.text(note, "text");
    boolean useNote = noteText != null && !noteText.isBlank();
    String text = useNote ? noteText : JsonFields.text(legacy, "full_text");
    if (text == null) {
      throw RecordRejectedException.field("legacy/full_text", "missing");
    }
    PostBuilder post = version.post(author, text, JsonFields.text(legacy, "lang"))
        .engagement(engagement(tweet, legacy));
    LegacyEntities.addTo(post, useNote && JsonFields.at(note, "entity_set") != null
        ? JsonFields.at(note, "entity_set") : JsonFields.at(legacy, "entities"));
    LegacyEntities.addMedia(post, legacy);
    references(post, tweet, legacy, depth, embedded);
    return post.build();
  }

  /** Retweet wins over reply, reply over quote; embedded originals are queued for emission. */
  private static void references(PostBuilder post, JsonNode tweet, JsonNode legacy, int depth,
      Deque<Pending> embedded) {
    JsonNode retweeted = unwrap(JsonFields.at(legacy, "retweeted_status_result/result"));
    String retweetedId = retweeted != null ? chainId(retweeted) : JsonFields.text(legacy, "retweeted_status_id_str");
    if (retweetedId != null) {
      post.kind(PostKind.REPOST).sharedPostId(Post.stableId(Platform.X, retweetedId));
      queue(embedded, retweeted, depth, "retweeted");
      return; // what the original replies to or quotes belongs to the original
    }
    String replyTo = JsonFields.text(legacy, "in_reply_to_status_id_str");
    JsonNode quoted = unwrap(JsonFields.at(tweet, "quoted_status_result/result"));
    String quotedId = quoted != null ? chainId(quoted) : JsonFields.text(legacy, "quoted_status_id_str");
    if (replyTo != null && !replyTo.isBlank()) {
      post.kind(PostKind.REPLY).replyToId(Post.stableId(Platform.X, replyTo));
    } else if (quotedId != null) {
      post.kind(PostKind.QUOTE);
    }
    if (quotedId != null) {
      post.quotedId(Post.stableId(Platform.X, quotedId));
      queue(embedded, quoted, depth, "quoted");
    }
  }

  private static void queue(Deque<Pending> embedded, JsonNode tweet, int depth, String role) {
    if (tweet != null && depth < MAX_EMBED_DEPTH) {
      embedded.add(new Pending(tweet, depth + 1, role));
    }
  }

  /** Unwraps TweetWithVisibilityResults; null for tombstones, unavailable tweets and missing results. */
  static JsonNode unwrap(JsonNode result) {
    if (result == null || !result.isObject()) {
      return null;
    }
    JsonNode inner = JsonFields.at(result, "tweet");
    if (inner != null && inner.isObject()) {
      return inner;
    }
    String type = JsonFields.text(result, "__typename");
    return type == null || type.equals("Tweet") ? result : null;
  }

  private static String ownId(JsonNode tweet) {
    String id = JsonFields.text(tweet, "rest_id");
    if (id == null) {
      id = JsonFields.text(tweet, "legacy/id_str"); // the older "adaptive" captures have no rest_id
    }
    if (id == null || id.isBlank()) {
      throw RecordRejectedException.field("rest_id", "missing");
    }
    return id;
  }

  /** The id under which a tweet is stored: its edit chain's initial id for a later version. */
  private static String chainId(JsonNode tweet) {
    String initial = JsonFields.text(tweet, "edit_control/initial_tweet_id");
    if (initial != null && !initial.isBlank()) {
      return initial;
    }
    String id = JsonFields.text(tweet, "rest_id");
    return id != null ? id : JsonFields.text(tweet, "legacy/id_str");
  }

  private static Engagement engagement(JsonNode tweet, JsonNode legacy) {
    Long views = JsonFields.number(tweet, "views/count");
    Engagement e = new Engagement(JsonFields.number(legacy, "favorite_count"),
        JsonFields.number(legacy, "retweet_count"), JsonFields.number(legacy, "reply_count"),
        JsonFields.number(legacy, "quote_count"), views != null ? views : JsonFields.number(tweet, "ext_views/count"));
    return e.isEmpty() ? Engagement.NONE : e;
  }
}
