package dev.chorus.post;

import java.util.Locale;

/**
 * Why a post is in the store. A file lists some posts as its results ({@link #COLLECTED}) and ships others along as
 * context ({@link #REFERENCED}): the tweets of an X API response's {@code includes.tweets}, the original inside a
 * Bluesky repost item, a Mastodon boost's or quote's original, an embedded retweeted or quoted tweet of a web capture.
 * Referenced posts are stored because cross-references, repost coordination and drill-downs need them, but counts
 * and analyses count collected posts unless asked ({@code role} dimension).
 *
 * <p>A share (retweet, repost, boost) is itself collected: the reposter's post of kind {@link PostKind#REPOST}.
 * Of two copies of one post, a collected one wins over a referenced one whatever their versions, so a post first seen
 * as context and later collected becomes collected, never the other way round.
 */
public enum PostRole {
  COLLECTED,
  REFERENCED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The rank of a role in the store's version rule: a collected copy outranks a referenced one. */
  public int rank() {
    return this == COLLECTED ? 1 : 0;
  }
}
