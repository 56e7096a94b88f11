package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.store.PostQuery;
import dev.chorus.store.StanceShares;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibrated stance shares are the mean of the kept class probabilities over the matching posts, summed from doc
 * values over several segments; posts whose labels have no probabilities (rules, older posts) do not count; the
 * answer is the one of reading every post whole (the {@code PostStore} default).
 */
class StanceSharesTest {
  private static final Offset<Double> EXACT = Offset.offset(1e-9);
  @TempDir static Path dir;
  private static LucenePostStore store;

  @BeforeAll
  static void ingest() throws Exception {
    store = LucenePostStore.openWritable(dir.resolve("index"));
    // four segments: a commit after every two posts, then one more
    store.upsert(post("1", "fa", talks("against", 0.7, 0.2, 0.1)));
    store.upsert(post("2", "fa", talks("favor", 0.1, 0.6, 0.3)));
    store.commit();
    store.upsert(post("3", "en", talks(Label.UNCERTAIN, 0.4, 0.35, 0.25)));
    store.upsert(post("4", "fa", Map.of("stance:talks", List.of(new Label("against", 0.9, "rule")))));
    store.commit();
    Map<String, List<Label>> two = new java.util.LinkedHashMap<>(talks("none", 0.2, 0.2, 0.6));
    two.put("stance:sanctions", List.of(Label.ofProbabilities("favor", 0.8, "stance",
        Map.of("against", 0.15, "favor", 0.8, "none", 0.05))));
    store.upsert(post("5", "fa", two));
    store.upsert(post("6", "fa", Map.of()));
    store.commit();
    // a segment without any probability field: skipped whole
    store.upsert(post("7", "fa", Map.of("stance:talks", List.of(new Label("favor", 1.0, "rule")))));
    store.commit();
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  @Test
  void sharesAreTheMeanProbabilityOverThePostsWithProbabilities() throws Exception {
    Map<String, StanceShares.Target> all = store.stanceShares(PostQuery.all());
    assertThat(all).containsOnlyKeys("sanctions", "talks");
    StanceShares.Target talks = all.get("talks");
    assertThat(talks.posts()).isEqualTo(4); // posts 1, 2, 3, 5: post 4's rule label has no probabilities
    assertThat(talks.shares().get("against")).isCloseTo((0.7 + 0.1 + 0.4 + 0.2) / 4, EXACT);
    assertThat(talks.shares().get("favor")).isCloseTo((0.2 + 0.6 + 0.35 + 0.2) / 4, EXACT);
    assertThat(talks.shares().get("none")).isCloseTo((0.1 + 0.3 + 0.25 + 0.6) / 4, EXACT);
    assertThat(all.get("sanctions")).isEqualTo(new StanceShares.Target(1,
        Map.of("against", 0.15, "favor", 0.8, "none", 0.05)));
  }

  @Test
  void aFilterSumsOnlyItsMatches() throws Exception {
    Map<String, StanceShares.Target> fa = store.stanceShares(PostQuery.all().with("lang", "fa"));
    assertThat(fa.get("talks").posts()).isEqualTo(3); // posts 1, 2, 5 (3 is English)
    assertThat(fa.get("talks").shares().get("against")).isCloseTo((0.7 + 0.1 + 0.2) / 3, Offset.offset(1e-4));
    assertThat(store.stanceShares(PostQuery.all().with("lang", "ar"))).isEmpty();
  }

  @Test
  void docValuesGiveWhatReadingEveryPostGives() throws Exception {
    for (PostQuery q : List.of(PostQuery.all(), PostQuery.all().with("lang", "fa"))) {
      StanceShares.Tally whole = new StanceShares.Tally();
      store.forEach(q, whole);
      assertThat(store.stanceShares(q)).isEqualTo(whole.shares());
    }
  }

  @Test
  void probabilitiesRoundTripAndALabelWithoutThemWritesNone() {
    PostJson json = new PostJson();
    Post with = post("1", "fa", talks("against", 0.7, 0.2, 0.1));
    assertThat(json.read(json.write(with))).isEqualTo(with);
    assertThat(json.write(with)).contains("\"probabilities\":{\"against\":0.7,\"favor\":0.2,\"none\":0.1}");
    String without = json.write(post("4", "fa", Map.of("stance:talks", List.of(new Label("against", 0.9, "r")))));
    assertThat(without).doesNotContain("probabilities");
  }

  private static Map<String, List<Label>> talks(String value, double against, double favor, double none) {
    return Map.of("stance:talks", List.of(Label.ofProbabilities(value, Math.max(against, Math.max(favor, none)),
        "stance", Map.of("none", none, "favor", favor, "against", against))));
  }

  private static Post post(String id, String lang, Map<String, List<Label>> labels) {
    Post p = Post.builder(Platform.X, id).author(Author.of("a" + id, null, null))
        .createdAt(Instant.parse("2025-04-02T10:00:00Z").plusSeconds(Long.parseLong(id))).lang(lang)
        .text("post " + id).build();
    var a = p.annotations();
    for (var e : labels.entrySet()) {
      a = a.with(e.getKey(), e.getValue(), null, null);
    }
    return p.toBuilder().annotations(a).build();
  }
}
