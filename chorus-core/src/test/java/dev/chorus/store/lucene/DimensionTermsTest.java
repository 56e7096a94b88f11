package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.SearchOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dimension's term rule is the one spelling of its values in the index, in its filter and in the query syntax
 * ({@code hashtag:…}): a Persian hashtag typed with an Arabic keyboard (ك for ک, ي for ی) finds the posts either way,
 * and a case-sensitive author id is found as written.
 */
class DimensionTermsTest {
  @TempDir Path dir;

  @Test
  void filterAndQuerySyntaxUseTheDimensionsTermRule() throws Exception {
    try (LucenePostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      store.upsert(Post.builder(Platform.X, "1").author(Author.of("u_AbC", null, null))
          .createdAt(Instant.parse("2025-04-02T10:00:00Z")).lang("fa").text("نه به مذاکره")
          .hashtags(List.of("نه_به_مذاکره")).build());
      store.upsert(Post.builder(Platform.X, "2").author(Author.of("u_other", null, null))
          .createdAt(Instant.parse("2025-04-02T11:00:00Z")).lang("en").text("other")
          .hashtags(List.of("Diplomacy")).build());
      store.commit();

      assertThat(total(store, Map.of("hashtag", List.of("#نه_به_مذاكره")))).isEqualTo(1);
      assertThat(total(store, Map.of("hashtag", List.of("نه_به_مذاکره")))).isEqualTo(1);
      assertThat(total(store, Map.of("hashtag", List.of("DIPLOMACY")))).isEqualTo(1);
      assertThat(total(store, Map.of("q", List.of("hashtag:نه_به_مذاكره")))).isEqualTo(1);
      assertThat(total(store, Map.of("q", List.of("hashtag:diplomacy")))).isEqualTo(1);
      assertThat(total(store, Map.of("author", List.of("u_AbC")))).isEqualTo(1);
      assertThat(total(store, Map.of("q", List.of("author:u_AbC")))).isEqualTo(1);
      assertThat(total(store, Map.of("q", List.of("lang:FA")))).isEqualTo(1);
    }
  }

  private static long total(LucenePostStore store, Map<String, List<String>> filters) throws Exception {
    PostQuery q = PostQueryParser.parse(filters);
    return store.search(q, 10, SearchOrder.NEWEST).total();
  }
}
