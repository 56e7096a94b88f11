package dev.chorus.analysis.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProportionTest {
  /** Wilson score intervals published in Newcombe (1998), Statistics in Medicine 17:857-872, Table I (method 3). */
  @Test
  void matchesNewcombesPublishedWilsonIntervals() {
    check(81, 263, 0.2553, 0.3662);
    check(15, 148, 0.0624, 0.1605);
    check(0, 20, 0.0, 0.1611);
    check(1, 29, 0.0061, 0.1718);
  }

  @Test
  void emptyDenominatorMeansNothingIsKnown() {
    Proportion p = Proportion.of(0, 0);
    assertThat(p.low()).isZero();
    assertThat(p.high()).isEqualTo(1.0);
    assertThatThrownBy(() -> Proportion.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void intervalHoldsTheShareAndStaysInsideZeroOne(@ForAll @IntRange(min = 0, max = 100_000) int total,
      @ForAll @IntRange(min = 0, max = 100_000) int k) {
    int count = total == 0 ? 0 : k % (total + 1);
    Proportion p = Proportion.of(count, total);
    assertThat(p.low()).isBetween(0.0, p.share() + 1e-12);
    assertThat(p.high()).isBetween(p.share() - 1e-12, 1.0);
  }

  private static void check(long k, long n, double low, double high) {
    Proportion p = Proportion.of(k, n);
    assertThat(p.low()).isCloseTo(low, within(0.00006));
    assertThat(p.high()).isCloseTo(high, within(0.00006));
  }
}
