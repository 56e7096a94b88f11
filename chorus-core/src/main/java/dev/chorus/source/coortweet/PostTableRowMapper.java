package dev.chorus.source.coortweet;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.input.CsvRow;
import dev.chorus.text.Timestamps;
import java.time.Instant;

/**
 * One row of CooRTweet's multi-modal post table (the German 2021 election sample): account {@code account_id}, whose
 * prefix names the platform ({@code fb_} Facebook, {@code tw_} Twitter), posted {@code post_id} at {@code timestamp}
 * containing the anonymised objects {@code url_id}, {@code hashtag_id} and {@code phash_id} (a perceptual image
 * hash). The anonymised ids are kept as given in urls, hashtags and media; {@code domain_id} has no place in a post
 * and is dropped (it only repeats the URL's domain).
 */
final class PostTableRowMapper {
  private PostTableRowMapper() {}

  /** The post a row stands for; {@code platform} is that of every row, or null to take it from the account prefix. */
  static Post map(CsvRow row, Platform platform) {
    String accountId = ShareRowMapper.required(row, "account_id");
    String postId = ShareRowMapper.required(row, "post_id");
    String time = ShareRowMapper.required(row, "timestamp");
    Instant t = Timestamps.parse(time);
    if (t == null) {
      throw RecordRejectedException.field("timestamp", "not a POSIX timestamp: '" + JsonInput.excerpt(time) + "'");
    }
    PostBuilder b = Post.builder(platform != null ? platform : platformOf(accountId), postId)
        .author(Author.of(accountId, null, null))
        .createdAt(t)
        .text("")
        .addUrl(optional(row, "url_id"))
        .addHashtag(optional(row, "hashtag_id"))
        .addMedia(optional(row, "phash_id"));
    return b.build();
  }

  static Platform platformOf(String accountId) {
    if (accountId.startsWith("fb_")) {
      return Platform.FACEBOOK;
    }
    return accountId.startsWith("tw_") ? Platform.X : Platform.OTHER;
  }

  private static String optional(CsvRow row, String column) {
    String s = row.get(column);
    return s == null ? null : s.strip();
  }
}
