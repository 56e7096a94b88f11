package dev.chorus.analysis.coordination.coortweet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CoortweetPropertyTest {

  record Share(String object, String account, String content, long time) {}

  @Provide
  Arbitrary<List<Share>> tables() {
    Arbitrary<Share> share = Combinators.combine(
        Arbitraries.integers().between(0, 4).map(i -> "o" + i),
        Arbitraries.integers().between(0, 5).map(i -> "a" + i),
        Arbitraries.integers().between(0, 40).map(i -> i < 3 ? "o" + i : "c" + i),
        Arbitraries.longs().between(1_600_000_000L, 1_600_000_060L)).as(Share::new);
    return share.list().ofMaxSize(40);
  }

  @Property(tries = 200)
  void everyRowIsWithinTheWindowEarlierFirstAndMatchesTheSelfJoin(@ForAll("tables") List<Share> shares,
      @ForAll @IntRange(min = 0, max = 20) int window, @ForAll @IntRange(min = 0, max = 4) int minParticipation,
      @ForAll boolean removeLoops) throws IOException {
    ShareTable.Builder b = ShareTable.builder();
    shares.forEach(s -> b.add(s.object(), s.account(), s.content(), s.time()));
    ShareTable t = b.build();
    List<String> rows = new ArrayList<>();
    new CoortweetDetector().detect(t, new DetectionParameters(window, minParticipation, removeLoops), (x, y, d) -> {
      assertThat(d).isBetween(0L, (long) window);
      assertThat(t.time(y) - t.time(x)).isEqualTo(d);
      assertThat(t.object(x)).isEqualTo(t.object(y));
      assertThat(x).as("equal times keep input order").matches(r -> t.time(x) < t.time(y) || x < y);
      rows.add(x + "," + y);
    });
    assertThat(rows).containsExactlyInAnyOrderElementsOf(selfJoin(shares, window, minParticipation, removeLoops));
  }

  /** CooRTweet's detect_groups written as its data.table steps: pre-filter, self-join, loops, post-filter. */
  static List<String> selfJoin(List<Share> x, int window, int minP, boolean removeLoops) {
    Map<String, Integer> perAccount = new HashMap<>();
    x.forEach(s -> perAccount.merge(s.account(), 1, Integer::sum));
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      if (perAccount.get(x.get(i).account()) >= minP) {
        kept.add(i);
      }
    }
    List<int[]> result = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      for (int j = i + 1; j < kept.size(); j++) {
        Share a = x.get(kept.get(i));
        Share c = x.get(kept.get(j));
        boolean loop = a.account().equals(c.account()) || a.content().equals(c.content())
            || a.content().equals(a.object()) || c.content().equals(a.object());
        if (a.object().equals(c.object()) && Math.abs(a.time() - c.time()) <= window && !(removeLoops && loop)) {
          result.add(a.time() > c.time() ? new int[] {kept.get(j), kept.get(i)} : new int[] {kept.get(i),
              kept.get(j)});
        }
      }
    }
    if (minP >= 1) {
      Set<String> contents = new HashSet<>();
      result.forEach(r -> {
        contents.add(x.get(r[0]).content());
        contents.add(x.get(r[1]).content());
      });
      Map<String, Integer> inResult = new HashMap<>();
      kept.stream().map(x::get).filter(s -> contents.contains(s.content()))
          .forEach(s -> inResult.merge(s.account(), 1, Integer::sum));
      Set<String> qualifying = new HashSet<>();
      kept.stream().map(x::get).filter(s -> contents.contains(s.content())
          && inResult.getOrDefault(s.account(), 0) >= minP).forEach(s -> qualifying.add(s.content()));
      result.removeIf(r -> !qualifying.contains(x.get(r[0]).content())
          && !qualifying.contains(x.get(r[1]).content()));
    }
    return result.stream().map(r -> r[0] + "," + r[1]).toList();
  }
}
