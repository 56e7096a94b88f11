package dev.chorus.source.coortweet;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.post.PostKind;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.input.CsvRow;
import dev.chorus.text.Timestamps;
import dev.chorus.text.UrlNormalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * One row of CooRTweet's share table: account {@code account_id} shared object {@code object_id} in its post
 * {@code content_id} at {@code timestamp_share} (POSIX seconds). CooRTweet is content-agnostic, so the object may be
 * another post (a retweet: a repost of it), a URL (a post linking it) or a hashtag (a post using it).
 */
final class ShareRowMapper {
  private ShareRowMapper() {}

  /** The post a row of the share table stands for, on {@code platform}. */
  static Post map(CsvRow row, Platform platform) {
    String objectId = required(row, "object_id");
    String contentId = required(row, "content_id");
    PostBuilder b = Post.builder(platform, contentId)
        .author(Author.of(required(row, "account_id"), null, null))
        .createdAt(time(required(row, "timestamp_share")))
        .text("");
    String lower = objectId.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      b.addUrl(UrlNormalizer.normalize(objectId));
    } else if (objectId.startsWith("#") && objectId.length() > 1) {
      b.addHashtag(objectId.substring(1));
    } else if (!objectId.equals(contentId)) {
      b.kind(PostKind.REPOST).sharedPostId(Post.stableId(platform, objectId));
    }
    if (platform == Platform.X && contentId.chars().allMatch(Character::isDigit)) {
      b.url("https://x.com/i/web/status/" + contentId);
    }
    return b.build();
  }

  /** The stripped value of a column of the row; a blank value rejects the row. */
  static String required(CsvRow row, String column) {
    String v = row.get(column);
    if (v == null || v.isBlank()) {
      throw RecordRejectedException.field(column, "missing");
    }
    return v.strip();
  }

  private static Instant time(String value) {
    Instant t = Timestamps.parse(value);
    if (t == null) {
      throw RecordRejectedException.field("timestamp_share",
          "not a POSIX timestamp: '" + JsonInput.excerpt(value) + "'");
    }
    return t;
  }
}
