package dev.chorus.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * {@code bench stream}'s probe, inserted before the store sink through {@code StreamJob}'s stage hook: notes when
 * the first and the last annotated post passed, so that the job's start-up (before the first post) and its end (the
 * last store batch, commit and checkpoint) can be told apart from its steady throughput. Passes posts on unchanged.
 * The times are kept by run in this JVM, which works because the bench runs the job in Flink's local cluster.
 */
final class ThroughputProbe implements MapFunction<Tuple2<String, String>, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Passage> RUNS = new ConcurrentHashMap<>();

  /** When posts passed, in {@link System#nanoTime()}; {@code first} is Long.MAX_VALUE until one passed. */
  static final class Passage {
    final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    final AtomicLong posts = new AtomicLong();
  }

  private final String run;
  private transient Passage passage;

  ThroughputProbe(String run) {
    this.run = run;
  }

  /** The passage of {@code run}, removed from the registry: call once, after the job ended. */
  static Passage take(String run) {
    Passage p = RUNS.remove(run);
    return p == null ? new Passage() : p;
  }

  @Override
  public Tuple2<String, String> map(Tuple2<String, String> post) {
    if (passage == null) {
      passage = RUNS.computeIfAbsent(run, r -> new Passage());
    }
    long now = System.nanoTime();
    passage.first.accumulateAndGet(now, Math::min);
    passage.last.accumulateAndGet(now, Math::max);
    passage.posts.incrementAndGet();
    return post;
  }
}
