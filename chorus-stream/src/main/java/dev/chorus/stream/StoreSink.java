package dev.chorus.stream;

import dev.chorus.post.Post;
import dev.chorus.post.PostJson;
import dev.chorus.store.PostStore;
import dev.chorus.store.PostStores;
import dev.chorus.store.StoreOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * Writes annotated posts to the store of a URL ({@link PostStores}: the embedded index, or a cluster store). Each
 * post is an idempotent versioned upsert; the store is committed when Flink flushes the writer before a checkpoint,
 * so every post of a completed checkpoint is durable, and a replay after a failure only rewrites posts already there.
 * The embedded index takes one writer, so this sink runs at parallelism 1 for a store that keeps a folder here
 * ({@link #writers}); a cluster store takes one writer per task, which converge by its version rule.
 */
public final class StoreSink implements Sink<Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;
  private final StreamSettings settings;

  public StoreSink(StreamSettings settings) {
    this.settings = settings;
  }

  /** How many writers the store of {@code s} takes: one for a folder on this machine, else {@code parallelism}. */
  static int writers(StreamSettings s, int parallelism) {
    boolean local = PostStores.folder(PostStores.parse(s.store()), Path.of(s.workspace())).isPresent();
    return local ? 1 : parallelism;
  }

  @Override
  public SinkWriter<Tuple2<String, String>> createWriter(WriterInitContext context) throws IOException {
    PostStore store = PostStores.open(settings.store(), new StoreOptions(Path.of(settings.workspace()), true));
    return new Writer(store);
  }

  /** Posts upserted together. */
  static final int BATCH = 1_000;

  /** One task's writer: upserts posts in batches as they arrive, the rest and a commit on flush. */
  private static final class Writer implements SinkWriter<Tuple2<String, String>> {
    private final PostStore store;
    private final PostJson json = new PostJson();

    Writer(PostStore store) {
      this.store = store;
    }

    /** Posts not yet upserted: sent together (one request to a cluster store), at the latest on flush. */
    private final List<Post> buffered = new ArrayList<>();

    @Override
    public void write(Tuple2<String, String> post, Context context) throws IOException {
      buffered.add(json.read(post.f1));
      if (buffered.size() >= BATCH) {
        upsertBuffered();
      }
    }

    private void upsertBuffered() throws IOException {
      store.upsertAll(buffered);
      buffered.clear();
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
      upsertBuffered();
      store.commit();
    }

    @Override
    public void close() throws Exception {
      store.close();
    }
  }
}
