package dev.chorus.post;

import java.util.Locale;

/** Where a post was published. The lower-case {@link #id()} is the stable name used in ids, CLI filters and the API. */
public enum Platform {
  X,
  TELEGRAM,
  MASTODON,
  BLUESKY,
  REDDIT,
  NEWS,
  TIKTOK,
  FACEBOOK,
  OTHER;

  /** Made once: ids are read for every post, often several times (the pseudonymiser, the store). */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  /** Parses a platform id such as {@code "x"} or {@code "twitter"}; unknown names map to {@link #OTHER}. */
  public static Platform fromId(String id) {
    if (id == null || id.isBlank()) {
      return OTHER;
    }
    String key = id.trim().toLowerCase(Locale.ROOT);
    switch (key) {
      case "twitter":
        return X;
      case "rss":
      case "atom":
      case "web":
        return NEWS;
      default:
        for (Platform p : values()) {
          if (p.id().equals(key)) {
            return p;
          }
        }
        return OTHER;
    }
  }
}
