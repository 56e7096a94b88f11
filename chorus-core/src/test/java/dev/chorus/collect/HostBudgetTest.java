package dev.chorus.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostBudgetTest {
  static final Instant T0 = Instant.parse("2025-05-01T12:00:00Z");

  @Test
  void theRequestPastTheBudgetWaitsUntilTheOldestLeavesTheMinute() {
    HostBudget budget = new HostBudget(3);
    assertThat(budget.reserve("m.example", T0)).isZero();
    assertThat(budget.reserve("m.example", T0.plusSeconds(10))).isZero();
    assertThat(budget.reserve("m.example", T0.plusSeconds(20))).isZero();
    assertThat(budget.reserve("m.example", T0.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    // another host has its own budget
    assertThat(budget.reserve("other.example", T0.plusSeconds(30))).isZero();
    assertThatThrownBy(() -> new HostBudget(0)).hasMessageContaining("at least 1 request a minute");
  }

  /** Whatever the arrival times, a caller that waits as told never has more than the budget in any minute. */
  @Property(tries = 200)
  void noMinuteEverHoldsMoreThanTheBudget(@ForAll @IntRange(min = 1, max = 5) int perMinute,
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 30_000) Integer> gapsMillis) {
    HostBudget budget = new HostBudget(perMinute);
    List<Instant> sent = new ArrayList<>();
    Instant now = T0;
    for (int gap : gapsMillis) {
      now = now.plusMillis(gap);
      Instant at = now.plus(budget.reserve("h", now));
      sent.add(at);
      now = at;
    }
    for (Instant start : sent) {
      long inWindow = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(60))).count();
      assertThat(inWindow).isLessThanOrEqualTo(perMinute);
    }
  }
}
