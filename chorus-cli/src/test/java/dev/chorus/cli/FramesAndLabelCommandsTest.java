package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.annotate.frames.FrameAnnotatorFactory;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chorus train/eval frames and chorus label on small made-up files. */
class FramesAndLabelCommandsTest {
  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.run(dir.resolve("ws"), CliRun.TEST_ENV, args);
  }

  Path frameLabels() throws Exception {
    StringBuilder b = new StringBuilder("text,frames,lang\n");
    for (String w : new String[] {"today", "again", "now", "here", "tonight", "still", "really", "surely"}) {
      b.append("uranium enrichment bomb breakout ").append(w).append(",nuclear-threat,en\n");
      b.append("another war would kill thousands ").append(w).append(",avoiding-war,en\n");
      b.append("the football match ended late ").append(w).append(",,en\n");
    }
    Path f = dir.resolve("frames.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  @Test
  void trainFramesThenAnnotateAPost() throws Exception {
    CliRun r = run("train", "frames", "--labels", frameLabels().toString(), "--cv", "3", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = r.json().get("models").get(0);
    assertThat(card.get("name").asText()).isEqualTo("frame:avoiding-war");
    assertThat(card.get("threshold").asDouble()).isBetween(0.5, 0.9);
    assertThat(card.get("crossValidation").has("f1")).isTrue();
    assertThat(card.get("modelSha256").asText()).hasSize(64);
    Path models = dir.resolve("ws/models");
    assertThat(models.resolve("frames/nuclear-threat.card.json")).exists();

    var annotator = new FrameAnnotatorFactory().create(new AnnotatorContext(CodebookLoader.loadDefault(), models))
        .orElseThrow();
    Post post = Post.builder(Platform.X, "9").author(Author.of("u_1", null, null)).createdAt(Instant.EPOCH)
        .text("a bomb breakout with uranium enrichment soon").build();
    List<Label> labels = annotator.annotate(post, post.annotations()).all("frame");
    assertThat(labels).extracting(Label::value).containsExactly("nuclear-threat");
    assertThat(labels.get(0).confidence()).isBetween(0.5, 1.0);
    assertThat(labels.get(0).annotator()).isEqualTo("frames");
  }

  @Test
  void framesNotInTheCodebookAreRejectedWithLineAndValue() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "text,frames\nok,nuclear-threat\nbad,made-up-frame\n");
    CliRun r = run("train", "frames", "--labels", f.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad.csv: line 3: field 'frames'").contains("made-up-frame");
    CliRun missing = run("eval", "frames", "--train", dir.resolve("none.csv").toString(), "--cv", "3");
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("none.csv");
  }

  @Test
  void evalFramesOnFignewsPrintsOneJsonObject() throws Exception {
    StringBuilder b = new StringBuilder("batch,source_language,id,text,english_mt,bias_majority,bias_votes,"
        + "propaganda_votes,not_propaganda_votes\n");
    for (int i = 0; i < 6; i++) {
      b.append("B1,English,u").append(i).append(",ceasefire talks resume ").append(i).append(",ceasefire talks ")
          .append(i).append(",Unbiased,x,0,2\n");
      b.append("B1,French,p").append(i).append(",terrorists savages attacked ").append(i)
          .append(",terrorists attacked ").append(i).append(",Biased against Palestine,x,2,0\n");
    }
    Path f = dir.resolve("fig.csv");
    Files.writeString(f, b.toString());
    CliRun r = run("eval", "frames", "--train", f.toString(), "--cv", "3", "--format", "fignews", "--min-class", "3",
        "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("mode").asText()).isEqualTo("cv-3");
    assertThat(j.get("bias").get("n").asInt()).isEqualTo(12);
    assertThat(j.get("bias").get("f1").has("unbiased")).isTrue();
    assertThat(j.get("propaganda").get("ci95")).hasSize(2);
    assertThat(j.get("propaganda").get("per_language").has("fr")).isTrue();
    assertThat(j.get("macro_f1").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void evalFramesWithoutTestOrCvRunsTheDevelopmentProtocolOnWholeBatches() throws Exception {
    StringBuilder b = new StringBuilder("batch,source_language,id,text,english_mt,bias_majority,bias_votes,"
        + "propaganda_votes,not_propaganda_votes\n");
    for (int i = 0; i < 20; i++) {
      String batch = "B" + (i % 5);
      b.append(batch).append(",English,u").append(i).append(",ceasefire talks resume ").append(i)
          .append(",ceasefire talks ").append(i).append(",Unbiased,x,0,2\n");
      b.append(batch).append(",French,p").append(i).append(",terrorists savages attacked ").append(i)
          .append(",terrorists attacked ").append(i).append(",Biased against Palestine,x,2,0\n");
    }
    Path f = dir.resolve("batches.csv");
    Files.writeString(f, b.toString());
    CliRun r = run("eval", "frames", "--train", f.toString(), "--format", "fignews", "--min-class", "3",
        "--tuning", "none", "--shuffled-cv", "0", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("mode").asText()).isEqualTo("dev-grouped-5");
    assertThat(j.get("protocol").asText()).contains("whole FIGNEWS batches", "nested tuning");
    assertThat(j.get("folds")).hasSize(5);
    assertThat(j.get("bias").get("n").asInt()).as("every post scored once").isEqualTo(40);
    assertThat(j.get("macro_f1_ci95")).hasSize(2);
    assertThat(j.get("bias").get("ci95")).hasSize(2);
    Files.writeString(dir.resolve("fig.csv"), "batch,source_language,id,text,english_mt,bias_majority,bias_votes,"
        + "propaganda_votes,not_propaganda_votes\nB1,English,1,a,a,Unbiased,x,0,2\n");
    CliRun oneBatch = run("eval", "frames", "--train", dir.resolve("fig.csv").toString(), "--format", "fignews");
    assertThat(oneBatch.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(oneBatch.err()).contains("at least 5 batches; found 1");
  }

  @Test
  void exportTheLeastSurePostsThenImportTwoCoders() throws Exception {
    assertThat(run("train", "frames", "--labels", frameLabels().toString(), "--cv", "0").code()).isZero();
    Path posts = dir.resolve("posts.csv");
    Files.writeString(posts, """
        id,platform,author,created_at,text,url,lang
        1,x,alice,2025-04-01T10:00:00Z,uranium bomb breakout fears,,en
        2,x,bob,2025-04-01T11:00:00Z,war would kill thousands,,en
        3,x,carol,2025-04-03T11:00:00Z,a quiet football evening,,en
        """);
    assertThat(run("ingest", "--format", "csv", posts.toString()).code()).isZero();
    assertThat(run("annotate").code()).isZero();
    Path sheet = dir.resolve("sheet.csv");
    CliRun ex = run("label", "--export", "2", sheet.toString(), "--by", "frames", "--json");
    assertThat(ex.code()).as(ex.err()).isZero();
    List<String> lines = Files.readAllLines(sheet);
    assertThat(lines.get(0)).isEqualTo("id,platform,lang,created_at,text,target,model_stance,model_confidence,"
        + "model_frames,coder,stance,frames");
    assertThat(ex.json().get("posts").asInt()).isBetween(1, 2);

    Path coded = dir.resolve("coded.csv");
    Files.writeString(coded, lines.get(0) + "\n"
        + "x:1,x,en,2025-04-01T10:00:00Z,uranium bomb breakout fears,us-iran-talks,,,,ann,against,nuclear-threat\n"
        + "x:1,x,en,2025-04-01T10:00:00Z,uranium bomb breakout fears,us-iran-talks,,,,bob,against,nuclear-threat\n");
    CliRun imp = run("label", "--import", coded.toString(), "--json");
    assertThat(imp.code()).as(imp.err()).isZero();
    assertThat(imp.json().get("added").asInt()).isEqualTo(2);
    assertThat(imp.json().get("agreement").get("stance").get("us-iran-talks").get("pairs").get(0).get("n").asInt())
        .isEqualTo(1);
    assertThat(dir.resolve("ws/labels/stance.csv")).exists();
    CliRun again = run("label", "--import", coded.toString(), "--json");
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(again.json().get("codes").asInt()).isEqualTo(2);
  }
}
