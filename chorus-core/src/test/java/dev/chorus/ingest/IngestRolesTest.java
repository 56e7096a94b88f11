package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.post.PostRole;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest counts collected posts as posts and referenced posts (context shipped along) apart. */
class IngestRolesTest {
  private static final Path SOURCES = Path.of("src/test/resources/sources");

  @TempDir Path dir;

  private IngestSummary ingest(PostStore store, Path... files) throws Exception {
    Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    return new IngestService(SourceRegistry.loadDefault(), p, AnnotationChain.empty(), store, dir.resolve("rejects"),
        Clock.systemUTC()).ingest(List.of(files), null, Map.of(), false, IngestListener.NONE);
  }

  @Test
  void filesGiveTheirCollectedPostsAsPostsAndTheirContextAsReferenced() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("x"))) {
      IngestSummary s = ingest(store, SOURCES.resolve("x-api-v2/twarc2-flatten.ndjson"));
      // six lines, six tweets; the retweeted, quoted and replied-to originals are context
      assertThat(s.posts()).isEqualTo(6);
      assertThat(s.referenced()).isEqualTo(3);
      assertThat(s.rejected()).isZero();
    }
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("bluesky"))) {
      IngestSummary s = ingest(store, SOURCES.resolve("bluesky/author_feed.json"));
      // seven feed items, one of them without a creation time (rejected); a repost item is the repost; context:
      // the reposted original, the embedded quoted post, and a reply's parent and root
      assertThat(s.posts() + s.rejectedRecords()).isEqualTo(7);
      assertThat(s.referenced()).isEqualTo(4);
    }
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("mastodon"))) {
      IngestSummary s = ingest(store, SOURCES.resolve("mastodon-api/timeline.json"));
      // six statuses, one a boost (the original is context), one a quote with its quoted status embedded
      assertThat(s.posts()).isEqualTo(6);
      assertThat(s.referenced()).isEqualTo(2);
    }
  }

  @Test
  void aMastodonEmptyPageIsNoPostsNotAnUnknownFormat() throws Exception {
    Path empty = Files.writeString(dir.resolve("timeline-page-9.json"), "[]\n");
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestSummary s = ingest(store, empty);
      assertThat(s.failedFiles()).isEmpty();
      assertThat(s.posts()).isZero();
      assertThat(s.read()).isZero();
    }
  }

  @Test
  void anOriginalSeenAsContextAndThenCollectedBecomesAPost() throws Exception {
    // the unflattened page holds the retweeted original only in includes; a lookup of that tweet collects it
    Path lookup = Files.writeString(dir.resolve("lookup.json"), """
        {"data": {"id": "1911100000000000201", "text": "Round two is set for Muscat next week. #IranTalks",
         "author_id": "1600000000000000103", "created_at": "2025-04-12T08:00:00.000Z",
         "edit_history_tweet_ids": ["1911100000000000201"]},
         "includes": {"users": [{"id": "1600000000000000103", "username": "gulf_desk_c", "name": "Gulf Desk"}]}}
        """);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      IngestSummary first = ingest(store, SOURCES.resolve("x-api-v2/twarc2-search.ndjson"));
      assertThat(first.posts()).isEqualTo(6);
      assertThat(first.referenced()).isEqualTo(3);
      IngestSummary second = ingest(store, lookup);
      assertThat(second.updated()).isEqualTo(1);
      assertThat(second.posts()).isEqualTo(7);
      assertThat(second.referenced()).isEqualTo(2);
      assertThat(store.get("x:1911100000000000201")).get().extracting(p -> p.role()).isEqualTo(PostRole.COLLECTED);
      // and the page again does not turn it back into context
      IngestSummary third = ingest(store, SOURCES.resolve("x-api-v2/twarc2-search.ndjson"));
      assertThat(third.posts()).isEqualTo(7);
      assertThat(store.count(PostQuery.any())).isEqualTo(9);
    }
  }
}
