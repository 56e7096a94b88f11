package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Confidence bins against accuracy, and the expected calibration error. */
class ReliabilityTest {
  @Test
  void perfectlyCalibratedConfidencesHaveNoErrorAndOverConfidentOnesDo() {
    // 4 items at 0.75, 3 right: calibrated
    Reliability good = Reliability.of(new double[] {0.75, 0.75, 0.75, 0.75}, new boolean[] {true, true, true, false});
    assertThat(good.ece()).isZero();
    assertThat(good.bins()).singleElement().satisfies(b -> {
      assertThat(b.low()).isEqualTo(0.7);
      assertThat(b.n()).isEqualTo(4);
      assertThat(b.accuracy()).isEqualTo(0.75);
    });
    // 2 items at 0.95 both wrong, 2 at 0.55 both right: |0 - 0.95|/2 + |1 - 0.55|/2 = 0.7
    Reliability bad = Reliability.of(new double[] {0.95, 0.95, 0.55, 1.0 - 0.45},
        new boolean[] {false, false, true, true});
    assertThat(bad.ece()).isEqualTo(0.7);
    assertThat(bad.bins()).extracting(Reliability.Bin::low).containsExactly(0.5, 0.9);
  }
}
