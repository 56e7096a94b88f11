package dev.chorus.coverage;

import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.StoreStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Computes the {@link Coverage} (per platform, with rejects; the dashboard view) of the posts matching a query: one stats pass overall, one per platform. */
public final class PlatformCoverageService {
  private final PostStore store;
  private final Path rejectsDir;

  /**
   * @param store where the posts are
   * @param rejectsDir the workspace's rejects folder (may not exist)
   */
  public PlatformCoverageService(PostStore store, Path rejectsDir) {
    this.store = store;
    this.rejectsDir = rejectsDir;
  }

  public Coverage coverage(PostQuery query) throws IOException {
    StoreStats all = store.stats(query);
    List<PlatformCoverage> platforms = new ArrayList<>();
    for (String platform : all.byPlatform().keySet()) {
      // one platform only: its stats are the ones just computed, no second pass over the index
      StoreStats one = all.byPlatform().size() == 1 ? all : store.stats(withPlatform(query, platform));
      if (one.posts() > 0) {
        platforms.add(platformCoverage(platform, one));
      }
    }
    return new Coverage(all.posts(), all.first(), all.last(), platforms, new RejectsReader(rejectsDir).summary());
  }

  static PlatformCoverage platformCoverage(String platform, StoreStats s) {
    LocalDate first = s.first().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last = s.last().atZone(ZoneOffset.UTC).toLocalDate();
    return new PlatformCoverage(platform, s.posts(), s.first(), s.last(),
        java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1, s.byDay().size(),
        gaps(first, last, s.byDay().keySet()));
  }

  /** Runs of days from {@code first} to {@code last} that are not in {@code daysWithPosts} (yyyy-MM-dd). */
  static List<DayGap> gaps(LocalDate first, LocalDate last, Set<String> daysWithPosts) {
    List<DayGap> gaps = new ArrayList<>();
    LocalDate gapStart = null;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      boolean empty = !daysWithPosts.contains(d.toString());
      if (empty && gapStart == null) {
        gapStart = d;
      } else if (!empty && gapStart != null) {
        gaps.add(new DayGap(gapStart, d.minusDays(1)));
        gapStart = null;
      }
    }
    if (gapStart != null) {
      gaps.add(new DayGap(gapStart, last));
    }
    return gaps;
  }

  /** The query narrowed to one platform (kept if it already names platforms: then it is one of them). */
  private static PostQuery withPlatform(PostQuery q, String platform) {
    Set<String> one = new LinkedHashSet<>(List.of(platform));
    return new PostQuery(q.text(), one, q.languages(), q.kinds(), q.since(), q.until(), q.author(), q.hashtag(),
        q.stances(), q.frames(), q.actors(), q.cohorts());
  }
}
