package dev.chorus.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.analysis.coordination.CoordinationReport;
import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.trends.BurstDetector;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code coordination:} rules of {@code alerts.yaml}: the coordination analysis (its defaults: 60-second window,
 * 2 shares per account, edges of weight 2) over the last {@code days} of the data, per object kind, firing once for
 * each coordinated group whose member set has not fired before.
 *
 * <p>Design decision: the condition is the kind and the sorted member pseudonyms, so a group that gains or loses a
 * member is a new condition and fires again. Membership is what an analyst acts on (who to look at), and the community
 * split of a growing network also moves accounts between groups; matching "the same group, grown" would need a
 * similarity cut-off that hides exactly the change worth seeing. The price is an alert per change of a group that keeps
 * growing; the log shows the earlier member sets next to it.
 *
 * <p>Not among the defaults: each check reads every post of the window and builds its share table, and checks run
 * after every watch run; on a large collection that is seconds to minutes each time, too much to switch on unasked
 * (the README's example is the rule to copy).
 */
final class CoordinationRules {
  static final String KEY = "coordination";
  static final int DEFAULT_DAYS = 7;
  static final List<ObjectKind> KINDS = List.of(ObjectKind.URL, ObjectKind.HASHTAG, ObjectKind.REPOST);

  private CoordinationRules() {}

  static AlertRule rule(String id, List<ObjectKind> kinds, int days) {
    return new AlertRule(id, KEY, TimeSeries.Interval.DAY, BurstDetector.DEFAULT, 1, null,
        new AlertRule.Coordination(kinds, days), null);
  }

  /** {@code coordination: [url, hashtag, repost]} (or one kind), {@code days: 7}. */
  static AlertRule rule(String where, RuleFields f, JsonNode n) {
    f.onlyKeys("id", KEY, "days");
    String id = f.id();
    JsonNode v = n.get(KEY);
    List<ObjectKind> kinds = new ArrayList<>();
    for (JsonNode k : v.isArray() ? v : List.of(v)) {
      ObjectKind kind = KINDS.stream().filter(o -> o.id().equals(k.asText().strip())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(where + ": " + KEY + ": expected url, hashtag or repost "
              + "(or a list of them); found '" + k.asText() + "'"));
      kinds.add(kind);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException(where + ": " + KEY + ": expected url, hashtag or repost (or a list of "
          + "them); found an empty list");
    }
    return rule(id, kinds, f.whole("days", DEFAULT_DAYS, 1));
  }

  /** Every group of the recent window, whether it fired before or not. */
  static List<Alert> evaluate(PostStore store, AlertRule rule, Instant now) throws IOException {
    Instant last = store.stats(PostQuery.all()).last();
    if (last == null) {
      return List.of();
    }
    AlertRule.Coordination c = rule.coordination();
    // relative to the newest post, not the clock: an archive checked today still has a "last week"
    Instant since = last.minusSeconds(c.days() * 86_400L);
    PostQuery window = PostQuery.all().withSpan(since, last.plusSeconds(1));
    CoordinationService service = new CoordinationService();
    List<Alert> out = new ArrayList<>();
    for (ObjectKind kind : c.kinds()) {
      CoordinationRequest defaults = CoordinationRequest.of(kind);
      CoordinationReport report = service.analyse(store, new CoordinationRequest(window, kind,
          defaults.timeWindow(), defaults.minParticipation(), null, defaults.similarity(), null));
      for (CoordinatedGroup g : report.groups()) {
        out.add(alert(rule, kind, g, now));
      }
    }
    return out;
  }

  private static Alert alert(AlertRule rule, ObjectKind kind, CoordinatedGroup g, Instant now) {
    List<String> members = List.copyOf(new TreeSet<>(g.accounts()));
    String id = rule.id() + "|" + kind.id() + "|" + String.join(",", members);
    Instant until = g.last().plusSeconds(1);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("kind", kind.id());
    details.put("members", members.size());
    details.put("posts", g.posts());
    details.put("objects", g.objects());
    details.put("accounts", members);
    details.put("example_post_ids", g.examplePostIds());
    return new Alert(id, rule.id(), rule.describe(), KEY, kind.id(), g.first(), until, members.size(), 0,
        g.posts(), accounts(members).span(g.first(), until).filters(), now, details);
  }

  /**
   * The posts of the group's accounts: the author filter takes one account, so the accounts go into the query as
   * {@code author:"…"} clauses joined by OR (as the coordination view's account drill-down, for all of them at once).
   */
  static Drilldown accounts(List<String> members) {
    List<String> clauses = new ArrayList<>();
    for (String m : members) {
      clauses.add("author:\"" + m.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    return Drilldown.of(PostQuery.all().withText("(" + String.join(" OR ", clauses) + ")"));
  }
}
