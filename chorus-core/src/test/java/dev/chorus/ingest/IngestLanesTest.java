package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.store.PostStore;
import dev.chorus.store.lucene.LucenePostStore;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLanesTest {
  @TempDir Path dir;

  /**
   * Three copies of each id, far apart in the input (an edit, then the original again): whatever lane and chunk they
   * fall in, they are stored in input order, so the counts are those of a serial run.
   */
  @Test
  void copiesOfOneIdAreStoredInInputOrderAcrossChunks() throws Exception {
    int ids = 5_000;
    try (PostStore store = LucenePostStore.openWritable(dir.resolve("index"));
        IngestLanes lanes = new IngestLanes(store, p -> p)) {
      for (int i = 0; i < ids; i++) {
        lanes.add(post(i, null));
      }
      int[] meanwhile = {0};
      // as before a commit: the store's buffers written by the lanes while this thread does its part, nothing else
      // changes
      lanes.writeBuffers(() -> meanwhile[0]++);
      assertThat(meanwhile[0]).isEqualTo(1);
      assertThat(lanes.counts().posts()).isEqualTo(ids); // returns once the lanes are done
      for (int i = 0; i < ids; i++) {
        lanes.add(post(i, Instant.EPOCH.plusSeconds(60)));
      }
      lanes.writeBuffers(() -> { });
      for (int i = 0; i < ids; i++) {
        lanes.add(post(i, null));
      }
      lanes.drain();
      IngestLanes.Counts c = lanes.counts();
      assertThat(c).isEqualTo(new IngestLanes.Counts(3L * ids, ids, ids, ids, 0));
      store.commit();
      assertThat(store.count()).isEqualTo(ids);
      assertThat(store.get(post(7, null).id()).orElseThrow().version()).isEqualTo(Instant.EPOCH.plusSeconds(60));
    }
  }

  private static Post post(int n, Instant editedAt) {
    return Post.builder(Platform.TELEGRAM, Integer.toString(n)).kind(PostKind.POST).author(Author.of("a", null, null))
        .createdAt(Instant.EPOCH).editedAt(editedAt).text("post " + n + (editedAt == null ? "" : " (edited)"))
        .build();
  }
}
