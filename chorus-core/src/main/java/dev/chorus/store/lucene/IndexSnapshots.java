package dev.chorus.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;

/**
 * The commit that queries see, swapped for a newer one without stopping them: each query holds a reference to its
 * snapshot until it ends, so a swap never closes a reader in use.
 *
 * <p>Design decision: a read-only store looks for a newer commit (written by another process, such as an ingest
 * while the server runs) when it is read, at most once per {@link #CHECK_INTERVAL_MS} ms, rather than on a timer
 * thread: an idle server does no work, nothing has to be stopped, and a reader always sees a commit at most a second
 * older than the newest. Only the one thread that wins the refresh lock opens the new reader; the others go on with
 * the current snapshot meanwhile. A writable store is the only writer of its index, so it swaps after its own commit.
 */
final class IndexSnapshots implements Closeable {
  static final long CHECK_INTERVAL_MS = 1000;

  private final Directory directory;
  private final FacetsConfig facetsConfig;
  /** False for a writer's snapshots: refreshing those through the writer would show uncommitted posts. */
  private final boolean followsDirectory;
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile long nextCheck;
  private DirectoryReader reader;
  private SortedSetDocValuesReaderState facetState;
  private FacetMemo facetMemo;

  /**
   * The reader of one commit, its facet state and the facet counts of its recent queries (both null when the commit
   * has no posts), taken together.
   */
  record Snapshot(DirectoryReader reader, SortedSetDocValuesReaderState facets, FacetMemo memo) {}

  @FunctionalInterface
  interface SnapshotQuery<T> {
    T run(Snapshot snapshot) throws IOException;
  }

  private IndexSnapshots(Directory directory, FacetsConfig facetsConfig, boolean followsDirectory,
      DirectoryReader first) {
    this.directory = directory;
    this.facetsConfig = facetsConfig;
    this.followsDirectory = followsDirectory;
    this.reader = first;
    this.nextCheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MS);
  }

  /** Snapshots of the last commit in a directory (none while it holds no index yet). */
  static IndexSnapshots ofDirectory(Directory directory, FacetsConfig facetsConfig) throws IOException {
    return new IndexSnapshots(directory, facetsConfig, true,
        DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null);
  }

  /** Snapshots of what a writer has committed; {@link #refresh(IndexWriter)} after each commit. */
  static IndexSnapshots ofWriter(IndexWriter writer, FacetsConfig facetsConfig) throws IOException {
    return new IndexSnapshots(writer.getDirectory(), facetsConfig, false, DirectoryReader.open(writer));
  }

  /**
   * The current reader without facet state (cheap: the writer takes one after each commit for its id lookup), which
   * the caller must {@code decRef}; never null for a writer's snapshots.
   */
  synchronized DirectoryReader acquireReader() {
    if (reader != null) {
      reader.incRef();
    }
    return reader;
  }

  /** The current snapshot, which the caller must {@link #release}, or null when there is no index yet. */
  private synchronized Snapshot acquire() throws IOException {
    if (reader == null) {
      return null;
    }
    if (facetState == null && reader.numDocs() > 0) {
      facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      facetMemo = new FacetMemo(facetState.getSize());
    }
    reader.incRef();
    return new Snapshot(reader, facetState, facetMemo);
  }

  /** Runs a query on a newest-enough snapshot, outside any lock, so that queries run in parallel. */
  <T> T query(T whenEmpty, SnapshotQuery<T> query) throws IOException {
    refreshIfDue();
    Snapshot snap = acquire();
    if (snap == null) {
      return whenEmpty;
    }
    try {
      return query.run(snap);
    } finally {
      snap.reader().decRef();
    }
  }

  /** Posts in the current snapshot. */
  long count() throws IOException {
    refreshIfDue();
    synchronized (this) {
      return reader == null ? 0 : reader.numDocs();
    }
  }

  /**
   * A number that changes whenever the visible posts change (Lucene's index version, which every commit that changes
   * the index raises); -1 while there is no index.
   */
  long generation() throws IOException {
    refreshIfDue();
    synchronized (this) {
      return reader == null ? -1 : reader.getVersion();
    }
  }

  /** Looks for a newer commit of another process, once per interval, by one thread at a time. */
  void refreshIfDue() throws IOException {
    long now = System.nanoTime();
    if (!followsDirectory || now - nextCheck < 0 || !refreshing.tryLock()) {
      return;
    }
    try {
      nextCheck = now + TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MS);
      DirectoryReader current;
      synchronized (this) {
        current = reader;
        if (current != null) {
          current.incRef();
        }
      }
      try {
        DirectoryReader fresh = current != null ? DirectoryReader.openIfChanged(current)
            : DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
        install(fresh);
      } finally {
        if (current != null) {
          current.decRef();
        }
      }
    } finally {
      refreshing.unlock();
    }
  }

  /** After the writer's own commit: makes what it committed visible; true when anything changed. */
  boolean refresh(IndexWriter writer) throws IOException {
    DirectoryReader current;
    synchronized (this) {
      current = reader;
    }
    return install(DirectoryReader.openIfChanged(current, writer));
  }

  private synchronized boolean install(DirectoryReader fresh) throws IOException {
    if (fresh == null) {
      return false;
    }
    DirectoryReader old = reader;
    reader = fresh;
    facetState = null;
    facetMemo = null;
    if (old != null) {
      old.decRef(); // closes it once the last query on it ends
    }
    return true;
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.decRef();
      reader = null;
    }
  }
}
