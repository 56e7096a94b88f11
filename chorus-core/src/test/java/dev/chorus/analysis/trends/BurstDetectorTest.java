package dev.chorus.analysis.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.json.JsonConfig;
import org.junit.jupiter.api.Test;

/** A surge is judged against a baseline of buckets with posts, never against an empty window. */
class BurstDetectorTest {
  @Test
  void aBurstRightAfterAGapHasNoBaselineAndIsNotASurge() {
    long[] counts = {4, 5, 4, 6, 5, 4, 5, 0, 0, 0, 0, 0, 0, 0, 40, 38};
    assertThat(BurstDetector.DEFAULT.detect(counts)).isEmpty();
  }

  @Test
  void aBurstAtTheStartAfterZerosIsNotASurge() {
    long[] counts = {0, 0, 0, 0, 0, 0, 0, 0, 60};
    assertThat(BurstDetector.DEFAULT.detect(counts)).isEmpty();
  }

  @Test
  void aBurstAfterASteadyBaselineIsASurge() {
    long[] counts = {0, 0, 4, 5, 4, 6, 5, 4, 5, 40};
    assertThat(BurstDetector.DEFAULT.detect(counts)).singleElement()
        .satisfies(s -> assertThat(s.bucket()).isEqualTo(9)).satisfies(s -> assertThat(s.baseline()).isEqualTo(5));
  }

  @Test
  void aBaselineIsHalfTheWindowAtLeastThreeBuckets() throws Exception {
    assertThat(BurstDetector.DEFAULT.minBaseline()).isEqualTo(4);
    assertThat(new BurstDetector(2, 3.5, 5).minBaseline()).isEqualTo(2);
    assertThat(new BurstDetector(14, 3.5, 5).minBaseline()).isEqualTo(7);
    // four of the seven buckets before hold posts: judged; three: not
    assertThat(BurstDetector.DEFAULT.detect(new long[] {0, 0, 0, 5, 5, 5, 5, 40})).hasSize(1);
    assertThat(BurstDetector.DEFAULT.detect(new long[] {0, 0, 0, 0, 5, 5, 5, 40})).isEmpty();
    assertThat(JsonConfig.mapper().writeValueAsString(BurstDetector.DEFAULT)).contains("\"min_baseline\":4");
  }
}
