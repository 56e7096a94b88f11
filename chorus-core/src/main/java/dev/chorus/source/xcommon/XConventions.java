package dev.chorus.source.xcommon;

import java.util.Set;

/** Small X-specific conventions: which language codes are not languages, and how permalinks look. */
public final class XConventions {
  /**
   * X marks posts without linguistic content with pseudo-codes: {@code und} (undetermined), {@code zxx} (no text),
   * and {@code qam/qct/qht/qme/qst} (only mentions, cashtags, hashtags, media, or very short). None is a language.
   */
  private static final Set<String> NOT_A_LANGUAGE = Set.of("und", "zxx", "qam", "qct", "qht", "qme", "qst");

  private XConventions() {}

  /** The platform's language code, or null when absent or one of X's "not a language" markers. */
  public static String lang(String raw) {
    if (raw == null || raw.isBlank() || NOT_A_LANGUAGE.contains(raw.trim())) {
      return null;
    }
    return raw.trim();
  }

  /**
   * The post's permalink. With the handle it is the familiar {@code https://x.com/{handle}/status/{id}}; without it
   * X's handle-less form {@code https://x.com/i/web/status/{id}}, which redirects to the same page.
   */
  public static String permalink(String handle, String nativeId) {
    if (handle == null || handle.isBlank()) {
      return "https://x.com/i/web/status/" + nativeId;
    }
    return "https://x.com/" + handle + "/status/" + nativeId;
  }
}
