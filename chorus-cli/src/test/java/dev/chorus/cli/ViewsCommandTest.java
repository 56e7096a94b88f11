package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus views save/list/delete} and {@code --view} on an analysis, on a small ingested workspace. */
class ViewsCommandTest {
  @TempDir Path dir;

  /** Three posts with #Talks in April, two in May, one #Other. */
  Path csv() throws Exception {
    return Files.writeString(dir.resolve("posts.csv"), """
        id,platform,author,created_at,text
        p1,x,a,2025-04-01T10:00:00Z,On the talks #Talks
        p2,x,b,2025-04-02T10:00:00Z,More on the talks #Talks
        p3,x,c,2025-04-03T10:00:00Z,Still the talks #Talks
        p4,x,a,2025-05-01T10:00:00Z,May talks #Talks
        p5,x,b,2025-05-02T10:00:00Z,May again #Talks
        p6,x,c,2025-05-03T10:00:00Z,Something else #Other
        """);
  }

  @Test
  void aSavedViewIsListedWithItsCountUsedByStatsOverriddenAndDeleted() throws Exception {
    Path ws = dir.resolve("ws");
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "ingest", csv().toString()).code()).isZero();
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "views").out()).contains("no saved views");

    CliRun save = CliRun.run(ws, CliRun.TEST_ENV, "views", "save", "talks-april", "--hashtag", "talks",
        "--since", "2025-04-01", "--until", "2025-05-01", "--description", "April on the talks");
    assertThat(save.code()).as(save.err()).isZero();
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "views", "save", "talks-april", "--lang", "en").err())
        .contains("already saved").contains("--replace");

    JsonNode list = CliRun.run(ws, CliRun.TEST_ENV, "views", "--json").json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("name").asText()).isEqualTo("talks-april");
    assertThat(list.get(0).get("description").asText()).isEqualTo("April on the talks");
    assertThat(list.get(0).at("/filters/hashtag/0").asText()).isEqualTo("talks");
    assertThat(list.get(0).get("posts").asLong()).isEqualTo(3);
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "views").out()).contains("talks-april  3 posts  April on the talks");

    assertThat(posts(ws, "--view", "talks-april")).isEqualTo(3);
    assertThat(posts(ws, "--view", "talks-april", "--until", "2025-06-01")).as("a given filter replaces the saved")
        .isEqualTo(5);

    CliRun unknown = CliRun.run(ws, CliRun.TEST_ENV, "stats", "--view", "talks-may");
    assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("--view: no saved view 'talks-may'").contains("known: talks-april");

    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "views", "delete", "talks-april").code()).isZero();
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "views", "--json").json()).isEmpty();
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "views", "delete", "talks-april").err())
        .contains("no saved view 'talks-april'");
  }

  private static long posts(Path ws, String... filters) throws Exception {
    String[] args = new String[filters.length + 2];
    args[0] = "stats";
    args[1] = "--json";
    System.arraycopy(filters, 0, args, 2, filters.length);
    CliRun run = CliRun.run(ws, CliRun.TEST_ENV, args);
    assertThat(run.code()).as(run.err()).isZero();
    return run.json().get("posts").asLong();
  }
}
