package dev.chorus.source.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.post.Author;
import dev.chorus.post.Engagement;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonFields;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.xcommon.LegacyEntities;
import dev.chorus.source.xcommon.TweetVersion;
import dev.chorus.text.TextEntities;
import dev.chorus.text.UrlNormalizer;
import java.time.Instant;

/** Maps one API v2 Tweet object to a post, resolving author, references and media through the response's includes. */
final class ApiTweetMapper {

  Post map(JsonNode tweet, ApiIncludes includes) {
    if (tweet == null || !tweet.isObject()) {
      throw new RecordRejectedException("not a Tweet object: " + (tweet == null ? "null" : tweet.getNodeType()));
    }
    String id = JsonFields.requireText(tweet, "id");
    Author author = author(tweet, includes);
    JsonNode history = JsonFields.at(tweet, "edit_history_tweet_ids");
    String initialId = history != null && history.isArray() && history.size() > 1 ? history.get(0).asText() : null;
    TweetVersion version = TweetVersion.of(id, initialId, versionTime(tweet, id));

    // Long posts (over 280 characters) carry the full text and its entities in note_tweet; text is then truncated.
    JsonNode note = JsonFields.at(tweet, "note_tweet");
    String noteText = JsonFields.text(note, "text");
    boolean useNote = noteText != null && !noteText.isBlank();
    String text = useNote ? noteText : JsonFields.text(tweet, "text");
    if (text == null) {
      throw RecordRejectedException.field("text", "missing");
    }
    PostBuilder post = version.post(author, text, JsonFields.text(tweet, "lang"))
        .engagement(engagement(JsonFields.at(tweet, "public_metrics")));
    references(post, tweet, includes);
    JsonNode noteEntities = useNote ? JsonFields.at(note, "entities") : null;
    entities(post, noteEntities != null ? noteEntities : JsonFields.at(tweet, "entities"), text);
    for (JsonNode key : LegacyEntities.iterable(tweet, "attachments/media_keys")) {
      JsonNode media = includes.media(key.asText());
      // photos have url; videos and GIFs only a preview image
      String url = JsonFields.text(media, "url");
      post.addMedia(url != null ? url : JsonFields.text(media, "preview_image_url"));
    }
    return post.build();
  }

  private static Author author(JsonNode tweet, ApiIncludes includes) {
    String authorId = JsonFields.text(tweet, "author_id");
    if (authorId == null || authorId.isBlank()) {
      throw RecordRejectedException.field("author_id", "missing (was the author_id expansion requested?)");
    }
    JsonNode user = includes.user(authorId);
    return Author.of(authorId, JsonFields.text(user, "username"), JsonFields.text(user, "name"));
  }

  /** created_at is only present when requested (tweet.fields); without it the Snowflake id still tells the time. */
  private static Instant versionTime(JsonNode tweet, String id) {
    if (JsonFields.at(tweet, "created_at") != null) {
      return JsonFields.requireTime(tweet, "created_at");
    }
    Instant fromId = TweetVersion.snowflakeTime(id);
    if (fromId == null) {
      throw RecordRejectedException.field("created_at", "missing, and id '" + id + "' is not a Snowflake id");
    }
    return fromId;
  }

  /** A retweet is a share whatever else it references; a reply that quotes is a reply (quotedId is kept). */
  private static void references(PostBuilder post, JsonNode tweet, ApiIncludes includes) {
    String shared = null;
    String quoted = null;
    String repliedTo = null;
    for (JsonNode ref : LegacyEntities.iterable(tweet, "referenced_tweets")) {
      String refId = JsonFields.text(ref, "id");
      String type = JsonFields.text(ref, "type");
      if (refId == null || type == null) {
        continue;
      }
      String target = Post.stableId(Platform.X, includes.chainId(refId));
      switch (type) {
        case "retweeted" -> shared = target;
        case "quoted" -> quoted = target;
        case "replied_to" -> repliedTo = target;
        default -> { } // unknown reference types are ignored, not fatal
      }
    }
    PostKind kind = shared != null ? PostKind.REPOST
        : repliedTo != null ? PostKind.REPLY
        : quoted != null ? PostKind.QUOTE : PostKind.POST;
    post.kind(kind).sharedPostId(shared).quotedId(quoted).replyToId(repliedTo);
  }

  private static void entities(PostBuilder post, JsonNode entities, String text) {
    if (entities == null) {
      // entities are only present when requested; hashtags and mentions can still be read from the text
      TextEntities.hashtags(text).forEach(post::addHashtag);
      TextEntities.mentions(text).forEach(post::addMention);
      return;
    }
    for (JsonNode tag : LegacyEntities.iterable(entities, "hashtags")) {
      post.addHashtag(JsonFields.text(tag, "tag"));
    }
    for (JsonNode mention : LegacyEntities.iterable(entities, "mentions")) {
      post.addMention(JsonFields.text(mention, "username"));
    }
    for (JsonNode url : LegacyEntities.iterable(entities, "urls")) {
      if (JsonFields.at(url, "media_key") != null) {
        continue; // the link to an attached photo or video, already listed as media
      }
      String expanded = JsonFields.text(url, "expanded_url");
      String link = expanded != null && !expanded.isBlank() ? expanded : JsonFields.text(url, "url");
      if (link != null && !link.isBlank()) {
        post.addUrl(UrlNormalizer.normalize(link));
      }
    }
  }

  private static Engagement engagement(JsonNode metrics) {
    if (metrics == null) {
      return Engagement.NONE;
    }
    return new Engagement(JsonFields.number(metrics, "like_count"), JsonFields.number(metrics, "retweet_count"),
        JsonFields.number(metrics, "reply_count"), JsonFields.number(metrics, "quote_count"),
        JsonFields.number(metrics, "impression_count"));
  }
}
