package dev.chorus.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformCoverageServiceTest {
  @Test
  void gapsAreTheRunsOfDaysWithoutPosts() {
    List<DayGap> gaps = PlatformCoverageService.gaps(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-10"),
        Set.of("2025-04-01", "2025-04-02", "2025-04-05", "2025-04-10"));
    assertThat(gaps).containsExactly(new DayGap(LocalDate.parse("2025-04-03"), LocalDate.parse("2025-04-04")),
        new DayGap(LocalDate.parse("2025-04-06"), LocalDate.parse("2025-04-09")));
    assertThat(gaps.get(1).days()).isEqualTo(4);
  }

  @Test
  void noGapWhenEveryDayHasPosts() {
    assertThat(PlatformCoverageService.gaps(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-01"),
        Set.of("2025-04-01"))).isEmpty();
  }
}
