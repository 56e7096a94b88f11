package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus alerts check} and {@code chorus alerts} on a workspace with a hashtag burst on its last day. */
class AlertsCommandTest {
  @TempDir Path dir;

  /** Two posts a day of #Steady for ten days, then 30 on the eleventh. */
  Path csv(int lastDayPosts) throws Exception {
    StringBuilder b = new StringBuilder("id,platform,author,created_at,text\n");
    int id = 0;
    for (int day = 1; day <= 11; day++) {
      int n = day == 11 ? lastDayPosts : 2;
      for (int i = 0; i < n; i++) {
        b.append("p").append(id++).append(",x,user").append(i % 4).append(",2025-04-")
            .append(String.format("%02d", day)).append("T10:").append(String.format("%02d", i)).append(":00Z,")
            .append("On the talks #Steady ").append(i).append('\n');
      }
    }
    return Files.writeString(dir.resolve("posts.csv"), b.toString());
  }

  @Test
  void aBurstRaisesExactlyOneAlertThatTheLogAndTheApiListWithItsDrilldown() throws Exception {
    Path ws = dir.resolve("ws");
    assertThat(CliRun.run(ws, CliRun.TEST_ENV, "ingest", csv(30).toString()).code()).isZero();

    CliRun check = CliRun.run(ws, CliRun.TEST_ENV, "alerts", "check", "--json");
    assertThat(check.code()).as(check.err()).isZero();
    JsonNode fresh = check.json();
    // the hashtag rule and the all-posts rule each see the burst; each fires once
    assertThat(fresh).extracting(a -> a.get("rule").asText()).containsExactlyInAnyOrder("posts-surge",
        "hashtag-surge");
    JsonNode tag = fresh.get(0).get("rule").asText().equals("hashtag-surge") ? fresh.get(0) : fresh.get(1);
    assertThat(tag.get("value").asText()).isEqualTo("steady");
    assertThat(tag.get("count").asLong()).isEqualTo(30);

    CliRun again = CliRun.run(ws, CliRun.TEST_ENV, "alerts", "check");
    assertThat(again.out()).contains("no new alerts");

    CliRun list = CliRun.run(ws, CliRun.TEST_ENV, "alerts");
    assertThat(list.out()).contains("hashtag volume per day: hashtag steady 30 posts against a baseline of 2.0")
        .contains("\"hashtag\":\"steady\"");

    // the drill-down gives exactly the burst's posts
    CliRun posts = CliRun.run(ws, CliRun.TEST_ENV, "search", "--hashtag", "steady", "--since",
        tag.at("/drilldown/since").asText(), "--until", tag.at("/drilldown/until").asText(), "--json");
    assertThat(posts.json().get("total").asLong()).isEqualTo(30);
  }
}
