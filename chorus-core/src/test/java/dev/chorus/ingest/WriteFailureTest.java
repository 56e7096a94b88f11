package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.annotate.AnnotationChain;
import dev.chorus.post.Post;
import dev.chorus.privacy.PseudonymKey;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.privacy.PublicFigures;
import dev.chorus.source.SourceRegistry;
import dev.chorus.store.PostStore;
import dev.chorus.store.UpsertOutcome;
import dev.chorus.store.lucene.LucenePostStore;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails (disk full, read-only, a folder that is a file) ends the run with the file being written named,
 * the cause in words and what is intact; never the bare "No space left on device". The store's failure is injected
 * at the writer seam (the store the service writes to); the rejects file's by a real failing path.
 */
class WriteFailureTest {
  @TempDir Path dir;

  private IngestService service(PostStore store, Path rejectsDir) {
    Pseudonymizer p = new Pseudonymizer(PseudonymKey.of(new byte[32]), PublicFigures.none());
    return new IngestService(SourceRegistry.loadDefault(), p, AnnotationChain.empty(), store, rejectsDir,
        Clock.systemUTC());
  }

  private Path csv(int rows, boolean withBadRow) throws IOException {
    StringBuilder b = new StringBuilder("id,author,created_at,text\n");
    for (int i = 0; i < rows; i++) {
      b.append(i).append(",a,2025-01-01T00:00:00Z,post ").append(i).append('\n');
    }
    if (withBadRow) {
      b.append("x,a\n");
    }
    return Files.writeString(dir.resolve("posts.csv"), b.toString());
  }

  /** The real store, except that storing the {@code failAt}-th post fails as a full disk does. */
  private static PostStore diskFullAfter(PostStore real, int failAt) {
    int[] upserts = {0};
    InvocationHandler h = (proxy, method, args) -> {
      if (method.getName().equals("upsertAll")) { // one by one through this proxy, so each post counts
        java.util.List<UpsertOutcome> out = new java.util.ArrayList<>();
        for (Object p : (java.util.List<?>) args[0]) {
          out.add(((PostStore) proxy).upsert((Post) p));
        }
        return out;
      }
      if (method.getName().equals("upsert")) {
        synchronized (upserts) {
          if (++upserts[0] >= failAt) {
            throw new IOException("No space left on device");
          }
        }
      }
      try {
        return method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (PostStore) Proxy.newProxyInstance(PostStore.class.getClassLoader(), new Class<?>[] {PostStore.class}, h);
  }

  @Test
  void aFullDiskNamesTheIndexAndSaysWhatIsIntact() throws Exception {
    Path index = dir.resolve("index");
    try (LucenePostStore real = LucenePostStore.openWritable(index)) {
      Post seed = Post.builder(dev.chorus.post.Platform.X, "seed").author(dev.chorus.post.Author.of("a", null, null))
          .createdAt(java.time.Instant.parse("2025-01-01T00:00:00Z")).text("seed").build();
      assertThat(real.upsert(seed)).isEqualTo(UpsertOutcome.ADDED);
      real.commit();
      IngestService service = service(diskFullAfter(real, 3), dir.resolve("rejects"));
      assertThatThrownBy(() -> service.ingest(List.of(csv(10, false)), null, Map.of(), false, IngestListener.NONE))
          .isInstanceOf(WriteFailure.class)
          .hasMessage("cannot write the index " + index + ": the disk is full (no space left on the device); the 1 "
              + "posts of its last commit are intact (a commit is written whole or not at all); free space and run "
              + "the same ingest again: it completes the run without duplicates");
      assertThat(real.count()).isEqualTo(1);
    }
  }

  @Test
  void aRejectsFileThatCannotBeWrittenIsNamed() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("rejects"), "a file where the rejects folder should be");
    try (LucenePostStore store = LucenePostStore.openWritable(dir.resolve("index"))) {
      assertThatThrownBy(() -> service(store, notAFolder).ingest(List.of(csv(2, true)), null, Map.of(), false,
          IngestListener.NONE))
          .isInstanceOf(WriteFailure.class)
          .hasMessageStartingWith("cannot write the rejects file " + notAFolder.resolve("ingest-"))
          .hasMessageEndingWith("; the posts committed before are intact; free space and run the same ingest "
              + "again: it completes the run without duplicates")
          .hasMessageNotContaining("Exception");
    }
  }

  @Test
  void theCommonCausesAreSaidInWords() {
    assertThat(WriteFailure.inWords(new IOException("No space left on device")))
        .isEqualTo("the disk is full (no space left on the device)");
    assertThat(WriteFailure.inWords(new java.nio.file.FileSystemException("/w/x", null, "Read-only file system")))
        .isEqualTo("the file system is read-only");
    assertThat(WriteFailure.inWords(new java.nio.file.AccessDeniedException("/w/x"))).isEqualTo("permission denied");
    assertThat(WriteFailure.inWords(new IOException(new IOException("No space left on device"))))
        .startsWith("the disk is full");
  }
}
