package dev.chorus.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prepares a post's text for feature extraction. URLs and @mentions become placeholder tokens (their identity rarely
 * generalises, their presence does), the {@code #} of hashtags is dropped so {@code #Hillary} and {@code Hillary} are
 * one word, tags that annotators added to every post (SemEval's {@code #SemST}) are removed, and letters are
 * lower-cased and optionally Arabic-folded.
 *
 * @param lowercase lower-case the text
 * @param arabic apply {@link ArabicNormalization}
 * @param removedTags hashtags (without {@code #}, any case) removed entirely
 */
public record TextNormalizer(boolean lowercase, boolean arabic, List<String> removedTags) {
  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+|\\bURL\\b");
  private static final Pattern MENTION = Pattern.compile("@\\w+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  public TextNormalizer {
    removedTags = List.copyOf(removedTags == null ? List.of() : removedTags);
  }

  /** Lower-casing, Arabic folding, and removal of SemEval's {@code #SemST}. */
  public static TextNormalizer standard() {
    return new TextNormalizer(true, true, List.of("SemST"));
  }

  public String normalize(String text) {
    if (text == null) {
      return "";
    }
    String t = URL.matcher(text).replaceAll(" httpurl ");
    t = MENTION.matcher(t).replaceAll(" @user ");
    for (String tag : removedTags) {
      t = removeTag(t, tag);
    }
    t = t.replace("#", " ").replace('_', ' ');
    if (lowercase) {
      t = t.toLowerCase(Locale.ROOT);
    }
    if (arabic) {
      t = ArabicNormalization.normalize(t);
    }
    return SPACE.matcher(t).replaceAll(" ").strip();
  }

  /** Removes every {@code #tag} (any case) that is not the start of a longer word. */
  private static String removeTag(String text, String tag) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i + 1 + tag.length();
      if (text.charAt(i) == '#' && text.regionMatches(true, i + 1, tag, 0, tag.length())
          && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        out.append(' ');
        i = end;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }
}
