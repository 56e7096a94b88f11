package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.analysis.CoordinationView;
import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.PostShare;
import dev.chorus.analysis.coordination.synthetic.InjectedGroupGenerator;
import dev.chorus.analysis.coordination.synthetic.InjectedGroupScenario;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Label;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embedded store's narrow read for coordination ({@link LucenePostStore#forEachShare}) gives exactly the shares,
 * in exactly the order, of reading every post whole ({@link PostStore}'s default), and so the same analysis: on a
 * seeded campaign with labels, over several segments, and on an index with a segment written before the share doc
 * values existed.
 */
class ShareReadsTest {
  /** Small (about 700 posts) so the test stays quick: 60 organic accounts, a group of 10 in 6 bursts over 2 days. */
  private static final InjectedGroupScenario SCENARIO = new InjectedGroupScenario(7, 60, 10, 10, 6, 0.9, 30, 2);

  @TempDir static Path dir;
  private static LucenePostStore store;
  private static List<Post> posts;

  @BeforeAll
  static void ingest() throws Exception {
    posts = posts();
    store = LucenePostStore.openWritable(dir.resolve("index"));
    for (int i = 0; i < posts.size(); i++) {
      store.upsert(posts.get(i));
      if (i % 200 == 0) {
        store.commit(); // several segments
      }
    }
    store.commit();
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static List<Post> posts() {
    List<Post> out = new ArrayList<>();
    new InjectedGroupGenerator(SCENARIO).forEach(p -> out.add(labelled(p, out.size())));
    return out;
  }

  /** Stances, frames and a detected language on some posts, so that the facts read back are not all empty. */
  private static Post labelled(Post p, int i) {
    if (i % 3 != 0) {
      return p;
    }
    var a = p.annotations()
        .with("stance:talks", List.of(new Label(i % 2 == 0 ? "against" : "favor", 0.9, "test")), null, null)
        .with("frame", List.of(new Label("security", 0.8, "test"), new Label("economy", 0.6, "test")), null, null)
        .with("lang", List.of(new Label("fa", 0.7, "test")), null, null);
    return p.toBuilder().annotations(a).lang(i % 2 == 0 ? null : p.lang()).build();
  }

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void theNarrowReadGivesTheSharesOfTheWholeRead(ObjectKind kind) throws Exception {
    for (PostQuery q : List.of(PostQuery.all(), PostQuery.all().withSpan(posts.get(0).createdAt(),
        posts.get(posts.size() / 2).createdAt().plusSeconds(3600)))) {
      assertSameShares(store, q, kind);
    }
  }

  @Test
  void postsWrittenWithoutShareDocValuesAreReadWhole() throws Exception {
    Path index = dir.resolve("mixed");
    PostDocuments documents = new PostDocuments();
    try (var d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < posts.size(); i++) {
        Post p = posts.get(i);
        Document doc = documents.toDocument(p, documents.body(p));
        if (i % 2 == 0) { // as format 3 wrote them
          doc.removeFields(ShareDocValues.FACTS);
          for (ObjectKind k : ObjectKind.values()) {
            doc.removeFields(ShareDocValues.objectsField(k));
          }
        }
        w.addDocument(doc);
        if (i == posts.size() / 3) {
          w.commit(); // two segments, both with older and newer posts
        }
      }
      w.setLiveCommitData(Map.of(IndexFormat.KEY, "3").entrySet());
      w.commit();
      w.forceMerge(2); // older and newer posts in one segment, as merges do
      w.commit();
    }
    try (LucenePostStore mixed = LucenePostStore.openWritable(index)) {
      assertThat(mixed.staleness()).get().asString().contains("index format 3", "coordination", "chorus reindex");
      for (ObjectKind kind : ObjectKind.values()) {
        assertSameShares(mixed, PostQuery.all(), kind);
      }
      mixed.reindex();
      assertThat(mixed.staleness()).isEmpty();
      for (ObjectKind kind : ObjectKind.values()) {
        assertSameShares(mixed, PostQuery.all(), kind);
      }
    }
  }

  private static void assertSameShares(LucenePostStore store, PostQuery q, ObjectKind kind) throws Exception {
    List<PostShare> narrow = new ArrayList<>();
    long matching = store.forEachShare(q, kind, narrow::add);
    List<PostShare> whole = new ArrayList<>();
    PostShare.FromPosts fromPosts = new PostShare.FromPosts(kind, whole::add);
    store.forEach(q, fromPosts);
    assertThat(whole).as("posts sharing %s", kind).isNotEmpty();
    assertThat(narrow).as("shares of %s", kind).containsExactlyElementsOf(whole);
    assertThat(matching).isEqualTo(fromPosts.posts()).isEqualTo(store.count(q));

    CoordinationRequest request = new CoordinationRequest(q, kind, 60, 2, null, 0.8, null);
    CoordinationService service = new CoordinationService();
    String fromShares = json(service.analyse(store, request));
    String fromWholePosts = json(service.analyse(c -> store.forEach(q, c), request));
    assertThat(fromShares).isEqualTo(fromWholePosts).contains("\"groups\"");
  }

  private static String json(dev.chorus.analysis.coordination.CoordinationReport r) throws Exception {
    var tree = JsonConfig.mapper().valueToTree(CoordinationView.of(r, 100));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("seconds");
    return tree.toString();
  }
}
