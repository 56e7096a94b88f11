package dev.chorus.post;

import java.util.Locale;

/**
 * What kind of contribution a post is. Shares (retweet, boost, forward, repost) are one kind because analyses treat
 * them alike: the author amplifies someone else's post, identified by {@link Post#sharedPostId()}.
 */
public enum PostKind {
  POST,
  REPLY,
  QUOTE,
  REPOST,
  COMMENT,
  ARTICLE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PostKind fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
