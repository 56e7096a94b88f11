package dev.chorus.annotate;

import dev.chorus.post.Post;
import dev.chorus.store.CommitCadence;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.UpsertOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Re-runs the analysis chain on stored posts, e.g. after the codebook or a model changed. Posts whose labels come out
 * the same are left alone; the others are replaced ({@link PostStore#relabel}: an upsert would keep the stored copy
 * whenever the new labels' content hash is the smaller, about half of the posts). Commits as ingest does ({@link CommitCadence}), so an
 * interrupted run can simply be started again.
 */
public final class Reannotation {
  /** How many posts were looked at and how many changed. */
  public record Result(long posts, long changed) {}

  private final AnnotationChain chain;
  private final PostStore store;

  public Reannotation(AnnotationChain chain, PostStore store) {
    this.chain = chain;
    this.store = store;
  }

  public Result run(PostQuery query) throws IOException {
    long[] counts = new long[2]; // posts looked at, changed
    CommitCadence.Since sinceCommit = CommitCadence.DEFAULT.start(System::currentTimeMillis);
    try {
      store.forEach(query, post -> {
        Post annotated = chain.annotate(post.toBuilder().annotations(dev.chorus.post.Annotations.EMPTY).build());
        try {
          UpsertOutcome outcome = store.relabel(annotated);
          if (outcome != UpsertOutcome.DUPLICATE && outcome != UpsertOutcome.UNCHANGED) {
            counts[1]++;
          }
          counts[0]++;
          if (sinceCommit.postAdded()) {
            store.commit();
            sinceCommit.committed();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    store.commit();
    return new Result(counts[0], counts[1]);
  }
}
