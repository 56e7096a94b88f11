package dev.chorus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.json.JsonConfig;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code chorus bench ingest --rounds R}: the ingest bench R times, each round in a JVM of its own (as cold as the
 * first), on one generated input, and the median of the rounds' figures with their range. On a shared or virtual
 * machine one round's rate, and even its CPU seconds, move by a third from run to run with what else the host runs;
 * the ratio to the baseline moves less, since a round's ingest and baseline run within minutes of each other, and its
 * median over rounds is the figure that reproduces. Each round's own report is kept in {@code each_round}.
 *
 * @param posts posts to generate, once, for every round
 * @param queries searches each round times
 * @param annotate run the analysis chain as a real ingest does
 * @param rounds rounds to run, 2 or more
 */
record IngestRounds(long posts, int queries, boolean annotate, int rounds) {
  /** The figures of a round that are summed up over rounds (median and range). */
  private static final List<String> FIGURES = List.of("posts_per_second", "baseline_posts_per_second",
      "ratio_to_baseline", "cpu_seconds", "baseline_cpu_seconds", "cpu_ratio_to_baseline");

  ObjectNode run(Path work) throws Exception {
    Path input = IngestBench.writeInput(work, posts);
    ArrayNode each = JsonConfig.mapper().createArrayNode();
    for (int round = 1; round <= rounds; round++) {
      each.add(runRound(input, Files.createDirectories(work.resolve("round-" + round))));
    }
    ObjectNode o = JsonConfig.mapper().createObjectNode();
    o.put("posts", each.get(0).path("posts").asLong());
    o.put("annotated", annotate);
    o.put("rounds", rounds);
    o.put("baseline", each.get(0).path("baseline").asText());
    for (String figure : FIGURES) {
      double[] values = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        values[i] = each.get(i).path(figure).asDouble();
      }
      Arrays.sort(values);
      o.put(figure, median(values));
      o.putArray(figure + "_range").add(values[0]).add(values[rounds - 1]);
    }
    o.put("work_dir", work.toString());
    o.set("machine", IngestBench.machine());
    o.set("each_round", each);
    return o;
  }

  /** The median of sorted values: the middle one, or the mean of the middle two. */
  static double median(double[] sorted) {
    int n = sorted.length;
    return BenchFigures.round(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
  }

  /**
   * One round: {@code bench ingest --input INPUT} in a child JVM started with this JVM's options (heap, collector,
   * JIT) but no profiler or agent, its report read from its output.
   */
  private JsonNode runRound(Path input, Path dir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ColdBaseline.javaExecutable());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-XX:StartFlightRecording") && !arg.startsWith("-agent") && !arg.startsWith("-javaagent")) {
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChorusCommand.class.getName(), "bench",
        "ingest", "--input", input.toString(), "--queries", Integer.toString(queries), "--dir", dir.toString(),
        annotate ? "--annotate" : "--no-annotate", "--json"));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException("round " + dir.getFileName() + " of the ingest bench ended with exit code " + code
          + " (its errors are above)");
    }
    return JsonConfig.mapper().readTree(out);
  }
}
