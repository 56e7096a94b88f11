package dev.chorus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.codebook.Codebook;
import dev.chorus.json.JsonConfig;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterWarningsTest {
  @TempDir Path dir;

  private static final Codebook CODEBOOK = new Codebook("1", "talks", List.of(
      new Codebook.Target("us-iran-talks", "Talks", "", Map.of())), List.of(
      new Codebook.Frame("sanctions", "Sanctions", "", "any", Map.of()),
      new Codebook.Frame("nuclear-threat", "Nuclear threat", "", "any", Map.of())),
      List.of(), List.of(), List.of());

  private static Post post(String id, String lang, String stance) {
    Annotations a = Annotations.EMPTY.with("stance:us-iran-talks", List.of(new Label(stance, 0.9, "stance")),
        null, null);
    return Post.builder(Platform.X, id).author(Author.of("u_1", null, null)).createdAt(Instant.EPOCH)
        .text("text of " + id).lang(lang).annotations(a).build();
  }

  @Test
  void unknownValuesAreNamedWithTheKnownOnesAndKnownValuesAreNot() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      store.upsert(post("1", "en", "favor"));
      store.upsert(post("2", "fa", "against"));
      store.commit();
      PostQuery query = PostQuery.all().with("lang", Set.of("en", "xx")).with("frame", Set.of("sanctions", "sanctoins"))
          .with("stance", Set.of("against", "us-iran-talks:favor", "nope:favor", "us-iran-talks:agaist"));

      List<FilterWarnings.Warning> warnings = FilterWarnings.of(store, CODEBOOK, query);

      assertThat(warnings).extracting(FilterWarnings.Warning::parameter, FilterWarnings.Warning::value)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("lang", "xx"),
              org.assertj.core.groups.Tuple.tuple("frame", "sanctoins"),
              org.assertj.core.groups.Tuple.tuple("stance", "nope:favor"),
              org.assertj.core.groups.Tuple.tuple("stance", "us-iran-talks:agaist"));
      assertThat(warnings).filteredOn(w -> w.parameter().equals("lang")).singleElement()
          .extracting(FilterWarnings.Warning::message).asString()
          .startsWith("no post has lang 'xx'; known: ").contains("en").contains("fa");
      assertThat(warnings).filteredOn(w -> w.parameter().equals("frame")).singleElement()
          .extracting(FilterWarnings.Warning::message).asString().contains("sanctions, nuclear-threat");
      assertThat(FilterWarnings.of(store, CODEBOOK, PostQuery.all().with("lang", "EN".toLowerCase()))).isEmpty();
    }
  }

  @Test
  void theBodyCarriesWarningsOnlyWhenThereAreSome() {
    Map<String, Integer> result = Map.of("posts", 0);
    assertThat(FilterWarnings.body(result, List.of())).isSameAs(result);
    JsonNode body = (JsonNode) FilterWarnings.body(result,
        List.of(new FilterWarnings.Warning("lang", "xx", "no post has lang 'xx'; known: en")));
    assertThat(body.path("posts").asInt()).isZero();
    assertThat(body.path("warnings").get(0).path("parameter").asText()).isEqualTo("lang");
    assertThat(JsonConfig.mapper().valueToTree(body).path("warnings").size()).isEqualTo(1);
  }
}
