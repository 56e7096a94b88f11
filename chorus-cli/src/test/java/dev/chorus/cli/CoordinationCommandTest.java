package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus coordination} in both modes, in-process. */
class CoordinationCommandTest {
  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, args);
  }

  @Test
  void tableModeWritesCooRTweetColumnsAndTiming() throws Exception {
    Path in = dir.resolve("shares.csv");
    Files.writeString(in, """
        object_id,account_id,content_id,timestamp_share
        o1,a,c1,100
        o1,b,c2,104
        o2,a,c3,200
        o2,b,c4,201
        """);
    Path out = dir.resolve("pairs.csv");
    CliRun r = run("coordination", "--input", in.toString(), "--out", out.toString(), "--min-participation", "2",
        "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("rows").asLong()).isEqualTo(2);
    assertThat(j.get("accounts").asInt()).isEqualTo(2);
    assertThat(j.get("seconds").isNumber()).isTrue();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("object_id,content_id,content_id_y,time_delta,account_id,account_id_y");
    assertThat(lines).contains("o1,c1,c2,4,a,b");
  }

  @Test
  void usageErrorsAreExitTwoWithAMessage() {
    CliRun neither = run("coordination", "--json");
    assertThat(neither.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(neither.err()).contains("--input").contains("--by");
    CliRun missing = run("coordination", "--input", dir.resolve("nope.csv").toString(), "--out",
        dir.resolve("o.csv").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("nope.csv");
    assertThat(run("coordination", "--by", "emoji").err()).contains("url, hashtag, repost, text");
  }

  @Test
  void workspaceModeFindsAccountsSharingTheSameLinkWithinSeconds() throws Exception {
    StringBuilder csv = new StringBuilder("id,platform,author,created_at,text,url,lang\n");
    int n = 0;
    for (int round = 0; round < 3; round++) {
      for (String account : new String[] {"amp1", "amp2", "amp3"}) {
        csv.append(String.format("p%d,x,%s,2025-04-0%dT10:00:%02dZ,read this https://site.example/story%d,,en%n",
            n++, account, round + 1, n % 50, round));
      }
    }
    csv.append("p99,x,loner,2025-04-05T10:00:00Z,read this https://site.example/story0,,en\n");
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, csv.toString());
    assertThat(run("ingest", "--format", "csv", file.toString()).code()).isZero();
    Path gexf = dir.resolve("net.gexf");
    CliRun r = run("coordination", "--by", "url", "--json", "--gexf", gexf.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("group_count").asInt()).isEqualTo(1);
    JsonNode g = j.get("groups").get(0);
    assertThat(g.get("accounts")).hasSize(3);
    assertThat(g.get("objects").asInt()).isEqualTo(3);
    assertThat(g.get("accounts").toString()).doesNotContain("amp1");
    assertThat(Files.readString(gexf)).contains("<gexf").doesNotContain("amp1");
  }
}
