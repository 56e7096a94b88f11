package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.classify.SentenceEmbedder;
import dev.chorus.classify.SentenceEmbedders;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sentence embedder this module registers keeps the {@link SentenceEmbedder} contract that model files and the
 * classifiers rely on: found by its id, vectors of its declared length and of unit length for any text (the empty
 * one, Persian, emoji), the same vector for the same text.
 */
class SentenceEmbedderContractTest {
  static Stream<String> ids() {
    return SentenceEmbedders.ids().stream();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void keepsTheContract(String id) {
    SentenceEmbedder e = SentenceEmbedders.require(id);
    assertThat(e.id()).isEqualTo(id);
    for (String text : new String[] {"", "End the talks now.", "مذاکره را متوقف کنید 🕊️", " \n\t"}) {
      float[] v = e.embed(text);
      assertThat(v).hasSize(e.dimensions());
      double sum = 0;
      for (float x : v) {
        sum += (double) x * x;
      }
      assertThat(Math.sqrt(sum)).isCloseTo(1.0, Offset.offset(1e-4));
      assertThat(e.embed(text)).containsExactly(v);
    }
  }

  @org.junit.jupiter.api.Test
  void thisModuleRegistersItsEmbedders() {
    assertThat(SentenceEmbedders.ids()).contains(E5SmallV2Embedder.ID);
  }
}
