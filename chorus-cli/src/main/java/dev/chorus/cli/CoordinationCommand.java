package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.analysis.AnalysisContext;
import dev.chorus.analysis.CoordinationAnalysis;
import dev.chorus.analysis.CoordinationView;
import dev.chorus.analysis.coordination.CoordinationReport;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import dev.chorus.analysis.coordination.network.NetworkExport;
import dev.chorus.json.JsonConfig;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        + " [--gexf F] [--graphml F]"}, modelTransformer = AnalysisOptions.class)
final class CoordinationCommand extends AnalysisCommand<CoordinationAnalysis.Parameters, CoordinationView> {
  private final CoordinationAnalysis analysis = new CoordinationAnalysis();

  @Option(names = "--input", paramLabel = "FILE",
      description = "Share table CSV (object_id,account_id,content_id,timestamp_share; epoch seconds).")
  Path input;

  @Option(names = "--out", paramLabel = "FILE", description = "Table mode: where to write the coordinated pairs.")
  Path out;

  @Option(names = "--keep-loops", description = "Table mode: keep self-pairs (CooRTweet remove_loops = FALSE).")
  boolean keepLoops;

  @Option(names = "--gexf", paramLabel = "FILE", description = "Workspace mode: write the network as GEXF (Gephi): "
      + "node attributes group, component, posts, cohort, stance, stance_share; edge weight and first/last co-share "
      + "as start/end.")
  Path gexf;

  @Option(names = "--graphml", paramLabel = "FILE", description = "Workspace mode: write the network as GraphML, "
      + "with the GEXF file's node attributes and edge weight, start and end as declared keys.")
  Path graphml;

  CoordinationCommand() {
    super(new CoordinationAnalysis());
  }

  @Override
  public Integer call() throws Exception {
    if ((input == null) == (AnalysisOptions.raw(spec, "by") == null)) {
      throw new IllegalArgumentException("give either --input FILE (table mode) or --by KIND (workspace mode)");
    }
    if (input != null) {
      return table();
    }
    if (out != null || keepLoops) {
      throw new IllegalArgumentException("--out and --keep-loops belong to table mode (--input)");
    }
    return super.call();
  }

  private int table() throws IOException {
    if (out == null) {
      throw new IllegalArgumentException("--out FILE is required with --input");
    }
    // CooRTweet's defaults, not the workspace mode's: a 10 s window unless given
    CoordinationAnalysis.Parameters given = AnalysisOptions.parameters(spec, analysis);
    String window = AnalysisOptions.raw(spec, "time_window");
    DetectionParameters p = new DetectionParameters(window == null ? 10 : given.timeWindow(),
        given.minParticipation(), !keepLoops);
    CoordinationService.TableRun run = new CoordinationService().detectTable(input, p, out);
    ObjectNode o = JsonConfig.mapper().createObjectNode();
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
      w.println(JsonConfig.mapper().writeValueAsString(o));
    } else {
      w.printf("%,d coordinated pairs of %,d accounts on %,d objects (from %,d shares) in %.3f s -> %s%n",
          run.summary().pairs(), run.summary().accounts(), run.summary().objects(), run.summary().inputRows(),
          run.seconds(), out);
    }
    return ExitCodes.OK;
  }

  /** Workspace mode: the analysis, with the network written to GEXF or GraphML when asked. */
  @Override
  CoordinationView run(AnalysisContext context, PostQuery query, CoordinationAnalysis.Parameters parameters)
      throws IOException {
    CoordinationReport report = analysis.report(context, query, parameters);
    export(report);
    return CoordinationView.of(report, parameters.groups());
  }

  private void export(CoordinationReport report) throws IOException {
    NetworkExport export = new NetworkExport();
    if (gexf != null) {
      try (Writer w = Files.newBufferedWriter(gexf, StandardCharsets.UTF_8)) {
        export.gexf(report.network(), report.facts(), w);
      }
    }
    if (graphml != null) {
      try (Writer w = Files.newBufferedWriter(graphml, StandardCharsets.UTF_8)) {
        export.graphml(report.network(), report.facts(), w);
      }
    }
  }

  @Override
  void print(CoordinationView r, CoordinationAnalysis.Parameters parameters, PrintWriter w) {
    w.printf("posts %,d, shares of %s %,d, coordinated pairs %,d (%,d accounts, %,d objects)%n", r.posts(), r.by(),
        r.shares(), r.pairs(), r.accounts(), r.objects());
    w.printf("network: %,d accounts, %,d edges with weight >= %s (of %,d), %,d components, %,d groups (%s, "
        + "modularity %.3f), %.2f s%n", r.nodesTotal(), r.edgesTotal(), r.minWeight(), r.edgesBeforeThreshold(),
        r.components(), r.groupCount(), r.community(), r.modularity(), r.seconds());
    for (CoordinatedGroup g : r.groups()) {
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
