package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.dimension.PostDimensions;
import dev.chorus.post.Post;
import dev.chorus.post.PostRole;
import dev.chorus.store.PostQuery;
import dev.chorus.store.SearchOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every commit records the index format; an older index is reported, and reindexing rewrites it keeping every post. */
class IndexFormatTest {
  static final Instant T = Instant.parse("2025-04-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void aNewIndexIsCurrentAnOlderOneIsReportedAndReindexRewritesIt() throws Exception {
    Path index = dir.resolve("index");
    try (LucenePostStore store = LucenePostStore.openWritable(index)) {
      store.upsert(LucenePostStoreTest.post("1", "fa", "مذاکره با آمریکا", T, null));
      store.upsert(LucenePostStoreTest.post("2", "en", "talks resumed in Muscat", T.plusSeconds(60), null));
      store.commit();
      assertThat(store.staleness()).isEmpty();
    }
    assertThat(IndexFormat.staleness(index)).isEmpty();
    Post before;
    try (LucenePostStore read = LucenePostStore.openReadOnly(index)) {
      before = read.get("x:1").orElseThrow();
    }
    commitAsAnOlderVersionDid(index);
    assertThat(IndexFormat.staleness(index)).get().asString().contains("index format 1", "chorus reindex");

    try (LucenePostStore store = LucenePostStore.openWritable(index)) {
      store.upsert(LucenePostStoreTest.post("3", "en", "a newer post", T.plusSeconds(120), null));
      store.commit();
      assertThat(store.staleness()).as("new posts do not make the old ones current").isPresent();
      assertThat(store.reindex()).isEqualTo(3);
      assertThat(store.staleness()).isEmpty();
    }
    try (LucenePostStore read = LucenePostStore.openReadOnly(index)) {
      assertThat(read.staleness()).isEmpty();
      assertThat(read.count()).isEqualTo(3);
      assertThat(read.get("x:1")).contains(before);
      assertThat(read.search(PostQuery.text("Muscat"), 10, SearchOrder.NEWEST).total()).isEqualTo(1);
    }
  }

  @Test
  void postsOfAnIndexWithoutRolesAreCountedOnlyAfterReindex() throws Exception {
    Path index = dir.resolve("without-roles");
    PostDocuments documents = new PostDocuments();
    Post p = LucenePostStoreTest.post("1", "en", "talks resumed", T, null);
    // a post as format 2 stored it: no role in its body, no role term
    byte[] body = new String(documents.body(p), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"role\":\"COLLECTED\",", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("role");
    try (var d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      org.apache.lucene.document.Document doc = documents.toDocument(p, body);
      doc.removeFields(PostDimensions.ROLE.id());
      w.addDocument(doc);
      w.setLiveCommitData(Map.of(IndexFormat.KEY, "2").entrySet());
      w.commit();
    }
    try (LucenePostStore store = LucenePostStore.openWritable(index)) {
      assertThat(store.staleness()).get().asString().contains("index format 2", "no role", "chorus reindex")
          .doesNotContain("Persian");
      assertThat(store.count(PostQuery.all())).isZero();
      assertThat(store.reindex()).isEqualTo(1);
      assertThat(store.count(PostQuery.all())).isEqualTo(1);
      assertThat(store.get("x:1")).get().extracting(Post::role).isEqualTo(PostRole.COLLECTED);
    }
  }

  @Test
  void aMissingOrUnreadableMarkIsTheFormatBeforeMarks() {
    assertThat(IndexFormat.of(Map.of())).isEqualTo(1);
    assertThat(IndexFormat.of(Map.of(IndexFormat.KEY, "x"))).isEqualTo(1);
    assertThat(IndexFormat.of(Map.of(IndexFormat.KEY, "2"))).isEqualTo(2);
    assertThat(IndexFormat.staleness(IndexFormat.CURRENT)).isEmpty();
  }

  /** Versions before the mark committed without it: one empty commit without user data stands for them. */
  static void commitAsAnOlderVersionDid(Path index) throws Exception {
    try (var d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(Map.<String, String>of().entrySet());
      w.commit();
    }
  }
}
