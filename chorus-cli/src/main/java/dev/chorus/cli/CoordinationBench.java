package dev.chorus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.analysis.coordination.CoordinationReport;
import dev.chorus.analysis.coordination.CoordinationRequest;
import dev.chorus.analysis.coordination.CoordinationService;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.coortweet.DetectionParameters;
import dev.chorus.analysis.coordination.network.CoordinatedGroup;
import dev.chorus.analysis.coordination.synthetic.InjectedGroupGenerator;
import dev.chorus.analysis.coordination.synthetic.InjectedGroupScenario;
import dev.chorus.analysis.coordination.synthetic.SyntheticShareTable;
import dev.chorus.json.JsonConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code chorus bench coordination}: times the CooRTweet-compatible mode on a share table (given with
 * {@code --input}, e.g. CooRTweet's Russian sample; best and median of 5 runs after one warm-up, in one JVM) and on a
 * synthetic table of {@code --posts} shares (end to end: parse, detect, write), then near-duplicate text detection
 * over {@code --posts} synthetic posts with an injected copypasta group (recall of the group reported).
 */
final class CoordinationBench {
  private static final DetectionParameters COORTWEET = new DetectionParameters(10, 5, true);
  private static final int RUNS = 5;

  private final CoordinationService service = new CoordinationService();

  ObjectNode run(Path input, long posts, Path work) throws IOException {
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    if (input != null) {
      o.set("table", timeTable(input, work.resolve("pairs-input.csv")));
    }
    Path synthetic = work.resolve("synthetic-shares.csv");
    try (Writer w = Files.newBufferedWriter(synthetic, StandardCharsets.UTF_8)) {
      new SyntheticShareTable(42L).write(w, (int) posts);
    }
    o.set("synthetic_table", timeTable(synthetic, work.resolve("pairs-synthetic.csv")));
    o.set("text", timeText(posts));
    o.put("work_dir", work.toString());
    return o;
  }

  private ObjectNode timeTable(Path input, Path out) throws IOException {
    double[] seconds = new double[RUNS];
    CoordinationService.TableRun last = service.detectTable(input, COORTWEET, out); // warm-up, not counted
    for (int i = 0; i < RUNS; i++) {
      last = service.detectTable(input, COORTWEET, out);
      seconds[i] = last.seconds();
    }
    Arrays.sort(seconds);
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("input", input.toString());
    o.put("time_window", COORTWEET.timeWindow());
    o.put("min_participation", COORTWEET.minParticipation());
    o.put("input_rows", last.summary().inputRows());
    o.put("rows", last.summary().pairs());
    o.put("accounts", last.summary().accounts());
    o.put("seconds_best", round(seconds[0]));
    o.put("seconds_median", round(seconds[RUNS / 2]));
    o.put("read_seconds_last", round(last.readSeconds()));
    o.put("detect_seconds_last", round(last.detectSeconds()));
    return o;
  }

  private ObjectNode timeText(long posts) throws IOException {
    int perAccount = 20;
    int organicAccounts = (int) Math.max(100, posts / perAccount);
    InjectedGroupGenerator generator = new InjectedGroupGenerator(
        new InjectedGroupScenario(42L, organicAccounts, perAccount, 20, 15, 0.9, 30, 30));
    CoordinationReport r = service.analyse(generator::forEach, CoordinationRequest.of(ObjectKind.TEXT));
    Set<String> injected = generator.injectedAccounts();
    long found = 0;
    int size = 0;
    for (CoordinatedGroup g : r.groups()) {
      long n = g.accounts().stream().filter(injected::contains).count();
      if (n > found) {
        found = n;
        size = g.accounts().size();
      }
    }
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("posts", r.posts());
    o.put("near_duplicate_shares", r.shares());
    o.put("pairs", r.detection().pairs());
    o.put("groups", r.groups().size());
    o.put("injected_recall", round((double) found / injected.size()));
    o.put("organic_in_injected_group", size - found);
    o.put("seconds", round(r.seconds()));
    return o;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
