package dev.chorus.source.coortweet;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostBuilder;
import dev.chorus.source.JsonInput;
import dev.chorus.source.RecordRejectedException;
import dev.chorus.source.RecordSink;
import dev.chorus.source.UnreadableInputException;
import dev.chorus.source.csv.CsvRows;
import dev.chorus.text.Timestamps;
import java.time.Instant;

/**
 * One row of CooRTweet's multi-modal post table (the German 2021 election sample): account {@code account_id}, whose
 * prefix names the platform ({@code fb_} Facebook, {@code tw_} Twitter), posted {@code post_id} at {@code timestamp}
 * containing the anonymised objects {@code url_id}, {@code hashtag_id} and {@code phash_id} (a perceptual image
 * hash). The anonymised ids are kept as given in urls, hashtags and media; {@code domain_id} has no place in a post
 * and is dropped (it only repeats the URL's domain).
 */
final class PostTableRowMapper implements CsvRows.RowMapper {
  /** Platform for every row, or null to take it from the account prefix. */
  private final Platform platform;
  private final int account;
  private final int post;
  private final int timestamp;
  private final int url;
  private final int hashtag;
  private final int phash;

  PostTableRowMapper(CsvRows.Header header, Platform platform) throws UnreadableInputException {
    this.platform = platform;
    account = header.require("account_id");
    post = header.require("post_id");
    timestamp = header.require("timestamp");
    url = header.indexOf("url_id");
    hashtag = header.indexOf("hashtag_id");
    phash = header.indexOf("phash_id");
  }

  @Override
  public void map(CsvRows.Row row, RecordSink sink) {
    String accountId = ShareRowMapper.required(row, account, "account_id");
    String postId = ShareRowMapper.required(row, post, "post_id");
    String time = ShareRowMapper.required(row, timestamp, "timestamp");
    Instant t = Timestamps.parse(time);
    if (t == null) {
      throw RecordRejectedException.field("timestamp", "not a POSIX timestamp: '" + JsonInput.excerpt(time) + "'");
    }
    PostBuilder b = Post.builder(platform != null ? platform : platformOf(accountId), postId)
        .author(Author.of(accountId, null, null))
        .createdAt(t)
        .text("")
        .addUrl(strip(row.get(url)))
        .addHashtag(strip(row.get(hashtag)))
        .addMedia(strip(row.get(phash)));
    sink.post(row.number(), b.build());
  }

  static Platform platformOf(String accountId) {
    if (accountId.startsWith("fb_")) {
      return Platform.FACEBOOK;
    }
    return accountId.startsWith("tw_") ? Platform.X : Platform.OTHER;
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
