package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import dev.chorus.post.Annotations;
import dev.chorus.post.AnnotatorStamp;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/**
 * The document of a post writes its facet labels directly as the doc values Lucene's {@link FacetsConfig#build} made
 * of them: the same fields, values and order, so that an index written now is the index written before.
 */
class PostDocumentsTest {
  private final PostDocuments documents = new PostDocuments();

  @Test
  void facetLabelsAreWhatFacetsConfigBuilds() throws Exception {
    for (Post post : posts()) {
      byte[] body = documents.body(post);
      assertThat(describe(documents.toDocument(post, body))).as(post.id())
          .isEqualTo(describe(throughFacetsConfig(documents.toDocument(post, body), post)));
    }
  }

  /** The former way: the same document with the labels as facet fields, turned into doc values by FacetsConfig. */
  private Document throughFacetsConfig(Document current, Post post) throws Exception {
    Document former = new Document();
    for (IndexableField f : current) {
      if (!f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
        former.add(f);
      }
    }
    former.add(new SortedSetDocValuesFacetField(PostDocuments.DAY, PostDocuments.day(post)));
    former.add(new SortedSetDocValuesFacetField(PostDocuments.SYNTHETIC, Boolean.toString(post.synthetic())));
    for (Dimension d : Dimensions.all()) {
      for (String label : PostDocuments.labels(d, post)) {
        former.add(new SortedSetDocValuesFacetField(d.id(), label));
      }
    }
    return documents.facetsConfig().build(former);
  }

  private static List<String> describe(Document doc) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : doc) {
      Object value = f.binaryValue() != null ? f.binaryValue() : f.stringValue() != null ? f.stringValue()
          : f.numericValue();
      out.add(f.name() + " " + f.fieldType().indexOptions() + " " + f.fieldType().docValuesType() + " "
          + f.fieldType().stored() + " " + f.fieldType().pointDimensionCount() + " " + value);
    }
    return out;
  }

  private static List<Post> posts() {
    Map<String, List<Label>> labels = new LinkedHashMap<>();
    labels.put("lang", List.of(new Label("fa", 0.9, "lang")));
    labels.put("frame", List.of(new Label("security", 1, "frames"), new Label("economy", 0.7, "frames")));
    labels.put("stance:talks", List.of(new Label("against", 0.8, "stance")));
    labels.put("actor", List.of(new Label("IRGC", 1, "actors"), new Label("IRGC", 1, "actors")));
    labels.put("cohort", List.of(new Label("reformist", 1, "cohort")));
    labels.put("call", List.of(new Label("protest", 1, "calls")));
    Annotations annotations = new Annotations(labels, List.of(new AnnotatorStamp("lang", "1", null)), "نه به");
    Post rich = Post.builder(Platform.X, "1").author(Author.of("u_AbC", "handle", null))
        .createdAt(Instant.parse("2025-04-02T10:00:00Z")).lang("fa").title("Title").text("نه به مذاکره #نه")
        .hashtags(List.of("نه", "Diplomacy", "diplomacy")).urls(List.of("https://a.example/x", "https://b.org/y"))
        .synthetic(true).provenance(new Provenance("f.ndjson", 3, "x-api-v2", Instant.parse("2025-05-01T00:00:00Z")))
        .annotations(annotations).build();
    Post bare = Post.builder(Platform.TELEGRAM, "2").author(Author.of("u_x", null, null))
        .createdAt(Instant.parse("2024-12-31T23:59:59Z")).text("").referenced().build();
    Post hebrew = Post.builder(Platform.X, "3").author(Author.of("u_y", null, null))
        .createdAt(Instant.parse("2025-01-01T00:00:00Z")).lang("iw").text("שלום לכולם").sharedPostId("x:9")
        .build();
    return List.of(rich, bare, hebrew);
  }
}
