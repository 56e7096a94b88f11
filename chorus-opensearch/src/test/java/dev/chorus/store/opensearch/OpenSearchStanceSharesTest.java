package dev.chorus.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.StanceShares;
import dev.chorus.store.StoreOptions;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster store's calibrated stance shares (sum and value-count aggregations over the probability fields) are the
 * embedded store's (doc values summed per segment) for the same posts and filters, on an index of two shards; an
 * index created before the probability fields gets them added when opened for writing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchStanceSharesTest {
  @TempDir Path dir;
  OpenSearchNode node;
  final List<String> indices = new ArrayList<>();
  final List<Post> posts = new ArrayList<>();

  @BeforeAll
  void node() {
    node = OpenSearchNode.require();
    // 60 posts in two languages, stances on two targets, every fifth labelled by a rule (no probabilities)
    for (int i = 0; i < 60; i++) {
      double a = (i % 7) / 10.0;
      double f = (i % 3) / 10.0;
      Map<String, List<Label>> labels = new java.util.LinkedHashMap<>();
      labels.put("stance:talks", List.of(i % 5 == 0 ? new Label("against", 1.0, "rule")
          : Label.ofProbabilities(a > f ? "against" : "favor", Math.max(a, f), "stance",
              Map.of("against", a, "favor", f, "none", 1 - a - f))));
      if (i % 2 == 0) {
        labels.put("stance:sanctions", List.of(Label.ofProbabilities(Label.UNCERTAIN, 0.4, "stance",
            Map.of("against", 0.35, "favor", 0.4, "none", 0.25))));
      }
      posts.add(post(i, i % 3 == 0 ? "en" : "fa", labels));
    }
  }

  @AfterAll
  void drop() throws Exception {
    for (String index : indices) {
      node.delete(index);
    }
  }

  @Test
  void clusterSharesAreTheEmbeddedOnes() throws Exception {
    String index = OpenSearchNode.uniqueIndex("chorus-stance");
    indices.add(index);
    ObjectNode twoShards = IndexMapping.create(2, 0);
    assertThat(node.send("PUT", "/" + index, twoShards.toString())).isEqualTo(200);
    try (LucenePostStore embedded = LucenePostStore.openWritable(dir.resolve("index"));
        PostStore cluster = PostStores.open(node.store(index), StoreOptions.writable(dir))) {
      for (int i = 0; i < posts.size(); i += 20) { // three segments
        embedded.upsertAll(posts.subList(i, i + 20));
        embedded.commit();
      }
      cluster.upsertAll(posts);
      cluster.commit();
      for (PostQuery q : List.of(PostQuery.all(), PostQuery.all().with("lang", "fa"), PostQuery.text("post"),
          PostQuery.all().with("lang", "ar"))) {
        assertThat(cluster.stanceShares(q)).as("%s", q).isEqualTo(embedded.stanceShares(q));
      }
      Map<String, StanceShares.Target> all = cluster.stanceShares(PostQuery.all());
      assertThat(all.get("talks").posts()).isEqualTo(48); // 60 less the 12 labelled by the rule
      double against = posts.stream().mapToDouble(p -> mean(p, "talks", "against")).sum() / 48;
      assertThat(all.get("talks").shares().get("against")).isCloseTo(against, Offset.offset(1e-4));
      assertThat(all.get("sanctions")).isEqualTo(new StanceShares.Target(30,
          Map.of("against", 0.35, "favor", 0.4, "none", 0.25)));
    }
  }

  @Test
  void anIndexCreatedBeforeTheProbabilitiesTakesThemOnceOpenedForWriting() throws Exception {
    String index = OpenSearchNode.uniqueIndex("chorus-stance-old");
    indices.add(index);
    ObjectNode old = IndexMapping.create(1, 0);
    ObjectNode mappings = (ObjectNode) old.path("mappings");
    mappings.remove("dynamic_templates");
    ((ObjectNode) mappings.path("properties")).remove(dev.chorus.store.lucene.PostDocuments.STANCE_PROBABILITY);
    assertThat(node.send("PUT", "/" + index, old.toString())).isEqualTo(200);
    try (PostStore cluster = PostStores.open(node.store(index), StoreOptions.writable(dir))) {
      assertThat(cluster.stanceShares(PostQuery.all())).isEmpty();
      cluster.upsertAll(posts.subList(0, 10));
      cluster.commit();
      assertThat(cluster.stanceShares(PostQuery.all()).get("talks").posts()).isEqualTo(8);
    }
  }

  private static double mean(Post p, String target, String cls) {
    Map<String, Double> probabilities = StanceShares.of(p).get(target);
    return probabilities == null ? 0 : probabilities.get(cls);
  }

  private static Post post(int i, String lang, Map<String, List<Label>> labels) {
    Post p = Post.builder(Platform.X, Integer.toString(i)).author(Author.of("a" + i, null, null))
        .createdAt(Instant.parse("2025-04-02T10:00:00Z").plusSeconds(i * 60L)).lang(lang).text("post " + i)
        .build();
    var a = p.annotations();
    for (var e : labels.entrySet()) {
      a = a.with(e.getKey(), e.getValue(), null, null);
    }
    return p.toBuilder().annotations(a).build();
  }
}
