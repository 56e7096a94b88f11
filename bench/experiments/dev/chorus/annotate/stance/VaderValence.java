package dev.chorus.annotate.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Experiment, not product code: a reduced VADER (Hutto &amp; Gilbert 2014) valence scorer over the lexicon file of the
 * npm package {@code vader-sentiment} 1.1.3 ({@code package/vader_lexicon.txt}: token TAB mean valence TAB ...), read
 * at run time, never stored in the repository. What is implemented of VADER:
 *
 * <ul>
 *   <li>tokens: the post split on white space, one-character tokens dropped (as VADER does); a token's leading and trailing punctuation is stripped when at least
 *       two characters remain (VADER's rule, so emoticons such as {@code :)} stay whole); looked up lower-cased, the
 *       unstripped token first (emoticons), then the stripped one;
 *   <li>negation: a word's valence is multiplied by VADER's {@code N_SCALAR} −0.74 once for each of the three
 *       preceding tokens that is a negation (VADER's {@code NEGATE} list, or any token containing {@code n't});
 *   <li>pos / neg: VADER's proportions: each positive word adds valence + 1 to the positive sum, each negative word
 *       valence − 1 to the negative sum, every other token 1 to the neutral count; pos = positive sum / total, neg =
 *       |negative sum| / total, total = positive + |negative| + neutral;
 *   <li>compound: x / √(x² + 15), x the sum of the (negation-adjusted) valences (VADER's normalisation, alpha 15).
 * </ul>
 *
 * Not implemented: boosters and dampeners ("very", "slightly"), the ALL-CAPS emphasis, "but" shifting weight to the
 * second clause, "never so/this" boosting, "kind of", idioms, exclamation and question mark emphasis.
 */
final class VaderValence {
  static final double N_SCALAR = -0.74;
  static final double ALPHA = 15;
  static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
      "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent",
      "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
      "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant",
      "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
      "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  private final Map<String, Double> lexicon;

  private VaderValence(Map<String, Double> lexicon) {
    this.lexicon = lexicon;
  }

  /** Reads {@code vader_lexicon.txt}: token, tab, mean valence, (tab, further columns). */
  static VaderValence read(Path file) throws IOException {
    Map<String, Double> m = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && !f[0].isEmpty()) {
        m.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
      }
    }
    if (m.size() < 1000) {
      throw new IOException(file + ": not a VADER lexicon (" + m.size() + " entries)");
    }
    return new VaderValence(m);
  }

  int size() {
    return lexicon.size();
  }

  /** {pos, neg, compound} of a post. */
  double[] scores(String text) {
    List<String> tokens = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    for (String t : text.strip().split("\\s+")) {
      if (t.length() <= 1) {
        continue; // VADER drops one-character tokens
      }
      String stripped = t.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
      raw.add(t.toLowerCase(Locale.ROOT));
      tokens.add((stripped.length() >= 2 ? stripped : t).toLowerCase(Locale.ROOT));
    }
    double sum = 0;
    double pos = 0;
    double neg = 0;
    int neutral = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Double v = lexicon.get(raw.get(i));
      if (v == null) {
        v = lexicon.get(tokens.get(i));
      }
      if (v == null || v == 0) {
        neutral++;
        continue;
      }
      double valence = v;
      for (int back = 1; back <= 3 && i - back >= 0; back++) {
        if (negation(tokens.get(i - back))) {
          valence *= N_SCALAR;
        }
      }
      sum += valence;
      if (valence > 0) {
        pos += valence + 1;
      } else if (valence < 0) {
        neg += valence - 1;
      } else {
        neutral++;
      }
    }
    double total = pos + Math.abs(neg) + neutral;
    return new double[] {total == 0 ? 0 : pos / total, total == 0 ? 0 : Math.abs(neg) / total,
        sum / Math.sqrt(sum * sum + ALPHA)};
  }

  private static boolean negation(String token) {
    return NEGATE.contains(token) || token.contains("n't");
  }
}
