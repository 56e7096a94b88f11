package dev.chorus.ingest;

import dev.chorus.post.Post;
import dev.chorus.store.PostStore;
import dev.chorus.store.UpsertOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Prepares (pseudonymises, annotates) and stores posts on all cores while the reading thread parses on.
 *
 * <p>Posts are routed to a lane by id, one lane per thread; a batch is handed over only after the previous one is
 * done. So two copies of one post are never stored concurrently, the reading thread parses batch n+1 while batch n is
 * indexed, and when {@link #awaitInFlight} returns nothing is in flight (the moment to commit).
 */
final class LaneIndexer implements AutoCloseable {
  /** Outcome counts of the posts stored since the last {@link #awaitInFlight}. */
  record Counts(long posts, long added, long updated, long duplicates, long unchanged) {}

  private final PostStore store;
  private final UnaryOperator<Post> prepare;
  private final ExecutorService pool;
  private final List<List<Post>> lanes = new ArrayList<>();
  private final List<Future<long[]>> inFlight = new ArrayList<>();
  private int batched;
  private long inFlightPosts;

  LaneIndexer(PostStore store, UnaryOperator<Post> prepare) {
    this.store = store;
    this.prepare = prepare;
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "chorus-ingest");
      t.setDaemon(true);
      return t;
    });
    for (int i = 0; i < threads; i++) {
      lanes.add(new ArrayList<>());
    }
  }

  /** Queues a post; returns the number of posts queued since the last {@link #handOver}. */
  int add(Post post) {
    lanes.get(Math.floorMod(post.id().hashCode(), lanes.size())).add(post);
    return ++batched;
  }

  /** Hands the queued posts to the threads; the previous batch must have been awaited. */
  void handOver() {
    if (!inFlight.isEmpty()) {
      throw new IllegalStateException("a batch is still in flight");
    }
    for (List<Post> lane : lanes) {
      if (!lane.isEmpty()) {
        List<Post> work = List.copyOf(lane);
        lane.clear();
        inFlight.add(pool.submit(() -> store(work)));
      }
    }
    inFlightPosts = batched;
    batched = 0;
  }

  /** Waits until the batch in flight is stored; returns its counts. */
  Counts awaitInFlight() throws IOException {
    long[] sum = new long[UpsertOutcome.values().length];
    for (Future<long[]> f : inFlight) {
      long[] c = await(f);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += c[i];
      }
    }
    inFlight.clear();
    Counts done = new Counts(inFlightPosts, sum[UpsertOutcome.ADDED.ordinal()], sum[UpsertOutcome.UPDATED.ordinal()],
        sum[UpsertOutcome.DUPLICATE.ordinal()], sum[UpsertOutcome.UNCHANGED.ordinal()]);
    inFlightPosts = 0;
    return done;
  }

  /** Posts prepared and handed to the store at once: a cluster store sends each such chunk in one request. */
  private static final int CHUNK = 1_000;

  private long[] store(List<Post> posts) throws IOException {
    long[] counts = new long[UpsertOutcome.values().length];
    for (int i = 0; i < posts.size(); i += CHUNK) {
      List<Post> prepared = new ArrayList<>();
      for (Post p : posts.subList(i, Math.min(posts.size(), i + CHUNK))) {
        prepared.add(prepare.apply(p));
      }
      for (UpsertOutcome outcome : store.upsertAll(prepared)) {
        counts[outcome.ordinal()]++;
      }
    }
    return counts;
  }

  private static long[] await(Future<long[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
