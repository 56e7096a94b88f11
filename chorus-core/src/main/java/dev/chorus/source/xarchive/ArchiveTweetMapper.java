package dev.chorus.source.xarchive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.xcommon.LegacyEntities;
import dev.chorus.source.xcommon.TweetVersion;
import dev.chorus.text.TextEntities;

/** Maps one element of an archive's tweets array to a post. */
final class ArchiveTweetMapper {
  /** The author id of every archived post: the archive's owner, whom tweets.js does not name. */
  static final String ARCHIVE_OWNER = "x-archive-owner";

  private static final Author OWNER = Author.of(ARCHIVE_OWNER, null, null);

  void map(long record, JsonNode element, RecordSink sink) {
    JsonNode wrapped = JsonFields.at(element, "tweet");
    JsonNode tweet = wrapped != null && wrapped.isObject() ? wrapped : element;
    if (!tweet.isObject()) {
      throw new RecordRejectedException("not a tweet object but " + tweet.getNodeType());
    }
    String id = JsonFields.text(tweet, "id_str") != null ? JsonFields.text(tweet, "id_str")
        : JsonFields.requireText(tweet, "id");
    String text = JsonFields.text(tweet, "full_text") != null ? JsonFields.text(tweet, "full_text")
        : JsonFields.text(tweet, "text");
    if (text == null) {
      throw RecordRejectedException.field("full_text", "missing");
    }
    TweetVersion version = TweetVersion.of(id, JsonFields.text(tweet, "edit_info/edit/initialTweetId"),
        JsonFields.requireTime(tweet, "created_at"));
    PostBuilder post = version.post(OWNER, text, JsonFields.text(tweet, "lang"))
        .engagement(engagement(tweet));
    JsonNode entities = JsonFields.at(tweet, "entities");
    if (entities != null) {
      LegacyEntities.addTo(post, entities);
    } else {
      TextEntities.hashtags(text).forEach(post::addHashtag);
      TextEntities.mentions(text).forEach(post::addMention);
    }
    LegacyEntities.addMedia(post, tweet);
    kind(post, tweet, text);
    sink.post(record, post.build());
  }

  private static void kind(PostBuilder post, JsonNode tweet, String text) {
    String replyTo = JsonFields.text(tweet, "in_reply_to_status_id_str");
    String quoted = JsonFields.text(tweet, "quoted_status_id_str");
    if (text.startsWith("RT @")) {
      post.kind(PostKind.REPOST).sharedPostId(retweetedId(tweet));
    } else if (replyTo != null && !replyTo.isBlank()) {
      post.kind(PostKind.REPLY).replyToId(Post.stableId(Platform.X, replyTo));
    } else if (quoted != null && !quoted.isBlank()) {
      post.kind(PostKind.QUOTE);
    }
    if (quoted != null && !quoted.isBlank()) {
      post.quotedId(Post.stableId(Platform.X, quoted));
    }
  }

  /** Media copied from a retweeted post name that post in source_status_id_str: the only trace of the original. */
  private static String retweetedId(JsonNode tweet) {
    for (String path : new String[] {"extended_entities/media", "entities/media"}) {
      for (JsonNode m : LegacyEntities.iterable(tweet, path)) {
        String source = JsonFields.text(m, "source_status_id_str");
        if (source != null && !source.isBlank()) {
          return Post.stableId(Platform.X, source);
        }
      }
    }
    return null;
  }

  private static Engagement engagement(JsonNode tweet) {
    Engagement e = new Engagement(JsonFields.number(tweet, "favorite_count"),
        JsonFields.number(tweet, "retweet_count"), null, null, null);
    return e.isEmpty() ? Engagement.NONE : e;
  }
}
