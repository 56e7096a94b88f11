package dev.chorus.ingest;

import dev.chorus.post.Post;
import dev.chorus.store.PostStore;
import dev.chorus.store.UpsertOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.UnaryOperator;

/**
 * The bounded ingest pipeline: the reading thread parses and routes each post by id to one of N lanes (N = cores);
 * each lane is one thread, fed through a bounded queue of chunks, that prepares its posts (pseudonymises, annotates),
 * builds their documents and stores them. A reader that gets ahead blocks on a full queue (back-pressure), so the posts
 * in flight are at most N x ({@value #QUEUED} + 2) chunks, about {@value #IN_FLIGHT} posts (chunks of at most
 * {@value #CHUNK}), whatever the input's size and however many cores.
 *
 * <p>Why lanes by id: what an upsert does (added, updated, duplicate, unchanged) depends only on the earlier upserts of
 * the same id. A lane stores its posts in input order, so the copies of one id are stored in input order and never two
 * at once, and every count is that of a serial run. No barrier between chunks: a lane that is ahead goes on.
 * {@link #drain} waits until every post handed over is stored; the thread that hands posts over is the one that
 * commits, so nothing is stored while it commits, and a commit holds exactly the posts read before it.
 */
final class IngestLanes implements AutoCloseable {
  /** Most posts per chunk: a lane's unit of work, and one request of a cluster store ({@link PostStore#upsertAll}). */
  static final int CHUNK = 1_000;
  /** Posts in flight at most, over all lanes (fewer chunk posts on many cores): bounds the heap the lanes use. */
  static final int IN_FLIGHT = 16_000;
  /** Chunks waiting per lane, besides the one it stores and the one the reader fills. */
  private static final int QUEUED = 2;
  /** The chunk that asks a lane to write the store's buffers ({@link #writeBuffers}); told apart by identity. */
  private static final List<Post> WRITE_BUFFERS = java.util.Collections.unmodifiableList(new ArrayList<>());

  /** Outcome counts of every post stored so far. */
  record Counts(long posts, long added, long updated, long duplicates, long unchanged) {}

  private final PostStore store;
  private final UnaryOperator<Post> prepare;
  private final List<Lane> lanes = new ArrayList<>();
  private final AtomicLongArray outcomes = new AtomicLongArray(UpsertOutcome.values().length);
  /** The first failure of any lane; once set, lanes discard what they are given (so the reader never blocks). */
  private volatile Throwable failure;
  private volatile boolean closed;
  /** Posts a chunk holds here (fewer than {@value #CHUNK} on many cores). */
  private final int chunkSize;

  IngestLanes(PostStore store, UnaryOperator<Post> prepare) {
    this.store = store;
    this.prepare = prepare;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.chunkSize = Math.max(50, Math.min(CHUNK, IN_FLIGHT / (threads * (QUEUED + 2))));
    for (int i = 0; i < threads; i++) {
      lanes.add(new Lane(i));
    }
  }

  /** Queues a post on its lane; blocks while that lane is {@value #QUEUED} chunks behind. */
  void add(Post post) throws IOException {
    Lane lane = lanes.get(Math.floorMod(post.id().hashCode(), lanes.size()));
    lane.filling.add(post);
    if (lane.filling.size() >= chunkSize) {
      lane.handOver();
    }
  }

  /** Hands over every partly filled chunk and waits until every post handed over is stored. */
  void drain() throws IOException {
    handOverPartlyFilled();
    awaitEveryLane();
  }

  /**
   * Before a commit: hands over every partly filled chunk, then has every lane write the store's in-memory buffers to
   * files ({@link PostStore#writeBuffer}) until none is left, all lanes at once, while this thread runs {@code
   * meanwhile}; waits for both. The commit that follows holds the same posts (nothing is handed over meanwhile) and
   * has next to nothing left to write, so the segments of a commit are written on every core rather than by the
   * committing thread while the lanes wait.
   */
  void writeBuffers(IoAction meanwhile) throws IOException {
    handOverPartlyFilled();
    for (Lane lane : lanes) {
      lane.put(WRITE_BUFFERS);
    }
    try {
      meanwhile.run();
    } finally {
      awaitEveryLane();
    }
  }

  /** Work that may fail with an {@link IOException}. */
  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }

  private void handOverPartlyFilled() throws IOException {
    for (Lane lane : lanes) {
      if (!lane.filling.isEmpty()) {
        lane.handOver();
      }
    }
  }

  /** Waits until every lane has done all it was handed, then rethrows a lane's failure. */
  private void awaitEveryLane() throws IOException {
    for (Lane lane : lanes) {
      lane.awaitStored();
    }
    rethrowFailure();
  }

  /** What the lanes have stored so far (read by the reader for progress; exact after {@link #drain}). */
  Counts counts() {
    long[] c = new long[outcomes.length()];
    long posts = 0;
    for (int i = 0; i < c.length; i++) {
      c[i] = outcomes.get(i);
      posts += c[i];
    }
    return new Counts(posts, c[UpsertOutcome.ADDED.ordinal()], c[UpsertOutcome.UPDATED.ordinal()],
        c[UpsertOutcome.DUPLICATE.ordinal()], c[UpsertOutcome.UNCHANGED.ordinal()]);
  }

  private void rethrowFailure() throws IOException {
    Throwable t = failure;
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof UncheckedIOException u) {
      throw u.getCause();
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IOException(t);
  }

  /** Stops the lanes after the chunk each is storing (no interrupt: it could close the index's files mid-write). */
  @Override
  public void close() {
    closed = true;
    for (Lane lane : lanes) {
      lane.queue.clear();
      try {
        lane.thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** One lane: its thread, its queue, and how many chunks it was handed and has stored. */
  private final class Lane {
    final BlockingQueue<List<Post>> queue = new ArrayBlockingQueue<>(QUEUED);
    final Thread thread;
    /** Filled by the reader only. */
    List<Post> filling = new ArrayList<>();
    /** Chunks handed over (reader only) and chunks done (lane; read under the lane's monitor). */
    long handed;
    long done;

    Lane(int index) {
      thread = new Thread(this::run, "chorus-ingest-" + index);
      thread.setDaemon(true);
      thread.start();
    }

    void handOver() throws IOException {
      rethrowFailure();
      List<Post> chunk = filling;
      filling = new ArrayList<>(chunkSize);
      put(chunk);
    }

    /** Queues a chunk (or {@link #WRITE_BUFFERS}); blocks while the lane is {@value #QUEUED} chunks behind. */
    void put(List<Post> chunk) throws IOException {
      handed++;
      try {
        queue.put(chunk);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      }
    }

    synchronized void awaitStored() throws IOException {
      try {
        while (done < handed) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      }
    }

    private void run() {
      while (!closed) {
        List<Post> chunk;
        try {
          chunk = queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          return;
        }
        if (chunk != null) {
          store(chunk);
          synchronized (this) {
            done++;
            notifyAll();
          }
        }
      }
    }

    private void store(List<Post> chunk) {
      if (failure != null) {
        return;
      }
      try {
        if (chunk == WRITE_BUFFERS) {
          while (store.writeBuffer()) {
            // each call writes one buffer; the lanes share them out until none is left
          }
          return;
        }
        List<Post> prepared = new ArrayList<>(chunk.size());
        for (Post p : chunk) {
          prepared.add(prepare.apply(p));
        }
        long[] counts = new long[outcomes.length()];
        for (UpsertOutcome outcome : store.upsertAll(prepared)) {
          counts[outcome.ordinal()]++;
        }
        for (int i = 0; i < counts.length; i++) {
          outcomes.addAndGet(i, counts[i]);
        }
      } catch (Throwable t) { // kept for the reader to rethrow: a lane must go on taking chunks, or the reader blocks
        failure = failure == null ? t : failure;
      }
    }
  }
}
