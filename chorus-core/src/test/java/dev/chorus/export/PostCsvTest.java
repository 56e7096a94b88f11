package dev.chorus.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostCsvTest {
  @Test
  void cellsThatASpreadsheetWouldRunAreDefused() {
    assertThat(PostCsv.inert("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(PostCsv.inert("@cmd")).startsWith("'");
    assertThat(PostCsv.inert("plain text")).isEqualTo("plain text");
  }

  @Test
  void writesTheHeaderAndOneRowPerPostWithLabelsAndConfidence() throws Exception {
    Post p = Post.builder(Platform.X, "1").author(Author.of("u_1", null, null))
        .createdAt(Instant.parse("2025-04-01T10:00:00Z")).text("=1+1, \"quoted\"\nsecond line")
        .annotations(Annotations.EMPTY.with("frame", List.of(new Label("security", 0.7, "frames")), null, null))
        .build();
    StringWriter w = new StringWriter();
    try (PostCsv csv = new PostCsv(w)) {
      csv.write(p);
    }
    String out = w.toString();
    assertThat(out).startsWith(PostCsv.BYTE_ORDER_MARK + String.join(",", PostCsv.COLUMNS) + "\r\n");
    assertThat(PostCsv.COLUMNS).containsSubsequence("record", "stance", "frame", "actor", "cohort", "call",
        "addressee", "labels");
    assertThat(out).contains("x:1,x,post,collected,2025-04-01T10:00:00Z", "\"'=1+1, \"\"quoted\"\"\nsecond line\"",
        ",security,", "frame=security@0.70"); // the frame column, then all labels with confidences
  }
}
