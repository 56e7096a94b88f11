package dev.chorus.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.analysis.measure.Proportion;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQueryParser;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordination and stance-shift rules over a real store, with posts built here. */
class CoordinationAndStanceAlertsTest {
  static final Instant T0 = Instant.parse("2025-04-07T10:00:00Z"); // a Monday
  static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  int id;

  /** Each account posts {@code tags} one by one, the accounts 5 s apart, the tags an hour apart. */
  void coordinated(PostStore store, Instant at, List<String> accounts, String... tags) throws Exception {
    for (int t = 0; t < tags.length; t++) {
      for (int a = 0; a < accounts.size(); a++) {
        store.upsert(Post.builder(Platform.X, "c" + id++).author(Author.of(accounts.get(a), null, null))
            .createdAt(at.plusSeconds(t * 3600L + a * 5L)).text("#" + tags[t]).hashtags(List.of(tags[t])).build());
      }
    }
  }

  @Test
  void aCoordinatedGroupFiresOnceAndASecondGroupOnce() throws Exception {
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: groups\n    coordination: hashtag\n    days: 7\n");
    AlertRules rules = AlertRules.load(dir);
    AlertLog log = AlertLog.of(dir);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      coordinated(store, T0, List.of("u_a1", "u_a2", "u_a3"), "alpha", "beta");
      for (int i = 0; i < 6; i++) { // organic: the same tags, but hours apart
        coordinated(store, T0.plusSeconds(20_000L + i * 7_200L), List.of("u_o" + i), "alpha", "beta");
      }
      store.commit();
      List<Alert> first = new AlertCheck(store, rules, log, NOW).check();
      assertThat(first).hasSize(1);
      Alert a = first.get(0);
      assertThat(a.id()).isEqualTo("groups|hashtag|u_a1,u_a2,u_a3");
      assertThat(a.dimension()).isEqualTo("coordination");
      assertThat(a.value()).isEqualTo("hashtag");
      assertThat(a.count()).isEqualTo(3);
      assertThat(a.details()).containsEntry("members", 3).containsEntry("posts", 6).containsEntry("objects", 2)
          .containsEntry("accounts", List.of("u_a1", "u_a2", "u_a3"));
      assertThat(store.stats(PostQueryParser.parse(values(a.drilldown()))).posts())
          .as("the drill-down lists the group's posts").isEqualTo(6);

      assertThat(new AlertCheck(store, rules, log, NOW).check()).as("the same group does not fire twice").isEmpty();

      coordinated(store, T0.plusSeconds(86_400), List.of("u_b1", "u_b2"), "gamma", "delta");
      store.commit();
      List<Alert> second = new AlertCheck(store, rules, log, NOW).check();
      assertThat(second).extracting(Alert::id).containsExactly("groups|hashtag|u_b1,u_b2");
      assertThat(new AlertCheck(store, rules, log, NOW).check()).isEmpty();
    }
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: g\n    coordination: [url, text]\n");
    assertThatThrownBy(() -> AlertRules.load(dir)).hasMessageContaining(dir.resolve("alerts.yaml").toString())
        .hasMessageContaining("rule 1 (line 2): coordination: expected url, hashtag or repost (or a list of them); "
            + "found 'text'");
  }

  /** {@code n} posts of {@code cohort} in the week of {@code week}, the first {@code against} against the talks. */
  void stance(PostStore store, int week, String cohort, int n, int against) throws Exception {
    for (int i = 0; i < n; i++) {
      Annotations labels = Annotations.EMPTY.with("cohort", List.of(new Label(cohort, 1.0, "test")), null, null)
          .with("stance:talks", List.of(new Label(i < against ? "against" : "favor", 0.9, "test")), null, null);
      store.upsert(Post.builder(Platform.X, "s" + id++).author(Author.of("u_" + cohort + (i % 4), null, null))
          .createdAt(T0.plusSeconds(week * 7 * 86_400L + i * 60L)).text("talks").annotations(labels).build());
    }
  }

  @Test
  void aStanceShiftFiresOnceNotWhenTheIntervalsOverlapNorWithoutABaseline() throws Exception {
    AlertRules rules = new AlertRules(List.of(StanceShiftRules.rule("shift", dev.chorus.store.TimeSeries.Interval.WEEK,
        2, 20)), null);
    AlertLog log = AlertLog.of(dir);
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      stance(store, 0, "hawks", 30, 6); // hawks: 20% against in the baseline weeks
      stance(store, 1, "hawks", 30, 6);
      stance(store, 2, "hawks", 30, 24); // then 80%
      stance(store, 0, "doves", 30, 6); // doves: 20%, then 30%: the intervals overlap
      stance(store, 1, "doves", 30, 6);
      stance(store, 2, "doves", 30, 9);
      stance(store, 2, "owls", 30, 30); // owls: only this week, no baseline
      store.commit();

      List<Alert> fired = new AlertCheck(store, rules, log, NOW).check();
      assertThat(fired).extracting(Alert::value).containsExactlyInAnyOrder("hawks talks:against", "hawks talks:favor");
      Alert a = fired.stream().filter(x -> x.value().endsWith("against")).findFirst().orElseThrow();
      Instant week2 = T0.minusSeconds(10 * 3600L).plusSeconds(14 * 86_400L); // Monday 00:00 UTC
      assertThat(a.from()).isEqualTo(week2);
      assertThat(a.count()).isEqualTo(24);
      assertThat(a.baseline()).isEqualTo(0.2);
      assertThat(a.details().get("latest")).isEqualTo(Proportion.of(24, 30));
      assertThat(a.details().get("baseline")).isEqualTo(Proportion.of(12, 60));
      assertThat(a.drilldown()).containsEntry("cohort", List.of("hawks")).containsEntry("stance",
          List.of("talks:against")).containsKeys("since", "until");
      assertThat(store.stats(PostQueryParser.parse(values(a.drilldown()))).posts()).isEqualTo(24);

      assertThat(new AlertCheck(store, rules, log, NOW).check()).as("once per cohort, target, value, week").isEmpty();
    }
  }

  @Test
  void badStanceShiftValuesAreRefusedNamingLineAndWhatWasFound() throws Exception {
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: s\n    stance_shift: month\n");
    assertThatThrownBy(() -> AlertRules.load(dir)).hasMessageContaining(dir.resolve("alerts.yaml").toString())
        .hasMessageContaining("rule 1 (line 2): stance_shift: expected day or week");
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: s\n    stance_shift: day\n    min_labelled: 0\n");
    assertThatThrownBy(() -> AlertRules.load(dir)).hasMessageContaining("min_labelled: expected a whole number of "
        + "at least 1; found '0'");
    Files.writeString(dir.resolve("alerts.yaml"), "rules:\n  - id: s\n    stance_shift: day\n    baseline: 3\n");
    AlertRule r = AlertRules.load(dir).rules().get(0);
    assertThat(r.stanceShift()).isEqualTo(new AlertRule.StanceShift(3, 20));
    assertThat(r.describe()).isEqualTo("cohort stance shift per day against the 3 before");
  }

  /** A drill-down filter as the API's parameters. */
  static Map<String, List<String>> values(Map<String, Object> filters) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    filters.forEach((k, v) -> out.put(k, v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
        : List.of(String.valueOf(v))));
    return out;
  }
}
