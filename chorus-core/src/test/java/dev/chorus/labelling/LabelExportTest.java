package dev.chorus.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelExportTest {
  @TempDir Path dir;

  static Post post(String id, double stanceConfidence, String stance, List<Label> frames) {
    Annotations a = Annotations.EMPTY.with("stance:us-iran-talks", List.of(new Label(stance, stanceConfidence,
        "stance")), null, null);
    if (frames != null) {
      a = a.with("frame", frames, null, null);
    }
    return Post.builder(Platform.X, id).author(Author.of("u_1", null, null)).createdAt(Instant.EPOCH)
        .text("text of " + id).lang("en").annotations(a).build();
  }

  @Test
  void leastSureFirstTiesByIdAndOnlyN() throws Exception {
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      store.upsert(post("5", 0.9, "favor", List.of()));
      store.upsert(post("4", 0.45, Label.UNCERTAIN, null));
      store.upsert(post("3", 0.7, "against", List.of(new Label("nuclear-threat", 0.55, "frames"))));
      store.upsert(post("2", 0.45, "none", null));
      store.upsert(post("1", 0.8, "none", List.of(new Label(Label.UNCERTAIN, 0.3, "frames"))));
      store.commit();
      List<SheetRow> both = LabelExport.select(store, PostQuery.all(), 4, null, SheetRow.By.BOTH);
      assertThat(both).extracting(r -> r.post().nativeId()).containsExactly("1", "2", "4", "3");
      List<SheetRow> stance = LabelExport.select(store, PostQuery.all(), 2, "us-iran-talks", SheetRow.By.STANCE);
      assertThat(stance).extracting(r -> r.post().nativeId()).containsExactly("2", "4");
      StringWriter out = new StringWriter();
      LabelExport.write(both, out);
      String[] lines = out.toString().split("\r\n");
      assertThat(lines[0]).isEqualTo(String.join(",", LabelSheet.COLUMNS));
      assertThat(lines[1]).isEqualTo("x:1,x,en,1970-01-01T00:00:00Z,text of x:1,us-iran-talks,none,0.3000,"
          .replace("text of x:1", "text of 1") + "uncertain,,,");
      assertThat(lines[3]).contains(",uncertain,0.4500,,,,");
      assertThat(lines[4]).contains(",against,0.5500,nuclear-threat,,,");
    }
  }
}
