package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentenceEmbeddersTest {
  @Test
  void findsTheEmbeddersOnTheClasspathById() {
    assertThat(SentenceEmbedders.ids()).contains(HashingTestEmbedder.ID);
    SentenceEmbedder e = SentenceEmbedders.require(HashingTestEmbedder.ID);
    assertThat(e.id()).isEqualTo(HashingTestEmbedder.ID);
    assertThat(e.dimensions()).isEqualTo(HashingTestEmbedder.DIMENSIONS);
    assertThat(SentenceEmbedders.require(HashingTestEmbedder.ID)).isSameAs(e);
  }

  @Test
  void cachedVectorsAreTheModelsAndCannotBeChangedFromOutside() {
    SentenceEmbedder e = SentenceEmbedders.require(HashingTestEmbedder.ID);
    float[] first = e.embed("Keep the border open");
    assertThat(first).containsExactly(new HashingTestEmbedder().embed("Keep the border open"));
    first[0] = 42;
    assertThat(e.embed("Keep the border open")[0]).isNotEqualTo(42f);
    assertThat(e.embed("")).hasSize(HashingTestEmbedder.DIMENSIONS);
  }

  @Test
  void anUnknownIdIsRefusedNamingTheIdsAvailable() {
    assertThatThrownBy(() -> SentenceEmbedders.require("no-such-model"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sentence embedder 'no-such-model'")
        .hasMessageContaining("available: " + HashingTestEmbedder.ID);
  }
}
