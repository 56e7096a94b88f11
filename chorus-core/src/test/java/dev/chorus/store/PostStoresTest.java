package dev.chorus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostStoresTest {
  @TempDir Path dir;

  @Test
  void fileUrlsAndBarePathsMeanTheEmbeddedIndex() {
    assertThat(PostStores.parse("lucene:index")).hasToString("lucene:index");
    assertThat(PostStores.parse("file:index")).hasToString("lucene:index");
    assertThat(PostStores.parse("index")).hasToString("lucene:index");
    assertThat(PostStores.parse("LUCENE:/data/index").getScheme()).isEqualTo("lucene");
    assertThat(PostStores.parse("opensearch://search.example.org:9200/posts").getHost())
        .isEqualTo("search.example.org");
  }

  @Test
  void relativeLocationsResolveAgainstTheBaseAndAbsoluteOnesDoNot() {
    assertThat(folder("lucene:index")).isEqualTo(dir.resolve("index"));
    assertThat(folder("sub/index")).isEqualTo(dir.resolve("sub/index"));
    Path elsewhere = dir.resolve("else where").toAbsolutePath();
    assertThat(folder("lucene:" + elsewhere)).isEqualTo(elsewhere);
    assertThat(folder(elsewhere.toString())).isEqualTo(elsewhere);
    assertThat(folder(elsewhere.toUri().toString())).isEqualTo(elsewhere); // file:///…/else%20where/
    assertThat(folder("file://localhost" + elsewhere)).isEqualTo(elsewhere);
  }

  @Test
  void aStoreWrittenThroughOneUrlIsReadThroughAnother() throws Exception {
    Post post = Post.builder(Platform.X, "1").author(Author.of("a", null, null))
        .createdAt(Instant.parse("2025-04-02T10:00:00Z")).lang("en").text("hello").build();
    try (PostStore w = PostStores.open("lucene:index", StoreOptions.writable(dir))) {
      w.upsert(post);
      w.commit();
    }
    try (PostStore r = PostStores.open(dir.resolve("index").toUri().toString(), StoreOptions.readOnly(dir))) {
      assertThat(r.count()).isEqualTo(1);
      assertThatThrownBy(() -> r.upsert(post)).hasMessageContaining("read-only");
    }
  }

  @Test
  void anUnknownSchemeIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> PostStores.open("opensearch://localhost:9200/posts", StoreOptions.readOnly(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown store scheme 'opensearch'")
        .hasMessageContaining("known schemes are lucene");
  }

  @Test
  void badLocationsAreRefusedInWords() {
    assertThatThrownBy(() -> PostStores.parse(" ")).hasMessageContaining("store location is empty");
    assertThatThrownBy(() -> folder("lucene:  ")).hasMessageContaining("has nothing after 'lucene:'");
    assertThatThrownBy(() -> folder("file://fileserver/share/index"))
        .hasMessageContaining("not on host 'fileserver'");
  }

  private Path folder(String location) {
    return PostStores.folder(PostStores.parse(location), dir).orElseThrow();
  }
}
