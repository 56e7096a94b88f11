package dev.chorus.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts hashtags, mentions and URLs from plain text for platforms that do not mark them up (Telegram plain text,
 * Reddit, RSS, CSV). Hashtags may be in any script (Persian {@code #نه_به_مذاکره} included); mentions cover
 * {@code @handle}, Mastodon's {@code @user@instance} and Bluesky's {@code @name.bsky.social}.
 */
public final class TextEntities {
  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_&/])[#＃]([\\p{L}\\p{M}\\p{N}_\\u200c]*[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}_\\u200c]*)");
  /** A mention: '@' then a handle, optionally '@instance' or dotted domain parts (Bluesky). */
  public static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_.@/])@([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)");
  // A full-width number sign ends a URL: it starts a hashtag in East Asian and Persian typing, and inside a host it
  // would fold to '#' (a fragment) on normalisation, so "https://a＃b" read as a link normalised differently twice.
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'«»“”‘’＃]+", Pattern.CASE_INSENSITIVE);
  /** Punctuation that ends the sentence around a URL, not the URL: Latin, and Arabic-script comma, semicolon, marks. */
  private static final Pattern TRAILING = Pattern.compile("[.,;:!?\\]}،؛؟۔…]+$");

  private TextEntities() {}

  public static List<String> hashtags(String text) {
    return distinct(HASHTAG, text);
  }

  public static List<String> mentions(String text) {
    List<String> out = new ArrayList<>();
    for (String m : distinct(MENTION, text)) {
      out.add(m.endsWith(".") ? m.substring(0, m.length() - 1) : m);
    }
    return out;
  }

  /** URLs in the text, trailing punctuation removed, normalised. */
  public static List<String> urls(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = withoutTrailingPunctuation(m.group());
      if (url.indexOf("//") + 2 < url.length()) { // "see https://." is a scheme and a full stop, not a link
        out.add(UrlNormalizer.normalize(url));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The URL without the punctuation that follows it in the sentence. A closing parenthesis belongs to the URL when it
   * closes one opened inside it (Wikipedia's {@code Foo_(bar)}), and to the sentence otherwise.
   */
  private static String withoutTrailingPunctuation(String url) {
    String u = url;
    while (true) {
      String t = TRAILING.matcher(u).replaceFirst("");
      if (t.endsWith(")") && t.chars().filter(c -> c == ')').count() > t.chars().filter(c -> c == '(').count()) {
        t = t.substring(0, t.length() - 1);
      }
      if (t.equals(u)) {
        return u;
      }
      u = t;
    }
  }

  private static List<String> distinct(Pattern p, String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return List.of();
    }
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return new ArrayList<>(out);
  }
}
