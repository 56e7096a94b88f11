package dev.chorus.classify;

import dev.chorus.text.TextFolding;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prepares a post's text for feature extraction. URLs and @mentions become placeholder tokens (their identity rarely
 * generalises, their presence does), the {@code #} of hashtags is dropped so {@code #Hillary} and {@code Hillary} are
 * one word, tags that annotators added to every post (SemEval's {@code #SemST}) are removed, and the letters are
 * folded by {@link TextFolding}, so that spelling variants (ي/ی, أ/ا, harakat, tatweel, niqqud, ZWNJ) are one
 * feature.
 *
 * @param lowercase fold case too ({@link TextFolding#forMatching}); false keeps it ({@link TextFolding#lettersOnly})
 * @param removedTags hashtags (without {@code #}, any case) removed entirely
 */
public record FeatureText(boolean lowercase, List<String> removedTags) {
  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.\\S+|\\bURL\\b");
  private static final Pattern MENTION = Pattern.compile("@\\w+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  public FeatureText {
    removedTags = List.copyOf(removedTags == null ? List.of() : removedTags);
  }

  /** Lower-casing and folding, and removal of SemEval's {@code #SemST}. */
  public static FeatureText standard() {
    return new FeatureText(true, List.of("SemST"));
  }

  public String normalize(String text) {
    if (text == null) {
      return "";
    }
    // folded first: NFKC turns a full-width ＃ or ＠ into the characters the steps below look for
    String t = lowercase ? TextFolding.forMatching(text) : TextFolding.lettersOnly(text);
    t = URL.matcher(t).replaceAll(" httpurl ");
    t = MENTION.matcher(t).replaceAll(" @user ");
    for (String tag : removedTags) {
      t = removeTag(t, tag);
    }
    t = t.replace("#", " ").replace('_', ' ');
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
