package dev.chorus.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostRole;
import dev.chorus.store.MissingIndexException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.StoreOptions;
import dev.chorus.store.UpsertOutcome;
import dev.chorus.store.lucene.PostDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Upserts on the cluster store follow the embedded store's version rule (the same cases as its tests), and writing
 * the same posts again changes nothing: not the counts, not the generation. One index per test, in one class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchUpsertTest {
  static final Instant T = Instant.parse("2025-04-02T10:00:00Z");
  OpenSearchNode node;
  final List<String> indices = new ArrayList<>();

  @BeforeAll
  void node() {
    node = OpenSearchNode.require();
  }

  @AfterAll
  void drop() throws IOException {
    for (String index : indices) {
      node.delete(index);
    }
  }

  PostStore fresh() throws IOException {
    String index = OpenSearchNode.uniqueIndex("chorus-upsert");
    indices.add(index);
    return PostStores.open(node.store(index), StoreOptions.writable(Path.of(".")));
  }

  static Post post(String id, String text, Instant edited) {
    return Post.builder(Platform.X, id).author(Author.of("a" + id, null, null)).createdAt(T).editedAt(edited)
        .lang("en").text(text).hashtags(List.of("IranTalks")).build();
  }

  @Test
  void samePostTwiceIsOnePostAndAnOlderCopyNeverReplacesANewerOne() throws Exception {
    try (PostStore store = fresh()) {
      assertThat(store.upsert(post("1", "first", null))).isEqualTo(UpsertOutcome.ADDED);
      assertThat(store.upsert(post("1", "first", null))).isEqualTo(UpsertOutcome.UNCHANGED);
      store.commit();
      assertThat(store.upsert(post("1", "edited", T.plusSeconds(60)))).isEqualTo(UpsertOutcome.UPDATED);
      assertThat(store.upsert(post("1", "first", null))).isEqualTo(UpsertOutcome.DUPLICATE);
      assertThat(store.commit()).isEqualTo(1);
      assertThat(store.get("x:1")).get().extracting(Post::text).isEqualTo("edited");
    }
  }

  static Post labelled(int i, String stance) {
    Post p = post(String.valueOf(i), "post " + i, null);
    return p.toBuilder().annotations(p.annotations().with("stance:talks",
        List.of(new dev.chorus.post.Label(stance, 0.9, "stance")), null, null)).build();
  }

  @Test
  void relabellingReplacesEveryStoredCopyWhateverItsHashAndLeavesOtherCopiesAlone() throws Exception {
    try (PostStore store = fresh()) {
      for (int i = 0; i < 40; i++) {
        store.upsert(labelled(i, "favor"));
      }
      store.upsert(labelled(99, "favor").toBuilder().editedAt(T.plusSeconds(60)).build());
      store.commit();
      for (int i = 0; i < 40; i++) {
        assertThat(store.relabel(labelled(i, "against"))).isEqualTo(UpsertOutcome.UPDATED);
      }
      assertThat(store.relabel(labelled(3, "against"))).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.relabel(labelled(99, "against"))).isEqualTo(UpsertOutcome.DUPLICATE); // an edit is stored
      store.commit();
      for (int i = 0; i < 40; i++) {
        assertThat(store.get("x:" + i).orElseThrow().annotations().all("stance:talks"))
            .extracting(dev.chorus.post.Label::value).containsExactly("against");
      }
      assertThat(store.get("x:99").orElseThrow().annotations().all("stance:talks"))
          .extracting(dev.chorus.post.Label::value).containsExactly("favor");
      // the node still refuses an older copy after a relabel (its external version did not go down)
      assertThat(store.upsert(post("99", "post 99", null))).isEqualTo(UpsertOutcome.DUPLICATE);
    }
  }

  @Test
  void withinOneBatchTheRuleHoldsInOrder() throws Exception {
    try (PostStore store = fresh()) {
      assertThat(store.upsertAll(List.of(post("1", "first", null), post("1", "edited", T.plusSeconds(60)),
          post("1", "first", null), post("2", "other", null), post("2", "other", null))))
          .containsExactly(UpsertOutcome.ADDED, UpsertOutcome.UPDATED, UpsertOutcome.DUPLICATE, UpsertOutcome.ADDED,
              UpsertOutcome.UNCHANGED);
      assertThat(store.commit()).isEqualTo(2);
      assertThat(store.get("x:1")).get().extracting(Post::text).isEqualTo("edited");
    }
  }

  @Test
  void ofTwoCopiesWithTheSameVersionTheGreaterHashWinsInEitherOrder() throws Exception {
    Post a = post("1", "one wording", null);
    Post b = post("1", "another wording", null);
    PostDocuments documents = new PostDocuments();
    boolean aWins = Long.compareUnsigned(PostDocuments.hash(documents.body(a)),
        PostDocuments.hash(documents.body(b))) > 0;
    Post winner = aWins ? a : b;
    Post loser = aWins ? b : a;
    for (List<Post> order : List.of(List.of(loser, winner), List.of(winner, loser))) {
      try (PostStore store = fresh()) {
        store.upsert(order.get(0));
        store.commit();
        assertThat(store.upsert(order.get(1))).isEqualTo(order.get(1) == winner ? UpsertOutcome.UPDATED
            : UpsertOutcome.DUPLICATE);
        store.commit();
        assertThat(store.get("x:1")).get().extracting(Post::text).isEqualTo(winner.text());
      }
    }
  }

  @Test
  void aReferencedCopyBecomesCollectedNeverTheOtherWayRound() throws Exception {
    Post context = post("1", "seen as context", null).toBuilder().referenced().build();
    Post collected = post("1", "collected", null);
    Post laterContext = post("1", "edited, seen as context", T.plusSeconds(60)).toBuilder().referenced().build();
    try (PostStore store = fresh()) {
      assertThat(store.upsert(context)).isEqualTo(UpsertOutcome.ADDED);
      store.commit();
      assertThat(store.upsert(collected)).isEqualTo(UpsertOutcome.UPDATED);
      assertThat(store.upsert(laterContext)).isEqualTo(UpsertOutcome.DUPLICATE);
      store.commit();
      assertThat(store.upsert(laterContext)).isEqualTo(UpsertOutcome.DUPLICATE);
      assertThat(store.get("x:1")).get().extracting(Post::role, Post::text)
          .containsExactly(PostRole.COLLECTED, "collected");
    }
  }

  @Test
  void theNodeItselfRefusesAnOlderCopyThatAConcurrentWriterSendsLate() throws Exception {
    try (PostStore first = fresh()) {
      String url = node.store(indices.get(indices.size() - 1));
      try (PostStore second = PostStores.open(url, StoreOptions.writable(Path.of(".")))) {
        // both writers decide against an empty index; the newer copy lands first, the older one must not win
        Post newer = post("1", "edited", T.plusSeconds(60));
        Post older = post("1", "first", null);
        assertThat(first.upsert(newer)).isEqualTo(UpsertOutcome.ADDED);
        assertThat(ExternalVersions.of(0, newer.version().toEpochMilli(), 0))
            .isGreaterThan(ExternalVersions.of(0, older.version().toEpochMilli(), -1L));
        assertThat(second.upsert(older)).isEqualTo(UpsertOutcome.DUPLICATE);
        first.commit();
        assertThat(second.get("x:1")).get().extracting(Post::text).isEqualTo("edited");
      }
    }
  }

  @Test
  void writingTheSamePostsAgainChangesNothing() throws Exception {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      posts.add(post(Integer.toString(i), "post number " + i, i % 3 == 0 ? T.plusSeconds(i) : null));
    }
    try (PostStore store = fresh()) {
      assertThat(store.upsertAll(posts)).containsOnly(UpsertOutcome.ADDED);
      assertThat(store.commit()).isEqualTo(2_500);
      long generation = store.generation();
      assertThat(store.upsertAll(posts)).containsOnly(UpsertOutcome.UNCHANGED);
      assertThat(store.commit()).isEqualTo(2_500);
      assertThat(store.generation()).isEqualTo(generation);
      assertThat(store.count(PostQuery.all())).isEqualTo(2_500);
      store.upsert(post("1", "edited again", T.plusSeconds(10_000)));
      store.commit();
      assertThat(store.generation()).isNotEqualTo(generation);
    }
  }

  @Test
  void aReaderRefusesAMissingIndexAndAMissingNodeIsNamed() {
    assertThatThrownBy(() -> PostStores.open(node.store("chorus-no-such-index"), StoreOptions.readOnly(Path.of("."))))
        .isInstanceOf(MissingIndexException.class).hasMessageContaining("no index 'chorus-no-such-index'");
    assertThatThrownBy(() -> PostStores.open("opensearch://127.0.0.1:1/posts", StoreOptions.readOnly(Path.of("."))))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot reach OpenSearch at http://127.0.0.1:1: is a node running? (tools/opensearch/start.sh)");
  }
}
