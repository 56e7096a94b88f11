package dev.chorus.analysis.coordination.textsimilarity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final MinHasher HASHER = new MinHasher(128, 5, 7L);

  private static final String TEMPLATE = "the negotiators in muscat must not give away the enrichment programme,"
      + " call your representative today and tell them no deal without verification";

  @Test
  void nearDuplicatesClusterAndUnrelatedTextsStayApart() {
    NearDuplicateIndex index = new NearDuplicateIndex(HASHER, 0.8);
    int original = index.add(CopypastaText.normalize(TEMPLATE));
    int mention = index.add(CopypastaText.normalize("@someone " + TEMPLATE + " https://t.co/abc"));
    int shouting = index.add(CopypastaText.normalize(TEMPLATE.toUpperCase(java.util.Locale.ROOT) + "  "));
    int editedWord = index.add(CopypastaText.normalize(TEMPLATE.replace("today", "now")));
    int unrelated = index.add(CopypastaText.normalize(
        "markets opened higher after the central bank kept interest rates unchanged for a third month"));
    int sameTopic = index.add(CopypastaText.normalize(
        "talks in muscat resume next week; analysts doubt a deal on enrichment is close"));
    int[] clusters = index.clusters();
    assertThat(clusters[mention]).isEqualTo(clusters[original]);
    assertThat(clusters[shouting]).isEqualTo(clusters[original]);
    assertThat(clusters[editedWord]).isEqualTo(clusters[original]);
    assertThat(clusters[unrelated]).isNotEqualTo(clusters[original]).isEqualTo(unrelated);
    assertThat(clusters[sameTopic]).isNotEqualTo(clusters[original]).isEqualTo(sameTopic);
    assertThat(index.similarity(original, unrelated)).isLessThan(0.2);
  }

  @Test
  void estimatedSimilarityFollowsTheTrueJaccard() {
    NearDuplicateIndex index = new NearDuplicateIndex(HASHER, 0.5);
    int a = index.add(TEMPLATE);
    int b = index.add(TEMPLATE.substring(0, TEMPLATE.length() / 2));
    // About half of the shingles are shared: the estimate must be far from both 0 and 1.
    assertThat(index.similarity(a, b)).isBetween(0.3, 0.7);
    assertThat(index.similarity(a, a)).isEqualTo(1.0);
  }

  @Test
  void bandingCatchesPairsAtTheThresholdWithHighProbability() {
    LshBanding b = LshBanding.forThreshold(0.8, 128);
    assertThat(b.bands() * b.rows()).isLessThanOrEqualTo(128);
    assertThat(b.candidateProbability(0.8)).isGreaterThanOrEqualTo(LshBanding.RECALL_AT_THRESHOLD);
    assertThat(b.candidateProbability(0.3)).isLessThan(0.05);
  }

  @Test
  void textsShorterThanOneShingleHaveNoSignature() {
    assertThat(HASHER.signature("abcd")).isNull();
    assertThat(new NearDuplicateIndex(HASHER, 0.8).add("abc")).isEqualTo(-1);
  }

  @Property(tries = 200)
  void anyTextNormalisesAndHashesWithoutError(@ForAll String text) {
    String n = CopypastaText.normalize(text);
    assertThat(n).isEqualTo(n.strip()).doesNotContain("  ");
    assertThat(CopypastaText.normalize(n)).isEqualTo(n);
    int[] sig = HASHER.signature(n);
    assertThat(sig == null).isEqualTo(n.length() < 5);
    if (sig != null) {
      assertThat(HASHER.signature(n)).containsExactly(sig);
    }
  }
}
