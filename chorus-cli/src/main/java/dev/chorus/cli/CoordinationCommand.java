package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.coordination.CoordinationReport;
import dev.chorus.coordination.CoordinationRequest;
import dev.chorus.coordination.CoordinationService;
import dev.chorus.coordination.ObjectKind;
import dev.chorus.coordination.coortweet.DetectionParameters;
import dev.chorus.coordination.network.CommunityAlgorithm;
import dev.chorus.coordination.network.CoordinatedGroup;
import dev.chorus.coordination.network.NetworkExport;
import dev.chorus.coordination.network.WeightThreshold;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chorus coordination}: coordinated sharing detection. With {@code --input} it is CooRTweet's
 * {@code detect_groups} on a share table (CSV in, CSV out); with {@code --by} it analyses the workspace's posts and
 * prints the account groups. The logic is in {@link CoordinationService}; this class only renders.
 */
@Command(name = "coordination", description = {
    "Coordinated sharing: accounts sharing the same objects within seconds.",
    "  Table mode (CooRTweet detect_groups): --input SHARES.csv --out PAIRS.csv [--time-window 10]"
        + " [--min-participation 2] [--keep-loops]",
    "  Workspace mode: --by url|hashtag|repost|text [filters] [--min-weight W | --weight-quantile Q]"
        + " [--gexf F] [--graphml F]"})
final class CoordinationCommand implements Callable<Integer> {
  @ParentCommand ChorusCommand parent;
  @Spec CommandSpec spec;
  @Mixin FilterOptions filters;

  @Option(names = "--input", paramLabel = "FILE",
      description = "Share table CSV (object_id,account_id,content_id,timestamp_share; epoch seconds).")
  Path input;

  @Option(names = "--out", paramLabel = "FILE", description = "Table mode: where to write the coordinated pairs.")
  Path out;

  @Option(names = "--keep-loops", description = "Table mode: keep self-pairs (CooRTweet remove_loops = FALSE).")
  boolean keepLoops;

  @Option(names = "--by", paramLabel = "KIND", description = "Workspace mode: url, hashtag, repost or text.")
  String by;

  @Option(names = "--time-window", paramLabel = "S",
      description = "Seconds (default 10 in table mode as in CooRTweet, 60 in workspace mode).")
  Long timeWindow;

  @Option(names = "--min-participation", paramLabel = "N", defaultValue = "2",
      description = "Shares an account needs, before and after pairing (default ${DEFAULT-VALUE}).")
  int minParticipation;

  @Option(names = "--min-weight", paramLabel = "W",
      description = "Workspace mode: minimum co-shared objects per edge (default 2).")
  Double minWeight;

  @Option(names = "--weight-quantile", paramLabel = "Q",
      description = "Workspace mode: keep edges with weight >= this quantile of all edge weights, instead.")
  Double weightQuantile;

  @Option(names = "--similarity", paramLabel = "J", defaultValue = "0.8",
      description = "Text mode: Jaccard threshold for near-duplicates (default ${DEFAULT-VALUE}).")
  double similarity;

  @Option(names = "--community", paramLabel = "ALG", defaultValue = "greedy-modularity",
      description = "greedy-modularity (default), label-propagation or none (connected components).")
  String community;

  @Option(names = "--groups", paramLabel = "N", defaultValue = "20", description = "Groups to list (default 20).")
  int groupsShown;

  @Option(names = "--gexf", paramLabel = "FILE", description = "Workspace mode: write the network as GEXF (Gephi).")
  Path gexf;

  @Option(names = "--graphml", paramLabel = "FILE", description = "Workspace mode: write the network as GraphML.")
  Path graphml;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if ((input == null) == (by == null)) {
      throw new IllegalArgumentException("give either --input FILE (table mode) or --by KIND (workspace mode)");
    }
    return input != null ? table() : workspace();
  }

  private int table() throws IOException {
    if (out == null) {
      throw new IllegalArgumentException("--out FILE is required with --input");
    }
    DetectionParameters p = new DetectionParameters(timeWindow == null ? 10 : timeWindow, minParticipation,
        !keepLoops);
    CoordinationService.TableRun run = new CoordinationService().detectTable(input, p, out);
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("input", input.toString());
    o.put("out", out.toString());
    o.put("time_window", p.timeWindow());
    o.put("min_participation", p.minParticipation());
    o.put("keep_loops", keepLoops);
    o.put("input_rows", run.summary().inputRows());
    o.put("rows", run.summary().pairs());
    o.put("accounts", run.summary().accounts());
    o.put("objects", run.summary().objects());
    o.put("read_seconds", round(run.readSeconds()));
    o.put("detect_seconds", round(run.detectSeconds()));
    o.put("seconds", round(run.seconds()));
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      w.println(Json.mapper().writeValueAsString(o));
    } else {
      w.printf("%,d coordinated pairs of %,d accounts on %,d objects (from %,d shares) in %.3f s -> %s%n",
          run.summary().pairs(), run.summary().accounts(), run.summary().objects(), run.summary().inputRows(),
          run.seconds(), out);
    }
    return ExitCodes.OK;
  }

  private int workspace() throws IOException {
    if (out != null || keepLoops) {
      throw new IllegalArgumentException("--out and --keep-loops belong to table mode (--input)");
    }
    if (minWeight != null && weightQuantile != null) {
      throw new IllegalArgumentException("give --min-weight or --weight-quantile, not both");
    }
    WeightThreshold threshold = weightQuantile != null ? WeightThreshold.quantile(weightQuantile)
        : WeightThreshold.atLeast(minWeight != null ? minWeight : CoordinationRequest.DEFAULT_MIN_WEIGHT);
    CoordinationRequest request = new CoordinationRequest(filters.toQuery(null), ObjectKind.fromId(by),
        timeWindow == null ? CoordinationRequest.DEFAULT_TIME_WINDOW : timeWindow, minParticipation, threshold,
        similarity, CommunityAlgorithm.fromId(community));
    CoordinationReport report;
    try (PostStore store = parent.workspace().openStore(false)) {
      report = new CoordinationService().analyse(store, request);
    }
    export(report);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      w.println(Json.mapper().writeValueAsString(toJson(report)));
    } else {
      print(report, w);
    }
    return ExitCodes.OK;
  }

  private void export(CoordinationReport report) throws IOException {
    NetworkExport export = new NetworkExport();
    if (gexf != null) {
      try (Writer w = Files.newBufferedWriter(gexf, StandardCharsets.UTF_8)) {
        export.gexf(report.network(), w);
      }
    }
    if (graphml != null) {
      try (Writer w = Files.newBufferedWriter(graphml, StandardCharsets.UTF_8)) {
        export.graphml(report.network(), w);
      }
    }
  }

  private ObjectNode toJson(CoordinationReport r) {
    ObjectMapper m = Json.mapper();
    ObjectNode o = m.createObjectNode();
    o.put("by", r.request().by().id());
    o.put("time_window", r.request().timeWindow());
    o.put("min_participation", r.request().minParticipation());
    o.put("min_weight", r.network().minWeight());
    o.put("community", r.request().community().id());
    o.put("posts", r.posts());
    o.put("shares", r.shares());
    o.put("pairs", r.detection().pairs());
    o.put("accounts", r.detection().accounts());
    o.put("objects", r.detection().objects());
    o.put("edges_before_threshold", r.network().edgesBeforeThreshold());
    o.put("nodes", r.network().graph().vertexSet().size());
    o.put("edges", r.network().graph().edgeSet().size());
    o.put("components", r.network().components());
    o.put("modularity", round(r.network().modularity()));
    o.put("group_count", r.groups().size());
    ArrayNode groups = o.putArray("groups");
    r.groups().stream().limit(groupsShown).forEach(g -> groups.add(m.valueToTree(g)));
    o.put("gexf", gexf == null ? null : gexf.toString());
    o.put("graphml", graphml == null ? null : graphml.toString());
    o.put("seconds", round(r.seconds()));
    return o;
  }

  private void print(CoordinationReport r, PrintWriter w) {
    w.printf("posts %,d, shares of %s %,d, coordinated pairs %,d (%,d accounts, %,d objects)%n", r.posts(),
        r.request().by().id(), r.shares(), r.detection().pairs(), r.detection().accounts(), r.detection().objects());
    w.printf("network: %,d accounts, %,d edges with weight >= %s (of %,d), %,d components, %,d groups (%s, "
        + "modularity %.3f), %.2f s%n", r.network().graph().vertexSet().size(), r.network().graph().edgeSet().size(),
        r.network().minWeight(), r.network().edgesBeforeThreshold(), r.network().components(), r.groups().size(),
        r.request().community().id(), r.network().modularity(), r.seconds());
    for (CoordinatedGroup g : r.groups().subList(0, Math.min(groupsShown, r.groups().size()))) {
      w.printf("%ngroup %d: %d accounts, %d objects, %d posts, %s .. %s%n", g.id(), g.accounts().size(),
          g.objects(), g.posts(), g.first(), g.last());
      w.printf("  languages %s  stances %s  frames %s%n", g.languages(), g.stances(), g.frames());
      w.printf("  accounts %s%n", String.join(" ", g.accounts().subList(0, Math.min(10, g.accounts().size())))
          + (g.accounts().size() > 10 ? " ..." : ""));
      w.printf("  example posts %s%n", String.join(" ", g.examplePostIds()));
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
