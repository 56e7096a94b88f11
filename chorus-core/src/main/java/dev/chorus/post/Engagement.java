package dev.chorus.post;

/**
 * Engagement counts as the platform reported them at collection time; a null field means "not reported", which is
 * different from zero.
 */
public record Engagement(Long likes, Long shares, Long replies, Long quotes, Long views) {
  public static final Engagement NONE = new Engagement(null, null, null, null, null);

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return likes == null && shares == null && replies == null && quotes == null && views == null;
  }
}
