package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.classify.SentenceEmbedder;
import dev.chorus.classify.SentenceEmbedders;
import org.junit.jupiter.api.Test;

/** With the real model, loaded once (one test method: loading takes seconds). */
class E5SmallV2EmbedderTest {
  @Test
  void embedsToUnitVectorsThatPlaceParaphrasesClose() {
    SentenceEmbedder e = SentenceEmbedders.require(E5SmallV2Embedder.ID);
    assertThat(e.dimensions()).isEqualTo(384);
    float[] a = e.embed("The government should raise taxes on the rich.");
    float[] paraphrase = e.embed("Wealthy people ought to pay more tax.");
    float[] unrelated = e.embed("My cat sleeps on the windowsill all afternoon.");
    float[] empty = e.embed("");
    for (float[] v : new float[][] {a, paraphrase, unrelated, empty}) {
      assertThat(v).hasSize(384);
      assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
    assertThat(new E5SmallV2Embedder().embed("The government should raise taxes on the rich.")).containsExactly(a);
    assertThat(dot(a, paraphrase)).isGreaterThan(dot(a, unrelated));
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
