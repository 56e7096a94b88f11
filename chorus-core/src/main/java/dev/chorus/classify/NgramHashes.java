package dev.chorus.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the word and character n-grams of a normalised text as 64-bit hashes (FNV-1a), keeping words and characters
 * apart so that the word "no" and the characters "no" are different features. Hashing spares storing the n-gram
 * strings; with 64 bits collisions are negligible.
 */
final class NgramHashes {
  /** Tokens: runs of letters, marks and digits (with inner apostrophes), or single symbols such as "!" and emoji. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private static final long WORD_SEED = mix(OFFSET, 'w');
  private static final long CHAR_SEED = mix(OFFSET, 'c');

  private NgramHashes() {}

  /** Counts of word n-gram hashes. */
  static Map<Long, Integer> words(String text, int min, int max) {
    Map<Long, Integer> counts = new HashMap<>();
    if (min == 0) {
      return counts;
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    for (int i = 0; i < tokens.size(); i++) {
      long h = WORD_SEED;
      for (int n = 1; n <= max && i + n <= tokens.size(); n++) {
        if (n > 1) {
          h = mix(h, ' ');
        }
        h = mix(h, tokens.get(i + n - 1));
        if (n >= min) {
          counts.merge(h, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Counts of character n-gram hashes over the text padded with one space on each side. */
  static Map<Long, Integer> chars(String text, int min, int max) {
    Map<Long, Integer> counts = new HashMap<>();
    if (min == 0) {
      return counts;
    }
    String padded = " " + text + " ";
    for (int i = 0; i < padded.length(); i++) {
      long h = CHAR_SEED;
      for (int n = 1; n <= max && i + n <= padded.length(); n++) {
        h = mix(h, padded.charAt(i + n - 1));
        if (n >= min) {
          counts.merge(h, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = mix(h, s.charAt(i));
    }
    return h;
  }

  private static long mix(long h, char c) {
    return (h ^ c) * PRIME;
  }
}
