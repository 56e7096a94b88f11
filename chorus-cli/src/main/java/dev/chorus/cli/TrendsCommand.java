package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.store.PostStore;
import dev.chorus.store.TimeSeries;
import dev.chorus.trends.BurstDetector;
import dev.chorus.trends.Trends;
import dev.chorus.trends.TrendsService;
import dev.chorus.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus trends [filters] [--interval day] [--by stance] [--json]}. */
@Command(name = "trends", description = "Counts over time by a dimension, with codebook events and flagged surges.")
final class TrendsCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--query", paramLabel = "Q", description = "Lucene query to narrow the posts.")
  String query;

  @Option(names = "--interval", defaultValue = "day", description = "hour, day or week (default ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--by", paramLabel = "DIM",
      description = "Split by stance, frame, cohort, lang, platform, actor, kind, hashtag or domain.")
  String by;

  @Option(names = "--window", defaultValue = "7", description = "Burst baseline in buckets (default ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--threshold", defaultValue = "3.5", description = "Robust z-score of a surge (default ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--min-count", defaultValue = "5", description = "Smallest count of a surge (default ${DEFAULT-VALUE}).")
  long minCount;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Workspace ws = parent.workspace();
    Trends t;
    try (PostStore store = ws.openStore(false)) {
      t = new TrendsService(store, ws.codebook()).trends(filters.toQuery(query), TimeSeries.Interval.parse(interval),
          by, new BurstDetector(window, threshold, minCount));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writeValueAsString(toJson(t)));
    } else {
      print(t, out);
    }
    return ExitCodes.OK;
  }

  static ObjectNode toJson(Trends t) {
    ObjectNode o = Json.mapper().createObjectNode();
    TimeSeries ts = t.series();
    o.put("interval", ts.interval().name().toLowerCase(java.util.Locale.ROOT));
    o.put("by", t.dimension());
    ArrayNode buckets = o.putArray("buckets");
    ts.buckets().forEach(b -> buckets.add(b.toString()));
    o.set("total", Json.mapper().valueToTree(ts.total()));
    ObjectNode series = o.putObject("series");
    ts.series().forEach((k, v) -> series.set(k, Json.mapper().valueToTree(v)));
    ArrayNode events = o.putArray("events");
    t.events().forEach(e -> events.addObject().put("id", e.id()).put("date", e.date().toString())
        .put("title", e.title()));
    ArrayNode surges = o.putArray("surges");
    t.surges().forEach(s -> surges.addObject().put("bucket", ts.buckets().get(s.bucket()).toString())
        .put("count", s.count()).put("baseline", s.baseline()).put("score", s.score()));
    ObjectNode method = o.putObject("method");
    method.put("name", "robust z-score against the median of a trailing window");
    method.put("window", t.detector().window());
    method.put("threshold", t.detector().threshold());
    method.put("min_count", t.detector().minCount());
    return o;
  }

  private static void print(Trends t, PrintWriter out) {
    TimeSeries ts = t.series();
    List<String> labels = ts.series().keySet().stream().limit(5).toList();
    out.printf("%-20s %8s", "bucket", "total");
    labels.forEach(l -> out.printf(" %14s", l.length() > 14 ? l.substring(0, 14) : l));
    out.println();
    java.util.Set<Integer> surges = new java.util.HashSet<>();
    t.surges().forEach(s -> surges.add(s.bucket()));
    for (int i = 0; i < ts.buckets().size(); i++) {
      out.printf("%-20s %8d", ts.buckets().get(i).toString().substring(0, 16).replace('T', ' '), ts.total()[i]);
      for (String l : labels) {
        out.printf(" %14d", ts.series().get(l)[i]);
      }
      out.println(surges.contains(i) ? "  << surge" : "");
    }
    if (!t.events().isEmpty()) {
      out.println();
      t.events().forEach(e -> out.println("event " + e.date() + "  " + e.title()));
    }
    out.printf("%nsurges: robust z-score >= %.1f over a %d-bucket median baseline, at least %d posts%n",
        t.detector().threshold(), t.detector().window(), t.detector().minCount());
  }
}
