package dev.chorus.classify;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** Counts of word n-gram hashes (used when fitting a vocabulary). */
  static Map<Long, Integer> words(String text, int min, int max) {
    return countRuns(wordHashes(text, min, max));
  }

  /** Counts of character n-gram hashes (used when fitting a vocabulary). */
  static Map<Long, Integer> chars(String text, int min, int max) {
    return countRuns(charHashes(text, min, max));
  }

  /**
   * The word n-gram hashes of a text, sorted, one entry per occurrence: equal hashes are adjacent, so counting them
   * needs no map of boxed longs (this runs for every post the stance and frame models score).
   */
  static long[] wordHashes(String text, int min, int max) {
    if (min == 0) {
      return new long[0];
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    long[] out = new long[tokens.size() * (max - min + 1)];
    int k = 0;
    for (int i = 0; i < tokens.size(); i++) {
      long h = WORD_SEED;
      for (int n = 1; n <= max && i + n <= tokens.size(); n++) {
        if (n > 1) {
          h = mix(h, ' ');
        }
        h = mix(h, tokens.get(i + n - 1));
        if (n >= min) {
          out[k++] = h;
        }
      }
    }
    return sorted(out, k);
  }

  /** The character n-gram hashes of the text padded with one space on each side, sorted, one per occurrence. */
  static long[] charHashes(String text, int min, int max) {
    if (min == 0) {
      return new long[0];
    }
    String padded = " " + text + " ";
    long[] out = new long[padded.length() * (max - min + 1)];
    int k = 0;
    for (int i = 0; i < padded.length(); i++) {
      long h = CHAR_SEED;
      for (int n = 1; n <= max && i + n <= padded.length(); n++) {
        h = mix(h, padded.charAt(i + n - 1));
        if (n >= min) {
          out[k++] = h;
        }
      }
    }
    return sorted(out, k);
  }

  private static long[] sorted(long[] values, int length) {
    long[] out = Arrays.copyOf(values, length);
    Arrays.sort(out);
    return out;
  }

  private static Map<Long, Integer> countRuns(long[] sorted) {
    Map<Long, Integer> counts = new HashMap<>();
    for (long h : sorted) {
      counts.merge(h, 1, Integer::sum);
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
