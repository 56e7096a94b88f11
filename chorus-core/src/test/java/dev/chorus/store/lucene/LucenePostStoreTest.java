package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostRole;
import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.StoreStats;
import dev.chorus.store.UpsertOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LucenePostStoreTest {
  @TempDir Path dir;

  static Post post(String id, String lang, String text, Instant created, Instant edited) {
    return Post.builder(Platform.X, id).author(Author.of("a" + id, null, null)).createdAt(created).editedAt(edited)
        .lang(lang).text(text).hashtags(List.of("IranTalks")).urls(List.of("https://news.example.org/a")).build();
  }

  static final Instant T = Instant.parse("2025-04-02T10:00:00Z");

  @Test
  void samePostTwiceIsOnePostAndNewerEditReplacesOlder() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      assertThat(store.upsert(post("1", "en", "first", T, null))).isEqualTo(UpsertOutcome.ADDED);
      assertThat(store.upsert(post("1", "en", "first", T, null))).isEqualTo(UpsertOutcome.UNCHANGED);
      store.commit();
      assertThat(store.upsert(post("1", "en", "first", T, null))).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.upsert(post("1", "en", "edited", T, T.plusSeconds(60)))).isEqualTo(UpsertOutcome.UPDATED);
      // an older copy arriving later never replaces the newer edit
      assertThat(store.upsert(post("1", "en", "first", T, null))).isEqualTo(UpsertOutcome.DUPLICATE);
      assertThat(store.commit()).isEqualTo(1);
      assertThat(store.get("x:1")).get().extracting(Post::text).isEqualTo("edited");
    }
  }

  /** The ingest's lanes write the buffers before each commit: the commit then holds exactly the same posts. */
  @Test
  void buffersWrittenBeforeTheCommitChangeNeitherItsPostsNorTheDeduplication() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(post("1", "en", "first", T, null));
      store.upsert(post("2", "en", "second", T, null));
      store.upsert(post("1", "en", "edited", T, T.plusSeconds(60)));
      assertThat(store.writeBuffer()).isTrue();
      while (store.writeBuffer()) {
        // until none is left
      }
      assertThat(store.writeBuffer()).isFalse();
      assertThat(store.count()).as("written, not committed").isZero();
      assertThat(store.upsert(post("1", "en", "first", T, null))).isEqualTo(UpsertOutcome.DUPLICATE);
      assertThat(store.upsert(post("2", "en", "second", T, null))).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.commit()).isEqualTo(2);
      assertThat(store.get("x:1")).get().extracting(Post::text).isEqualTo("edited");
    }
  }

  @Test
  void ofTwoCopiesWithTheSameVersionTheGreaterHashWinsInEitherOrder() throws Exception {
    Post a = post("1", "en", "one wording", T, null);
    Post b = post("1", "en", "another wording", T, null);
    PostDocuments documents = new PostDocuments();
    boolean aWins = Long.compareUnsigned(PostDocuments.hash(documents.body(a)),
        PostDocuments.hash(documents.body(b))) > 0;
    Post winner = aWins ? a : b;
    Post loser = aWins ? b : a;
    assertThat(secondArrival(loser, winner, "first")).isEqualTo(UpsertOutcome.UPDATED);
    assertThat(secondArrival(winner, loser, "second")).isEqualTo(UpsertOutcome.DUPLICATE);
  }

  /** Stores {@code first}, commits, then upserts {@code second}; checks that the winner is stored in the end. */
  private UpsertOutcome secondArrival(Post first, Post second, String folder) throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir.resolve(folder))) {
      store.upsert(first);
      store.commit();
      UpsertOutcome outcome = store.upsert(second);
      store.commit();
      String winner = outcome == UpsertOutcome.UPDATED ? second.text() : first.text();
      assertThat(store.get("x:1")).get().extracting(Post::text).isEqualTo(winner);
      return outcome;
    }
  }

  @Test
  void aReaderFollowsTheCommitsOfAWriterOpenedAfterIt() throws Exception {
    try (LucenePostStore reader = LucenePostStore.openReadOnly(dir)) {
      assertThat(reader.count()).isZero();
      long empty = reader.generation();
      try (LucenePostStore writer = LucenePostStore.openWritable(dir)) {
        writer.upsert(post("1", "en", "first", T, null));
        writer.commit();
        long one = awaitCount(reader, 1);
        assertThat(one).isNotEqualTo(empty);
        writer.upsert(post("2", "en", "second", T.plusSeconds(1), null));
        Thread.sleep(IndexSnapshots.CHECK_INTERVAL_MS + 200);
        assertThat(reader.count()).as("not committed yet").isEqualTo(1);
        assertThat(reader.generation()).isEqualTo(one);
        writer.commit();
        assertThat(awaitCount(reader, 2)).isNotEqualTo(one);
        assertThat(ids(reader, "second")).containsExactly("x:2");
      }
    }
  }

  /** Polls until the reader shows {@code n} posts (at most 5 s); returns its generation then. */
  private static long awaitCount(LucenePostStore reader, long n) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (reader.count() != n && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(reader.count()).isEqualTo(n);
    return reader.generation();
  }

  @Test
  void committedPostsSurviveAndUncommittedOnesAreDiscardedOnClose() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(post("1", "en", "kept", T, null));
      store.commit();
      store.upsert(post("2", "en", "lost", T, null));
    }
    try (LucenePostStore store = LucenePostStore.openReadOnly(dir)) {
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get("x:2")).isEmpty();
    }
  }

  @Test
  void searchesPerLanguageWithStemmingAndNormalisation() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(post("fa1", "fa", "تحریمها باید متوقف شود", T, null));
      store.upsert(post("fa2", "fa", "نظر شما درباره برجام چيست؟", T.plusSeconds(1), null)); // Arabic yeh
      store.upsert(post("en1", "en", "Negotiators are negotiating again", T.plusSeconds(2), null));
      store.upsert(post("he1", "he", "והמשא ומתן נמשך", T.plusSeconds(3), null));
      store.commit();
      assertThat(ids(store, "تحریم")).containsExactly("x:fa1");
      assertThat(ids(store, "چیست")).containsExactly("x:fa2");
      assertThat(ids(store, "negotiate")).containsExactly("x:en1");
      assertThat(ids(store, "משא")).containsExactly("x:he1");
      assertThat(ids(store, "hashtag:iranTALKS")).hasSize(4);
    }
  }

  @Test
  void filtersAndStatsCountWhatMatches() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(post("1", "en", "a", T, null));
      store.upsert(post("2", "fa", "b", T.plusSeconds(86_400), null));
      store.upsert(post("3", "fa", "c", T.plusSeconds(2 * 86_400), null));
      store.commit();
      PostQuery faSince = new PostQuery(null, T.plusSeconds(3600), null,
          Map.of("platform", Set.of("x"), "lang", Set.of("fa")));
      StoreStats s = store.stats(faSince);
      assertThat(s.posts()).isEqualTo(2);
      assertThat(s.byLanguage()).containsEntry("fa", 2L).doesNotContainKey("en");
      assertThat(s.byDay()).containsOnlyKeys("2025-04-03", "2025-04-04");
      assertThat(s.authors()).isEqualTo(2);
      assertThat(s.first()).isEqualTo(T.plusSeconds(86_400));
      assertThat(s.last()).isEqualTo(T.plusSeconds(2 * 86_400));
      assertThat(store.search(PostQuery.all(), 1, SearchOrder.NEWEST).posts().get(0).id()).isEqualTo("x:3");
    }
  }

  @Test
  void aReferencedCopyBecomesCollectedNeverTheOtherWayRound() throws Exception {
    Post context = post("1", "en", "seen as context", T, null).toBuilder().referenced().build();
    Post collected = post("1", "en", "collected", T, null);
    Post laterContext = post("1", "en", "edited, seen as context", T, T.plusSeconds(60)).toBuilder().referenced()
        .build();
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      assertThat(store.upsert(context)).isEqualTo(UpsertOutcome.ADDED);
      store.commit();
      assertThat(store.upsert(collected)).isEqualTo(UpsertOutcome.UPDATED);
      // a referenced copy never replaces a collected one, not even a later edit of it (pending, then committed)
      assertThat(store.upsert(laterContext)).isEqualTo(UpsertOutcome.DUPLICATE);
      store.commit();
      assertThat(store.upsert(laterContext)).isEqualTo(UpsertOutcome.DUPLICATE);
      assertThat(store.get("x:1")).get().extracting(Post::role, Post::text)
          .containsExactly(PostRole.COLLECTED, "collected");
    }
  }

  @Test
  void queriesCountCollectedPostsUnlessAskedForReferencedOrAny() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir)) {
      store.upsert(post("1", "en", "a result", T, null));
      store.upsert(post("2", "en", "a result too", T.plusSeconds(1), null));
      store.upsert(post("3", "en", "an original shipped along", T, null).toBuilder().referenced().build());
      assertThat(store.commit()).isEqualTo(3);
      assertThat(store.stats(PostQuery.all()).posts()).isEqualTo(2);
      assertThat(store.count(PostQuery.all().with("role", "referenced"))).isEqualTo(1);
      assertThat(store.count(PostQuery.all().with("role", "any"))).isEqualTo(3);
      assertThat(store.count(PostQuery.any())).isEqualTo(3);
      assertThat(store.search(PostQuery.text("shipped"), 10, SearchOrder.NEWEST).total()).isZero();
      assertThat(store.timeSeries(PostQuery.all(), dev.chorus.store.TimeSeries.Interval.DAY, null).total())
          .containsExactly(2L);
      assertThat(store.get("x:3")).as("a lookup by id finds any post").isPresent();
    }
  }

  private static List<String> ids(LucenePostStore store, String q) throws Exception {
    return store.search(PostQuery.text(q), 10, SearchOrder.RELEVANCE).posts().stream().map(Post::id).toList();
  }
}
