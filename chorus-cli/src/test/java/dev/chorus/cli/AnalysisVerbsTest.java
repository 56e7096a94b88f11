package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.analysis.Analyses;
import dev.chorus.analysis.Analysis;
import dev.chorus.analysis.AnalysisContext;
import dev.chorus.analysis.Parameter;
import dev.chorus.analysis.ParameterValues;
import dev.chorus.store.PostQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registered analysis is a CLI verb with no other edit: a test-only analysis ({@code busiest}) gets its filters,
 * its parameter as an option, {@code --json} and {@code --help} from the registry alone.
 */
class AnalysisVerbsTest {
  @TempDir Path dir;

  /** The most frequent platform among the matching posts, and how many of them there are. */
  static final class Busiest implements Analysis<Integer, Map<String, Object>> {
    @Override
    public String id() {
      return "busiest";
    }

    @Override
    public String summary() {
      return "The platform with the most matching posts (test only).";
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(Parameter.integer("min_posts", 1, 0, 1_000_000, "Fewest posts the platform needs."));
    }

    @Override
    public Integer parameters(ParameterValues values) {
      return values.integer("min_posts");
    }

    @Override
    public Map<String, Object> run(AnalysisContext context, PostQuery query, Integer minPosts) throws IOException {
      var counts = context.store().facetCounts(query, "platform", 1);
      var top = counts.counts().entrySet().stream().filter(e -> e.getValue() >= minPosts).findFirst();
      return Map.of("platform", top.map(Map.Entry::getKey).orElse("none"), "posts", counts.posts());
    }
  }

  @Test
  void aRegisteredAnalysisIsAVerbWithItsOptionsAndFilters() throws Exception {
    Path ws = dir.resolve("ws");
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, """
        id,platform,author,created_at,text,url,lang
        1,x,alice,2025-05-01T10:00:00Z,talks today,,en
        2,x,bob,2025-05-01T11:00:00Z,talks again,,en
        3,telegram,carol,2025-05-02T09:00:00Z,talks tomorrow,,en
        """);
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "ingest", "--format", "csv", file.toString()).code()).isZero();
    List<Analysis<?, ?>> analyses = new ArrayList<>(Analyses.ALL);
    analyses.add(new Busiest());

    JsonNode all = new ObjectMapper().readTree(run(analyses, ws, "busiest", "--json"));
    assertThat(all.get("platform").asText()).isEqualTo("x");
    assertThat(all.get("posts").asLong()).isEqualTo(3);
    JsonNode telegram = new ObjectMapper().readTree(run(analyses, ws, "busiest", "--platform", "telegram",
        "--min-posts", "1", "--json"));
    assertThat(telegram.get("platform").asText()).isEqualTo("telegram");
    assertThat(run(analyses, ws, "busiest", "--min-posts", "5")).contains("\"platform\" : \"none\"");
    assertThat(run(analyses, ws, "busiest", "--help")).contains("--min-posts", "--lang", "--json", "test only");
    assertThat(CommandTree.whole(CliRun.TEST_ENV, Analyses.ALL).getSubcommands()).doesNotContainKey("busiest");
  }

  private static String run(List<Analysis<?, ?>> analyses, Path ws, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "--workspace";
    full[1] = ws.toString();
    System.arraycopy(args, 0, full, 2, args.length);
    int code = ChorusCommand.run(CommandTree.whole(CliRun.TEST_ENV, analyses), full, CliRun.TEST_ENV,
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }
}
