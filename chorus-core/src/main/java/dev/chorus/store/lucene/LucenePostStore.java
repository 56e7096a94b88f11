package dev.chorus.store.lucene;

import org.apache.lucene.util.Bits;
import org.apache.lucene.index.LeafReaderContext;
import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.PostShare;
import dev.chorus.post.Post;
import dev.chorus.store.FacetCounts;
import dev.chorus.store.MissingIndexException;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import dev.chorus.store.QueryBudget;
import dev.chorus.store.SearchOrder;
import dev.chorus.store.SearchCursor;
import dev.chorus.store.SearchPage;
import dev.chorus.store.StanceShares;
import dev.chorus.store.StoreStats;
import dev.chorus.store.TimeSeries;
import dev.chorus.store.UpsertOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded Lucene store. Opened writable by ingest (one writer per index: Lucene's write lock makes a second
 * writer fail with a clear error) or read-only by queries, which then see the last commit, and a newer commit of
 * another process within about a second (see {@link IndexSnapshots}): a server started before an ingest shows what
 * the ingest commits.
 *
 * <p>Design decision: duplicates and edits are decided at upsert time by looking the id up (version and content hash
 * are doc values), so the ingest summary can say what was added, updated or already there. Of two copies of one post
 * a collected one wins over a referenced one ({@link dev.chorus.post.PostRole}); of two with the same role, the one
 * with the later {@link Post#version()} wins; of two with the same version, the one whose 64-bit content
 * hash is greater as an unsigned number. So every arrival order of the same posts gives the same store (two different
 * bodies with the same version and hash, a 2^-64 chance, keep the first). Upserts since the last commit are
 * remembered in memory until the next commit refreshes the lookup reader; the ingest commits in bounded batches,
 * which bounds that memory.
 */
public final class LucenePostStore implements PostStore {
  private final Directory directory;
  private final IndexWriter writer;
  private final PostDocuments documents = new PostDocuments();
  private final LuceneQueries queries;
  private final IndexSnapshots snapshots;
  private final Map<String, long[]> pending = new HashMap<>();
  /** The reader the id lookup reads, held until the next commit replaces it (writable stores only). */
  private DirectoryReader lookupReader;
  private IdLookup lookup;
  /** The format the next commit records: kept from an older index until {@link #reindex} rewrites it. */
  private int format;

  private LucenePostStore(Directory directory, boolean writable) throws IOException {
    Analyzer analyzer = SearchAnalyzers.create();
    this.queries = new LuceneQueries(analyzer);
    this.directory = directory;
    this.format = IndexFormat.of(directory);
    if (writable) {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
      cfg.setRAMBufferSizeMB(128);
      cfg.setCommitOnClose(false);
      this.writer = new IndexWriter(directory, cfg);
      this.snapshots = IndexSnapshots.ofWriter(writer, documents.facetsConfig());
      renewLookup();
    } else {
      this.writer = null;
      this.snapshots = IndexSnapshots.ofDirectory(directory, documents.facetsConfig());
    }
  }

  @Override
  public String location() {
    return directory instanceof org.apache.lucene.store.FSDirectory fs ? "the index " + fs.getDirectory()
        : "the index";
  }

  public static LucenePostStore openWritable(Path indexDir) throws IOException {
    return new LucenePostStore(createdFolder(indexDir), true);
  }

  /**
   * A store that reads what writers commit. The folder must exist (a reader never creates one: a missing index would
   * read as an empty one); an existing folder without a commit yet (an ingest just started) reads as empty.
   */
  public static LucenePostStore openReadOnly(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new MissingIndexException(indexDir, "no index in " + indexDir);
    }
    return new LucenePostStore(FSDirectory.open(indexDir), false);
  }

  /** A writable store in a directory of the caller's choice (tests use one in memory); closing closes it. */
  static LucenePostStore openWritable(Directory directory) throws IOException {
    return new LucenePostStore(directory, true);
  }

  private static Directory createdFolder(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    return FSDirectory.open(indexDir);
  }

  /**
   * Thread-safe: the decision (new, winning or not) is taken under the store's lock, the expensive part (JSON,
   * analysis, indexing) outside it, so several threads index in parallel. Callers must not upsert the same id from two
   * threads at once (the ingest routes each id to one thread).
   */
  @Override
  public UpsertOutcome upsert(Post post) throws IOException {
    return write(post, false);
  }

  @Override
  public UpsertOutcome relabel(Post post) throws IOException {
    return write(post, true);
  }

  private UpsertOutcome write(Post post, boolean relabel) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("store was opened read-only");
    }
    byte[] body = documents.body(post);
    long hash = PostDocuments.hash(body);
    long version = post.version().toEpochMilli();
    long referenced = post.referenced() ? 1 : 0;
    boolean isNew;
    synchronized (this) {
      long[] existing = pending.get(post.id());
      if (existing == null) {
        existing = lookup.versionAndHash(post.id());
      }
      if (relabel) {
        UpsertOutcome kept = dev.chorus.store.VersionRule.relabelling(referenced, version, hash, existing);
        if (kept != null) {
          return kept;
        }
      } else if (existing != null && !wins(referenced, version, hash, existing)) {
        return dev.chorus.store.VersionRule.losing(referenced, version, hash, existing);
      }
      isNew = existing == null;
      pending.put(post.id(), new long[] {version, hash, referenced});
    }
    Document doc = documents.toDocument(post, body, hash);
    if (isNew) {
      writer.addDocument(doc);
    } else {
      writer.updateDocument(new Term(PostDocuments.ID, post.id()), doc);
    }
    return isNew ? UpsertOutcome.ADDED : UpsertOutcome.UPDATED;
  }

  /** The store's {@link dev.chorus.store.VersionRule}. */
  static boolean wins(long referenced, long version, long hash, long[] stored) {
    return dev.chorus.store.VersionRule.wins(referenced, version, hash, stored);
  }

  static boolean wins(long version, long hash, long storedVersion, long storedHash) {
    return dev.chorus.store.VersionRule.wins(version, hash, storedVersion, storedHash);
  }

  @Override
  public synchronized long commit() throws IOException {
    if (writer != null) {
      writer.setLiveCommitData(Map.of(IndexFormat.KEY, Integer.toString(format)).entrySet());
      writer.commit();
      if (snapshots.refresh(writer)) {
        renewLookup();
      }
      pending.clear();
    }
    return count();
  }

  /**
   * Flushes the largest of the writer's in-memory segments ({@link IndexWriter#flushNextBuffer}) on the calling thread:
   * the same segment the commit's full flush would write, with the same documents, only written earlier and elsewhere.
   * Not synchronized: several threads flush different buffers at once, and the store's lock guards only the id
   * lookup. What is flushed but not committed is discarded after a crash, as any flush Lucene makes when its buffer is
   * full.
   */
  @Override
  public boolean writeBuffer() throws IOException {
    return writer != null && writer.flushNextBuffer();
  }

  /**
   * Rewrites every stored post with this build's analysis and fields (same ids, bodies and provenance), then commits
   * and records the current format. Idempotent; a crash before the commit leaves the old index as it was.
   */
  @Override
  public synchronized long reindex() throws IOException {
    if (writer == null) {
      throw new IllegalStateException("store was opened read-only");
    }
    DirectoryReader reader = snapshots.acquireReader();
    try {
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            int doc = leaf.docBase + i;
            byte[] body = stored.document(doc).getBinaryValue(PostDocuments.BODY).bytes.clone();
            Post post = load(stored, doc);
            writer.updateDocument(new Term(PostDocuments.ID, post.id()), documents.toDocument(post, body));
          }
        }
      }
    } finally {
      reader.decRef();
    }
    format = IndexFormat.CURRENT;
    return commit();
  }

  @Override
  public Optional<String> staleness() throws IOException {
    return IndexFormat.staleness(IndexFormat.of(directory));
  }

  private void renewLookup() throws IOException {
    DirectoryReader old = lookupReader;
    lookupReader = snapshots.acquireReader();
    lookup = new IdLookup(lookupReader);
    if (old != null) {
      old.decRef();
    }
  }

  @Override
  public long count() throws IOException {
    return snapshots.count();
  }

  /** Counts the matches without sorting or loading any (the default asks for a page of one, sorted by date). */
  @Override
  public long count(PostQuery query) throws IOException {
    Query q = queries.toLucene(query);
    return snapshots.query(0L, snap -> (long) BudgetedSearcher.of(snap.reader()).count(q));
  }

  @Override
  public long generation() throws IOException {
    return snapshots.generation();
  }

  @Override
  public Optional<Post> get(String id) throws IOException {
    return snapshots.query(Optional.empty(), snap -> {
      IndexSearcher s = BudgetedSearcher.of(snap.reader());
      TopDocs top = s.search(new TermQuery(new Term(PostDocuments.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.<Post>empty()
          : Optional.of(load(s.storedFields(), top.scoreDocs[0].doc));
    });
  }

  @Override
  public SearchPage search(PostQuery query, int limit, SearchOrder order, SearchCursor after) throws IOException {
    Query q = queries.toLucene(query);
    return snapshots.query(new SearchPage(0, List.of()), snap -> {
      IndexSearcher s = BudgetedSearcher.of(snap.reader());
      Query rq = s.rewrite(q); // once: expanding fuzzy terms is most of their cost
      int n = Math.max(1, limit);
      if (after != null && snap.reader().maxDoc() == 0) {
        return new SearchPage(0, List.of());
      }
      Sort sort = order == SearchOrder.RELEVANCE ? bestFirst() : newestFirst();
      TopDocs top = s.searchAfter(after == null ? null : SearchPages.fieldDoc(after, snap.reader().maxDoc()), rq, n, sort,
          order == SearchOrder.RELEVANCE);
      long total = s.count(rq);
      StoredFields stored = s.storedFields();
      List<Post> posts = new ArrayList<>();
      int shown = Math.min(limit, top.scoreDocs.length);
      for (int i = 0; i < shown; i++) {
        posts.add(load(stored, top.scoreDocs[i].doc));
      }
      SearchCursor next = shown == 0 || shown < limit ? null
          : SearchPages.cursor(order, (FieldDoc) top.scoreDocs[shown - 1]);
      return new SearchPage(total, posts, next);
    });
  }

  @Override
  public StoreStats stats(PostQuery query) throws IOException {
    Query q = queries.toLucene(query);
    StoreStats none = StoreStats.inZone(StoreStats.empty(), query, null);
    // the day counts of another zone than UTC come from a day series of the same snapshot
    return snapshots.query(none, snap -> snap.reader().numDocs() == 0 ? none
        : StoreStats.inZone(LuceneStats.compute(BudgetedSearcher.of(snap.reader()), snap, q), query,
            () -> LuceneTimeSeries.compute(BudgetedSearcher.of(snap.reader()), q, TimeSeries.Interval.DAY, null,
                query.zone())));
  }

  @Override
  public TimeSeries timeSeries(PostQuery query, TimeSeries.Interval interval, String dimension)
      throws IOException {
    Query q = queries.toLucene(query);
    return snapshots.query(TimeSeries.empty(interval, query.zone()),
        snap -> LuceneTimeSeries.compute(BudgetedSearcher.of(snap.reader()), q, interval, dimension, query.zone()));
  }

  @Override
  public FacetCounts facetCounts(PostQuery query, String dimension, int top) throws IOException {
    Query q = queries.toLucene(query);
    FacetCounts none = new FacetCounts(0, 0, Map.of());
    return snapshots.query(none, snap -> snap.facets() == null ? none
        : LuceneStats.top(BudgetedSearcher.of(snap.reader()), snap, q, dimension, top));
  }

  /** Sums the probabilities kept as doc values ({@link StanceDocValues}) over the matches; no post is loaded. */
  @Override
  public Map<String, StanceShares.Target> stanceShares(PostQuery query) throws IOException {
    Query q = queries.toLucene(query);
    return snapshots.query(Map.of(), snap -> snap.reader().numDocs() == 0 ? Map.<String, StanceShares.Target>of()
        : StanceDocValues.shares(BudgetedSearcher.of(snap.reader()), snap.memo().rewrittenOr(q)));
  }

  @Override
  public void forEach(PostQuery query, Consumer<Post> consumer) throws IOException {
    Query q = queries.toLucene(query);
    snapshots.query(null, snap -> {
      IndexSearcher s = BudgetedSearcher.of(snap.reader());
      Query rq = s.rewrite(q); // once, not once per page
      Sort oldestFirst = new Sort(new SortField(PostDocuments.CREATED, SortField.Type.LONG),
          new SortField(PostDocuments.HASH, SortField.Type.LONG), SortField.FIELD_DOC);
      ScoreDoc after = null;
      StoredFields stored = s.storedFields();
      while (true) {
        TopDocs page = after == null ? s.search(rq, 5_000, oldestFirst)
            : s.searchAfter(after, rq, 5_000, oldestFirst);
        if (page.scoreDocs.length == 0) {
          return null;
        }
        for (ScoreDoc d : page.scoreDocs) {
          QueryBudget.check(); // loading and consuming every post is most of a long analysis' time
          consumer.accept(load(stored, d.doc));
        }
        after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
      }
    });
  }

  /**
   * Reads only what coordination needs, from doc values ({@link ShareDocValues}), of the matching posts the index says
   * share something of {@code kind}, handed on in {@link #forEach}'s order ({@link ShareReads}); segments written
   * before those doc values existed are read whole.
   */
  @Override
  public long forEachShare(PostQuery query, ObjectKind kind, Consumer<PostShare> consumer) throws IOException {
    Query q = queries.toLucene(query);
    return snapshots.query(0L, snap -> {
      IndexSearcher s = BudgetedSearcher.of(snap.reader());
      StoredFields stored = s.storedFields();
      return ShareReads.forEach(s, s.rewrite(q), kind, doc -> load(stored, doc), consumer);
    });
  }

  /** By score, ties by content hash as in {@link #newestFirst} (and as the cluster store). */
  private static Sort bestFirst() {
    return new Sort(SortField.FIELD_SCORE, new SortField(PostDocuments.HASH, SortField.Type.LONG));
  }

  /**
   * Newest first; posts created at the same instant by their content hash, so that the order does not depend on the
   * order they were indexed in (and every store, embedded or cluster, gives the same order).
   */
  private static Sort newestFirst() {
    return new Sort(new SortField(PostDocuments.CREATED, SortField.Type.LONG, true),
        new SortField(PostDocuments.HASH, SortField.Type.LONG));
  }

  private Post load(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    return documents.toPost(d.getBinaryValue(PostDocuments.BODY).bytes, d.get(PostDocuments.PROVENANCE));
  }

  /** Closes without committing: what was not committed is discarded, as after a crash. */
  @Override
  public synchronized void close() throws IOException {
    if (lookupReader != null) {
      lookupReader.decRef();
    }
    snapshots.close();
    if (writer != null) {
      writer.rollback();
    }
    directory.close();
  }
}
