package dev.chorus.cli;

import dev.chorus.store.StoreStats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The filter states of {@link ServeBench}: what people exploring a workspace ask for (everything, one language, a
 * hashtag, a word, date windows, combinations), as query strings of the page's calls, reproducible from a seed.
 */
final class DashboardStates {
  private DashboardStates() {}

  /** {@code count} distinct states (fewer when the workspace has too few values to make them), the first "". */
  static List<String> explore(StoreStats all, int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> langs = new ArrayList<>(all.byLanguage().keySet());
    List<String> tags = all.byHashtag().keySet().stream().limit(10).toList();
    List<String> words = List.of("talks", "مذاکره", "deal", "المفاوضات", "sanctions", "Muscat");
    LocalDate first = all.first() == null ? LocalDate.parse("2025-04-01") : LocalDate.parse(all.first().toString()
        .substring(0, 10));
    int span = all.byDay().size();
    List<String> out = new ArrayList<>(List.of(""));
    java.util.Set<String> seen = new java.util.HashSet<>(out);
    for (int tries = 0; out.size() < count && tries < count * 20; tries++) {
      StringBuilder s = new StringBuilder();
      int kind = rnd.nextInt(5);
      if (kind == 0 && !langs.isEmpty()) {
        s.append("&lang=").append(langs.get(rnd.nextInt(langs.size())));
      } else if (kind == 1 && !tags.isEmpty()) {
        s.append("&hashtag=").append(enc(tags.get(rnd.nextInt(tags.size()))));
      } else if (kind == 2) {
        s.append("&q=").append(enc(words.get(rnd.nextInt(words.size()))));
      }
      if (kind >= 3 || rnd.nextBoolean()) {
        LocalDate since = first.plusDays(rnd.nextInt(Math.max(1, span)));
        s.append("&since=").append(since).append("&until=").append(since.plusDays(1 + rnd.nextInt(30)));
      }
      if (seen.add(s.toString())) {
        out.add(s.toString());
      }
    }
    return out;
  }

  /** About {@code wanted} states none of which is in {@code asked}. */
  static List<String> fresh(StoreStats all, int wanted, long seed, List<String> asked) {
    List<String> fresh = new ArrayList<>(explore(all, wanted + asked.size(), seed));
    fresh.removeAll(asked);
    return fresh.isEmpty() ? asked : fresh;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
