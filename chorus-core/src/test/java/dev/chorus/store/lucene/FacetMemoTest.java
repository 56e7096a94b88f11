package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.store.PostQuery;
import java.nio.file.Path;
import java.time.Instant;
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
}
