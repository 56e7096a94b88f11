package dev.chorus.annotate.stance;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import dev.chorus.classify.FeatureText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Experiment, not product code: the feature blocks that {@link StanceFeatureBlockExperiment} appends to a target's
 * n-gram vector (before the weight w). Everything a block learns (target terms, hashtag vocabulary) is fitted on the
 * training posts it is given only, so the held-out posts never shape it.
 *
 * <ul>
 *   <li>{@code mention}: 1 if the post names its target (one of the target's terms, below), else nothing;
 *   <li>{@code conj}: the post's n-gram vector again in a "target named" copy (indices after the n-grams) plus the
 *       mention indicator, both only when the post names its target (feature augmentation);
 *   <li>{@code dup}: the same copy without the indicator;
 *   <li>{@code hashtags}: the post's hashtags and their split parts (CamelCase, digits and {@code _} boundaries),
 *       lower-cased, each a binary feature if seen in 2 or more training posts of the target; scaled to unit length;
 *   <li>{@code lexicon}: VADER pos, neg and compound ({@link VaderValence});
 *   <li>{@code lexconj}: the lexicon's three values plus a copy of them when the post names its target.
 * </ul>
 *
 * <p>A target's terms: the stems of the words of its name (stop words and words of under 3 letters left out; a word
 * of more than 5 letters cut to max(5, length − 2) letters, matched as a prefix: Atheism → {@code athei*}) plus the
 * three words most over-represented in its training posts (largest difference between the share of the target's
 * posts and the share of the other targets' posts that contain the word; words of 3+ letters, not stop words, not
 * already matched by a stem, in at least 5 of the target's posts), matched whole. Posts are tokenised after Chorus's
 * own normalisation ({@link FeatureText#standard()}: case and letters folded, URLs and @mentions replaced).
 */
final class FeatureBlocks {
  static final List<String> NAMES = List.of("mention", "conj", "dup", "hashtags", "lexicon", "lexconj");
  private static final FeatureText NORMALIZER = FeatureText.standard();
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
  private static final Set<String> STOP = Set.of("the", "and", "for", "are", "but", "not", "you", "all", "any",
      "can", "her", "was", "one", "our", "out", "his", "has", "have", "had", "him", "how", "man", "new", "now", "old",
      "see", "two", "way", "who", "did", "its", "let", "say", "she", "too", "use", "that", "with", "this", "they",
      "from", "what", "will", "would", "there", "their", "your", "about", "just", "like", "more", "when", "them",
      "than", "then", "been", "were", "which", "some", "into", "only", "also", "because", "being", "should", "could",
      "does", "dont", "don", "user", "httpurl", "is", "a", "of", "to", "in", "on", "be", "it", "an", "as", "at", "by",
      "or", "we", "if", "so", "no", "my", "me", "do", "up", "he", "i", "am", "us");

  /** A block fitted on training posts: per target its size and each post's (unweighted) block vector. */
  interface Fitted {
    /** Number of block features for the target whose n-gram space has {@code baseSize} features. */
    int size(String target, int baseSize);

    /** The block of one post (indices 1..size), given its n-gram vector {@code base}. */
    Feature[] block(String target, String text, Feature[] base, int baseSize);
  }

  private FeatureBlocks() {}

  /** Fits {@code name} on the training posts (all targets: the target terms compare targets). */
  static Fitted fit(String name, List<StanceExample> train, VaderValence vader) {
    TargetTerms terms = TargetTerms.fit(train);
    return switch (name) {
      case "mention" -> new Fitted() {
        public int size(String t, int b) {
          return 1;
        }

        public Feature[] block(String t, String text, Feature[] base, int b) {
          return terms.names(t, text) ? new Feature[] {new FeatureNode(1, 1)} : new Feature[0];
        }
      };
      case "conj", "dup" -> {
        boolean indicator = name.equals("conj");
        yield new Fitted() {
          public int size(String t, int b) {
            return b + (indicator ? 1 : 0);
          }

          public Feature[] block(String t, String text, Feature[] base, int b) {
            if (!terms.names(t, text)) {
              return new Feature[0];
            }
            List<Feature> out = new ArrayList<>();
            for (Feature f : base) {
              out.add(new FeatureNode(f.getIndex(), f.getValue()));
            }
            if (indicator) {
              out.add(new FeatureNode(b + 1, 1));
            }
            return out.toArray(new Feature[0]);
          }
        };
      }
      case "hashtags" -> hashtags(train);
      case "lexicon", "lexconj" -> {
        if (vader == null) {
          throw new IllegalArgumentException("block " + name + " needs --lexicon FILE (vader_lexicon.txt)");
        }
        boolean conj = name.equals("lexconj");
        yield new Fitted() {
          public int size(String t, int b) {
            return conj ? 6 : 3;
          }

          public Feature[] block(String t, String text, Feature[] base, int b) {
            double[] s = vader.scores(text);
            List<Feature> out = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
              out.add(new FeatureNode(i + 1, s[i]));
            }
            if (conj && terms.names(t, text)) {
              for (int i = 0; i < 3; i++) {
                out.add(new FeatureNode(i + 4, s[i]));
              }
            }
            return out.toArray(new Feature[0]);
          }
        };
      }
      default -> throw new IllegalArgumentException("unknown block '" + name + "' (" + NAMES + ")");
    };
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String w : SPLIT.split(NORMALIZER.normalize(text))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The terms of each target (by id), fitted on training posts. */
  record TargetTerms(Map<String, List<String>> stems, Map<String, List<String>> words) {
    static TargetTerms fit(List<StanceExample> train) {
      Map<String, String> names = new LinkedHashMap<>();
      Map<String, List<Set<String>>> posts = new LinkedHashMap<>();
      for (StanceExample e : train) {
        String id = StanceLabels.targetId(e.target());
        names.putIfAbsent(id, e.target());
        posts.computeIfAbsent(id, k -> new ArrayList<>()).add(new LinkedHashSet<>(tokens(e.text())));
      }
      Map<String, Map<String, Integer>> df = new HashMap<>();
      Map<String, Integer> dfAll = new HashMap<>();
      posts.forEach((t, list) -> {
        Map<String, Integer> m = new HashMap<>();
        list.forEach(s -> s.forEach(w -> {
          m.merge(w, 1, Integer::sum);
          dfAll.merge(w, 1, Integer::sum);
        }));
        df.put(t, m);
      });
      Map<String, List<String>> stems = new TreeMap<>();
      Map<String, List<String>> words = new TreeMap<>();
      for (String t : posts.keySet()) {
        List<String> s = new ArrayList<>();
        for (String w : tokens(names.get(t))) {
          if (w.length() >= 3 && !STOP.contains(w)) {
            s.add(w.length() > 5 ? w.substring(0, Math.max(5, w.length() - 2)) : w);
          }
        }
        stems.put(t, s);
        int n = posts.get(t).size();
        int others = train.size() - n;
        Map<String, Integer> mine = df.get(t);
        words.put(t, mine.entrySet().stream()
            .filter(x -> x.getValue() >= 5 && x.getKey().length() >= 3 && !STOP.contains(x.getKey())
                && s.stream().noneMatch(x.getKey()::startsWith))
            .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(x -> -(x.getValue() / (double) n
                - (others == 0 ? 0 : (dfAll.get(x.getKey()) - x.getValue()) / (double) others)))
                .thenComparing(Map.Entry::getKey))
            .limit(3).map(Map.Entry::getKey).toList());
      }
      return new TargetTerms(stems, words);
    }

    boolean names(String target, String text) {
      List<String> s = stems.getOrDefault(target, List.of());
      List<String> w = words.getOrDefault(target, List.of());
      for (String tok : tokens(text)) {
        if (w.contains(tok) || s.stream().anyMatch(tok::startsWith)) {
          return true;
        }
      }
      return false;
    }

    String describe(String target) {
      return stems.get(target).stream().map(x -> x + "*").toList() + " + " + words.get(target);
    }
  }

  /** Hashtags and their parts, lower-cased, prefixed so a part never equals a whole tag. */
  static Set<String> hashtagItems(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = HASHTAG.matcher(text);
    while (m.find()) {
      String tag = m.group(1);
      out.add("#" + tag.toLowerCase(java.util.Locale.ROOT));
      String spaced = tag.replace('_', ' ')
          .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ")
          .replaceAll("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ")
          .replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ");
      String[] parts = spaced.strip().split("\\s+");
      if (parts.length > 1) {
        for (String p : parts) {
          if (p.length() >= 2) {
            out.add("part:" + p.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  private static Fitted hashtags(List<StanceExample> train) {
    Map<String, Map<String, Integer>> df = new HashMap<>();
    for (StanceExample e : train) {
      Map<String, Integer> m = df.computeIfAbsent(StanceLabels.targetId(e.target()), k -> new HashMap<>());
      hashtagItems(e.text()).forEach(h -> m.merge(h, 1, Integer::sum));
    }
    Map<String, Map<String, Integer>> vocab = new HashMap<>();
    df.forEach((t, m) -> {
      Map<String, Integer> v = new HashMap<>();
      m.entrySet().stream().filter(x -> x.getValue() >= 2).map(Map.Entry::getKey).sorted()
          .forEach(h -> v.put(h, v.size() + 1));
      vocab.put(t, v);
    });
    return new Fitted() {
      public int size(String t, int b) {
        return vocab.getOrDefault(t, Map.of()).size();
      }

      public Feature[] block(String t, String text, Feature[] base, int b) {
        Map<String, Integer> v = vocab.getOrDefault(t, Map.of());
        List<Integer> idx = hashtagItems(text).stream().map(v::get).filter(java.util.Objects::nonNull).sorted()
            .toList();
        double value = idx.isEmpty() ? 0 : 1 / Math.sqrt(idx.size());
        return idx.stream().map(i -> (Feature) new FeatureNode(i, value)).toArray(Feature[]::new);
      }
    };
  }
}
