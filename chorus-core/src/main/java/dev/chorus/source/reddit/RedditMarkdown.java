package dev.chorus.source.reddit;

import dev.chorus.text.TextEntities;
import dev.chorus.text.UrlNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reddit Markdown as stored in dumps: undoes the HTML escaping Reddit applies to bodies and titles, and finds link
 * targets, {@code u/name} mentions and hashtags. The text itself stays the Markdown the author wrote.
 */
final class RedditMarkdown {
  /** {@code [label](target)}; the target may hold one level of balanced parentheses (Wikipedia links). */
  private static final Pattern LINK =
      Pattern.compile("\\[[^\\]\\n]*\\]\\(\\s*<?(https?://(?:[^\\s()<>]|\\([^\\s()<>]*\\))+)>?(?:\\s+\"[^\"]*\")?\\s*\\)",
          Pattern.CASE_INSENSITIVE);
  /** {@code u/name} or {@code /u/name}, not inside a URL path; Reddit names are 3-20 of [A-Za-z0-9_-]. */
  private static final Pattern USER =
      Pattern.compile("(?<![\\p{L}\\p{N}_/.-])/?u/([A-Za-z0-9_-]{3,20})(?![A-Za-z0-9_-])");
  /** The new Reddit editor backslash-escapes Markdown punctuation, also inside URLs and names ({@code foo\_bar}). */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~^|])");

  private RedditMarkdown() {}

  /** Undoes Reddit's HTML escaping: it escapes only {@code & < >} (and quotes in some old records). */
  static String unescapeHtml(String s) {
    if (s == null || s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** True for the placeholders Reddit puts in place of a deleted or moderator-removed text. */
  static boolean isRemovedPlaceholder(String s) {
    return "[removed]".equals(s) || "[deleted]".equals(s);
  }

  /** Link targets first ({@code [x](url)}), then bare URLs elsewhere in the text, normalised, without duplicates. */
  static List<String> urls(String markdown) {
    Set<String> out = new LinkedHashSet<>();
    if (markdown == null || markdown.isEmpty()) {
      return List.of();
    }
    String plain = ESCAPE.matcher(markdown).replaceAll("$1");
    Matcher m = LINK.matcher(plain);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      out.add(UrlNormalizer.normalize(m.group(1)));
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    out.addAll(TextEntities.urls(rest.toString()));
    return new ArrayList<>(out);
  }

  static List<String> mentions(String markdown) {
    Set<String> out = new LinkedHashSet<>();
    if (markdown == null) {
      return List.of();
    }
    Matcher m = USER.matcher(ESCAPE.matcher(markdown).replaceAll("$1"));
    while (m.find()) {
      out.add(m.group(1));
    }
    return new ArrayList<>(out);
  }

  static List<String> hashtags(String markdown) {
    if (markdown == null) {
      return List.of();
    }
    return TextEntities.hashtags(ESCAPE.matcher(markdown).replaceAll("$1"));
  }
}
