package dev.chorus.source.xcommon;

import java.time.Instant;

/**
 * Identity and times of one version of a possibly edited post.
 *
 * <p>On X every edit is a new Tweet with its own id and its own {@code created_at}; the chain is identified by its
 * first id. Chorus keeps ONE post per chain, so that a newer copy replaces an older one in the store: the native id is
 * the chain's initial id, {@code createdAt} is when the initial version was posted (decoded from its Snowflake id) and
 * {@code editedAt} is the {@code created_at} of the version at hand. An unedited post, or the initial version of an
 * edited one, keeps its own id and has no {@code editedAt}.
 *
 * @param nativeId the id of the chain (initial version), used as the post's native id
 * @param createdAt when the initial version was posted
 * @param editedAt when this version was posted, if it is a later version; otherwise null
 */
public record TweetVersion(String nativeId, Instant createdAt, Instant editedAt) {
  /** X's Snowflake epoch, 2010-11-04T01:42:54.657Z, in epoch milliseconds. */
  private static final long SNOWFLAKE_EPOCH_MS = 1_288_834_974_657L;

  /**
   * @param ownId the id of this version
   * @param initialId the first id of its edit chain, or null when the platform gave none
   * @param versionCreatedAt the {@code created_at} of this version
   */
  public static TweetVersion of(String ownId, String initialId, Instant versionCreatedAt) {
    if (initialId == null || initialId.isBlank() || initialId.equals(ownId)) {
      return new TweetVersion(ownId, versionCreatedAt, null);
    }
    Instant initialTime = snowflakeTime(initialId);
    // An initial id that is not a Snowflake (or decodes to after this version) tells nothing: keep the version's time.
    Instant created = initialTime != null && !initialTime.isAfter(versionCreatedAt) ? initialTime : versionCreatedAt;
    return new TweetVersion(initialId, created, versionCreatedAt);
  }

  /**
   * The creation time encoded in a Snowflake id (all X ids since November 2010), or null for anything that is not a
   * positive decimal Snowflake id.
   */
  public static Instant snowflakeTime(String id) {
    if (id == null || id.isEmpty() || id.length() > 19 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    long value;
    try {
      value = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return null;
    }
    long offsetMs = value >> 22;
    // Pre-Snowflake ids (sequential, before late 2010) decode to the first seconds after the epoch: not a time.
    if (offsetMs < 86_400_000L) {
      return null;
    }
    return Instant.ofEpochMilli(SNOWFLAKE_EPOCH_MS + offsetMs);
  }

  /**
   * The part of a post every X source maps the same way: platform, this version's id and times, author, text,
   * language (X's "not a language" codes dropped) and permalink.
   */
  public dev.chorus.post.PostBuilder post(dev.chorus.post.Author author, String text, String rawLang) {
    return dev.chorus.post.Post.builder(dev.chorus.post.Platform.X, nativeId)
        .author(author)
        .createdAt(createdAt)
        .editedAt(editedAt)
        .text(text)
        .lang(XConventions.lang(rawLang))
        .url(XConventions.permalink(author.handle(), nativeId));
  }
}
