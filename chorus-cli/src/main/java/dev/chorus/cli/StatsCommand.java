package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.store.PostStore;
import dev.chorus.store.StoreStats;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chorus stats [filters] [--json]}. */
@Command(name = "stats", description = "Posts by platform, kind, language and day; time span; number of authors.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StoreStats s;
    try (PostStore store = parent.workspace().openStore(false)) {
      s = store.stats(filters.toQuery(null));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writeValueAsString(toJson(s)));
    } else {
      print(s, out);
    }
    return ExitCodes.OK;
  }

  static ObjectNode toJson(StoreStats s) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("posts", s.posts());
    o.put("authors", s.authors());
    o.put("first", s.first() == null ? null : s.first().toString());
    o.put("last", s.last() == null ? null : s.last().toString());
    o.set("by_platform", Json.mapper().valueToTree(s.byPlatform()));
    o.set("by_kind", Json.mapper().valueToTree(s.byKind()));
    o.set("by_language", Json.mapper().valueToTree(s.byLanguage()));
    o.set("by_day", Json.mapper().valueToTree(s.byDay()));
    o.set("by_stance", Json.mapper().valueToTree(s.byStance()));
    o.set("by_frame", Json.mapper().valueToTree(s.byFrame()));
    o.set("by_actor", Json.mapper().valueToTree(s.byActor()));
    o.set("by_cohort", Json.mapper().valueToTree(s.byCohort()));
    return o;
  }

  private static void print(StoreStats s, PrintWriter out) {
    out.printf("posts    %,d%n", s.posts());
    out.printf("authors  %,d%n", s.authors());
    out.printf("span     %s .. %s%n", s.first() == null ? "-" : s.first(), s.last() == null ? "-" : s.last());
    table("platform", s.byPlatform(), out);
    table("kind", s.byKind(), out);
    table("language", s.byLanguage(), out);
    table("day", s.byDay(), out);
    table("stance", s.byStance(), out);
    table("frame", s.byFrame(), out);
    table("actor", s.byActor(), out);
    table("cohort", s.byCohort(), out);
  }

  private static void table(String title, Map<String, Long> counts, PrintWriter out) {
    if (counts.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    counts.forEach((k, v) -> out.printf("  %-28s %,10d%n", k, v));
  }
}
