package dev.chorus.analysis.coordination;

import java.util.Locale;

/** What counts as "the same object" when two accounts share it. */
public enum ObjectKind {
  /** A linked URL, normalised (tracking parameters dropped). */
  URL,
  /** A hashtag, lower-cased. */
  HASHTAG,
  /** The original post of a repost (retweet, boost, forward). */
  REPOST,
  /** A cluster of near-duplicate texts (copypasta), found by MinHash LSH. */
  TEXT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ObjectKind fromId(String id) {
    for (ObjectKind k : values()) {
      if (k.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown object kind '" + id + "'; known: url, hashtag, repost, text");
  }
}
