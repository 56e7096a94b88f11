package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts kept for a snapshot are those of that snapshot: a commit's new posts count at once. */
class FacetMemoTest {
  static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

  @TempDir Path dir;

  @Test
  void aCommitShowsInTheCountsOfAQueryAskedBefore() throws Exception {
    try (LucenePostStore writer = LucenePostStore.openWritable(dir)) {
      writer.upsert(LucenePostStoreTest.post("1", "en", "talks", T, null));
      writer.upsert(LucenePostStoreTest.post("2", "fa", "talks", T, null));
      writer.commit();
      try (LucenePostStore reader = LucenePostStore.openReadOnly(dir)) {
        PostQuery q = PostQuery.text("talks");
        assertThat(reader.facetCounts(q, "lang", 10).counts()).containsEntry("en", 1L).containsEntry("fa", 1L);
        assertThat(reader.stats(q).byLanguage()).containsEntry("en", 1L); // the same counts, read again
        assertThat(writer.facetCounts(q, "lang", 10).posts()).isEqualTo(2);

        writer.upsert(LucenePostStoreTest.post("3", "en", "talks", T, null));
        writer.commit();
        assertThat(writer.facetCounts(q, "lang", 10).counts()).containsEntry("en", 2L);
        assertThat(writer.stats(q).posts()).isEqualTo(3);
        Thread.sleep(IndexSnapshots.CHECK_INTERVAL_MS + 100); // the reader looks for a newer commit once a second
        assertThat(reader.facetCounts(q, "lang", 10).counts()).containsEntry("en", 2L);
        assertThat(reader.stats(q).posts()).isEqualTo(3);
      }
    }
  }

  /**
   * Many requests reading one memoised count at once, as the dashboard's calls for one filter do: each gets every
   * label with its count. Thousands of hashtags span many blocks of the doc values' terms dictionary, whose decoding
   * two unguarded readers corrupted (an exception in LZ4, or wrong labels).
   */
  @Test
  void concurrentReadersOfOneMemoisedCountGetTheSameLabels() throws Exception {
    int tags = 3_000;
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      for (int i = 0; i < tags; i++) {
        store.upsert(Post.builder(Platform.X, Integer.toString(i)).author(Author.of("a" + i, null, null))
            .createdAt(T).lang("en").text("talks").hashtags(List.of("tag" + i, "shared")).build());
      }
      store.commit();
      PostQuery q = PostQuery.text("talks");
      Map<String, Long> expected = store.facetCounts(q, "hashtag", 5_000).counts();
      assertThat(expected).hasSize(tags + 1).containsEntry("shared", (long) tags);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Map<String, Long>>> results = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
          results.add(pool.submit(() -> store.facetCounts(q, "hashtag", 5_000).counts()));
        }
        for (Future<Map<String, Long>> r : results) {
          assertThat(r.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
