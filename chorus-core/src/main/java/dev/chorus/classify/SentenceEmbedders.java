package dev.chorus.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The {@link SentenceEmbedder}s on the classpath, by id ({@link ServiceLoader}), each wrapped once per JVM in a
 * bounded cache of texts already embedded: tuning trains dozens of models on the same posts and embedding costs
 * milliseconds a post against microseconds for the n-grams, so each post should be embedded once per run. The cache
 * is bounded (least recently used out) so that a long-running annotator does not keep every post it ever saw.
 */
public final class SentenceEmbedders {
  /** Texts kept per embedder: more than a stance training file's posts (SemEval 2,914; Mawqif ~4,000), ~25 MB. */
  static final int CACHED_TEXTS = 16_384;

  private static final Map<String, SentenceEmbedder> BY_ID = load();

  private SentenceEmbedders() {}

  /** The ids available, sorted. */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  /** The id of the first embedder (in id order) made for {@code language}, or null when none is. */
  public static String forLanguage(String language) {
    return BY_ID.values().stream().filter(e -> e.languages().contains(language)).map(SentenceEmbedder::id)
        .findFirst().orElse(null);
  }

  /** The embedder {@code id} (cached), or an error naming the ids that are available. */
  public static SentenceEmbedder require(String id) {
    SentenceEmbedder e = BY_ID.get(id);
    if (e == null) {
      throw new IllegalArgumentException("no sentence embedder '" + id + "' on the classpath ("
          + (BY_ID.isEmpty() ? "none is; the embedders come with the chorus-embeddings module"
              : "available: " + String.join(", ", BY_ID.keySet())) + ")");
    }
    return e;
  }

  /**
   * Forgets every text embedded so far. For benchmarks, which warm up on the posts they then time: without this they
   * would time the cache rather than the model.
   */
  public static void forgetTexts() {
    BY_ID.values().forEach(e -> ((Cached) e).forget());
  }

  private static Map<String, SentenceEmbedder> load() {
    Map<String, SentenceEmbedder> m = new TreeMap<>();
    for (SentenceEmbedder e : ServiceLoader.load(SentenceEmbedder.class, SentenceEmbedders.class.getClassLoader())) {
      m.putIfAbsent(e.id(), new Cached(e));
    }
    return Collections.unmodifiableMap(m);
  }

  /** An embedder remembering its last {@link #CACHED_TEXTS} texts; the vectors are copied out, never shared. */
  private static final class Cached implements SentenceEmbedder {
    private final SentenceEmbedder inner;
    private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > CACHED_TEXTS;
      }
    };

    Cached(SentenceEmbedder inner) {
      this.inner = inner;
    }

    void forget() {
      synchronized (recent) {
        recent.clear();
      }
    }

    @Override
    public String id() {
      return inner.id();
    }

    @Override
    public int dimensions() {
      return inner.dimensions();
    }

    @Override
    public java.util.Set<String> languages() {
      return inner.languages();
    }

    @Override
    public float[] embed(String text) {
      float[] v;
      synchronized (recent) {
        v = recent.get(text);
      }
      if (v == null) {
        // outside the lock: two threads may embed the same text once each, which is harmless and rare
        v = inner.embed(text);
        if (v.length != inner.dimensions()) {
          throw new IllegalStateException("sentence embedder '" + inner.id() + "' returned " + v.length
              + " dimensions, declared " + inner.dimensions());
        }
        synchronized (recent) {
          recent.put(text, v);
        }
      }
      return v.clone();
    }
  }
}
