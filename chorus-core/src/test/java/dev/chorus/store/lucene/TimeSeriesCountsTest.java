package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.TimeSeries;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's time series against a count done by hand, on posts out of time order spread over several segments: a
 * small dimension (language, counted per bucket in arrays) and a large one (hashtags, more values than the arrays
 * take, counted in maps), in every interval, in a zone that is not UTC.
 */
class TimeSeriesCountsTest {
  static final List<String> LANGS = List.of("en", "fa", "ar", "he");
  static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void countsAreThoseOfEveryPostInItsBucket() throws Exception {
    SplittableRandom rnd = new SplittableRandom(3);
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      Instant created = START.plusSeconds(rnd.nextLong(40L * 86_400));
      posts.add(Post.builder(Platform.X, "p" + i).author(Author.of("a" + (i % 37), null, null)).createdAt(created)
          .lang(LANGS.get(rnd.nextInt(LANGS.size()))).text("post " + i)
          .hashtags(List.of("tag" + rnd.nextInt(150), "tag" + (150 + rnd.nextInt(3)))).build());
    }
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      for (int i = 0; i < posts.size(); i++) {
        store.upsert(posts.get(i));
        if (i % 400 == 399) {
          store.commit(); // several segments, each with its own ordinals
        }
      }
      store.commit();
      for (TimeSeries.Interval interval : TimeSeries.Interval.values()) {
        PostQuery q = PostQuery.all().withZone(TEHRAN);
        assertThat(flatten(store.timeSeries(q, interval, "lang")))
            .as(interval + " by language").isEqualTo(expected(posts, interval, p -> List.of(p.lang())));
        assertThat(flatten(store.timeSeries(q, interval, "hashtag")))
            .as(interval + " by hashtag").isEqualTo(expected(posts, interval, Post::hashtags));
      }
    }
  }

  /** label (or "" for the totals) -> bucket start -> count, without empty buckets. */
  private static Map<String, Map<Instant, Long>> flatten(TimeSeries ts) {
    Map<String, Map<Instant, Long>> out = new TreeMap<>();
    put(out, "", ts.buckets(), ts.total());
    ts.series().forEach((label, counts) -> put(out, label, ts.buckets(), counts));
    return out;
  }

  private static void put(Map<String, Map<Instant, Long>> out, String label, List<Instant> buckets, long[] counts) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        out.computeIfAbsent(label, k -> new TreeMap<>()).put(buckets.get(i), counts[i]);
      }
    }
  }

  private static Map<String, Map<Instant, Long>> expected(List<Post> posts, TimeSeries.Interval interval,
      java.util.function.Function<Post, List<String>> labels) {
    Map<String, Map<Instant, Long>> out = new TreeMap<>();
    for (Post p : posts) {
      Instant bucket = Instant.ofEpochSecond(interval.bucketStart(p.createdAt().getEpochSecond(), TEHRAN));
      out.computeIfAbsent("", k -> new HashMap<>()).merge(bucket, 1L, Long::sum);
      for (String label : labels.apply(p)) {
        out.computeIfAbsent(label, k -> new HashMap<>()).merge(bucket, 1L, Long::sum);
      }
    }
    out.replaceAll((k, v) -> new TreeMap<>(v));
    return out;
  }
}
