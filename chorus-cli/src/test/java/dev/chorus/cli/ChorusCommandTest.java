package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as users and acceptance checks call it, in-process, with its real store. */
class ChorusCommandTest {
  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, args);
  }

  static final String CHANNEL = """
      {"name": "Talks Watch", "type": "public_channel", "id": 1001, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1743501600", "from": "Talks Watch",
         "from_id": "channel1001", "text": "Round two in Muscat #IranTalks"},
        {"id": 3, "type": "message", "date_unixtime": "1743508800", "from": "Sara Rahimi",
         "from_id": "user77", "text": "ask @secret_handle about the talks"}
      ]}
      """;

  @Test
  void ingestStatsSearchExportRoundTripWithoutRawHandles() throws Exception {
    Path file = dir.resolve("result.json");
    Files.writeString(file, CHANNEL);
    CliRun ingest = run("ingest", "--json", file.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    JsonNode s = ingest.json();
    for (String f : new String[] {"files", "read", "added", "updated", "unchanged", "duplicates", "rejected", "posts"}) {
      assertThat(s.get(f).isIntegralNumber()).as(f).isTrue();
    }
    assertThat(s.get("added").asLong()).isEqualTo(2);
    assertThat(s.get("rejects_file").isNull()).isTrue();

    CliRun again = run("ingest", "--json", file.toString());
    assertThat(again.json().get("unchanged").asLong()).isEqualTo(2); // the same file again: nothing updated
    assertThat(again.json().get("updated").asLong()).isZero();
    assertThat(again.json().get("duplicates").asLong()).isZero();
    assertThat(again.json().get("posts").asLong()).isEqualTo(2);

    CliRun stats = run("stats", "--json");
    assertThat(stats.json().get("posts").asLong()).isEqualTo(2);
    assertThat(stats.json().get("by_platform").get("telegram").asLong()).isEqualTo(2);

    CliRun search = run("search", "talks", "--json", "--platform", "telegram");
    assertThat(search.json().get("total").asLong()).isEqualTo(1);
    assertThat(search.out()).doesNotContain("secret_handle").doesNotContain("Sara Rahimi");

    Path csv = dir.resolve("out.csv");
    Path ndjson = dir.resolve("out.ndjson");
    assertThat(run("export", "--format", "csv", "--out", csv.toString()).code()).isZero();
    assertThat(run("export", "--format", "ndjson", "--out", ndjson.toString()).code()).isZero();
    assertThat(Files.readAllLines(ndjson)).hasSize(2);
    assertThat(Files.readAllLines(csv).get(0)).isEqualTo(dev.chorus.export.PostCsv.BYTE_ORDER_MARK
        + String.join(",", dev.chorus.export.PostCsv.COLUMNS));

    CliRun badFilter = run("stats", "--json", "--platform", "myspace");
    assertThat(badFilter.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFilter.err()).contains("--platform: 'myspace' is not one of");
    assertThat(run("stats", "--since", "2025-04-02", "--until", "2025-04-01").err()).contains("--until: must be after");
    for (Path p : new Path[] {csv, ndjson}) {
      assertThat(Files.readString(p)).doesNotContain("secret_handle").doesNotContain("Sara Rahimi").contains("u_");
    }
  }

  @Test
  void exitCodesSayWhatHappened() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"messages\": [");
    CliRun partial = run("ingest", "--json", bad.toString());
    assertThat(partial.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(partial.json().get("rejected").asLong()).isEqualTo(1);
    assertThat(partial.err()).contains("bad.json");

    assertThat(run("ingest", "--no-such-option", bad.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("ingest", dir.resolve("missing.json").toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("ingest", "--format", "nope", bad.toString()).err()).contains("unknown format 'nope'");
    assertThat(run("search", "a:(", "--json").code()).isEqualTo(ExitCodes.USAGE);
    CliRun tooComplex = run("search", "text:/a{1000}{1000}/");
    assertThat(tooComplex.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(tooComplex.err()).contains("q: ", "automaton states", "at most 10000", "limit automaton_states");
    CliRun fuzzy = run("stats", "--q", String.join(" ", java.util.Collections.nCopies(1024, "talks~")));
    assertThat(fuzzy.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(fuzzy.err()).contains("fuzzy terms", "at most 16", "limit fuzzy_terms");
    assertThat(run("stats", "--since", "yesterday").err()).contains("--since");
  }
}
