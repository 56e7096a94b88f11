package dev.chorus.store.lucene;

import dev.chorus.analysis.coordination.ObjectKind;
import dev.chorus.analysis.coordination.PostShare;
import dev.chorus.post.Post;
import dev.chorus.store.QueryBudget;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IntroSorter;

/**
 * The embedded store's narrow read for coordination ({@link LucenePostStore#forEachShare}): per segment, the posts
 * that match and share something of the kind (the index intersects the query with {@link ShareDocValues#sharing}),
 * their shares read from doc values in document order (doc values are read forward only), then handed on sorted as
 * {@code forEach} hands posts on (creation time, content hash, document), so that the analysis gets the very rows
 * of the full read in the very same order (equal times keep input order in the detector). In a segment where some
 * posts were written without the doc values (an older format, or a merge of older and newer posts) the index also
 * lets those through, and they are read whole.
 */
final class ShareReads {
  /** Loads a whole post (one written before the share doc values existed). */
  @FunctionalInterface
  interface PostLoader {
    Post load(int globalDoc) throws IOException;
  }

  private long[] created = new long[1024];
  private long[] hash = new long[1024];
  private int[] docs = new int[1024];
  private PostShare[] shares = new PostShare[1024];
  private int size;

  /** Hands on the shares of the posts matching {@code rewritten}; returns how many posts match. */
  static long forEach(IndexSearcher searcher, Query rewritten, ObjectKind kind, PostLoader loader,
      Consumer<PostShare> consumer) throws IOException {
    long matching = searcher.count(rewritten);
    Weight narrow = weight(searcher, rewritten, ShareDocValues.sharing(kind));
    Weight mixed = null;
    ShareReads reads = new ShareReads();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      boolean complete = ShareDocValues.complete(leaf.reader());
      if (!complete && mixed == null) {
        mixed = weight(searcher, rewritten, ShareDocValues.sharingOrNotKept(kind));
      }
      reads.readLeaf(leaf, complete ? narrow : mixed, new ShareDocValues.Reader(leaf.reader(), kind), kind, loader);
    }
    reads.emit(consumer);
    return matching;
  }

  private static Weight weight(IndexSearcher searcher, Query rewritten, Query filter) throws IOException {
    Query q = new BooleanQuery.Builder().add(rewritten, BooleanClause.Occur.FILTER)
        .add(filter, BooleanClause.Occur.FILTER).build();
    return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private void readLeaf(LeafReaderContext leaf, Weight weight, ShareDocValues.Reader reader, ObjectKind kind,
      PostLoader loader) throws IOException {
    QueryBudget.check();
    Scorer scorer = weight.scorer(leaf);
    if (scorer == null) {
      return;
    }
    Bits live = leaf.reader().getLiveDocs();
    NumericDocValues createdValues = leaf.reader().getNumericDocValues(PostDocuments.CREATED);
    NumericDocValues hashValues = leaf.reader().getNumericDocValues(PostDocuments.HASH);
    DocIdSetIterator it = scorer.iterator();
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      if ((size & 1023) == 0) {
        QueryBudget.check();
      }
      PostShare share = reader.kept(doc) ? reader.read(doc) : PostShare.of(kind, loader.load(leaf.docBase + doc));
      if (share != null) {
        add(value(createdValues, doc), value(hashValues, doc), leaf.docBase + doc, share);
      }
    }
  }

  /** A doc value as the sort reads it: 0 when missing. */
  private static long value(NumericDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.longValue() : 0;
  }

  private void add(long time, long contentHash, int doc, PostShare share) {
    if (size == docs.length) {
      int n = size * 2;
      created = Arrays.copyOf(created, n);
      hash = Arrays.copyOf(hash, n);
      docs = Arrays.copyOf(docs, n);
      shares = Arrays.copyOf(shares, n);
    }
    created[size] = time;
    hash[size] = contentHash;
    docs[size] = doc;
    shares[size++] = share;
  }

  private void emit(Consumer<PostShare> consumer) {
    new OldestFirst().sort(0, size);
    for (int i = 0; i < size; i++) {
      consumer.accept(shares[i]);
      shares[i] = null; // the consumer keeps what it needs
    }
  }

  /** forEach's order, {@code created, hash, doc} ascending, sorting the parallel arrays in place. */
  private final class OldestFirst extends IntroSorter {
    private long pivotCreated;
    private long pivotHash;
    private int pivotDoc;

    @Override
    protected void setPivot(int i) {
      pivotCreated = created[i];
      pivotHash = hash[i];
      pivotDoc = docs[i];
    }

    @Override
    protected int comparePivot(int j) {
      return compare(pivotCreated, pivotHash, pivotDoc, j);
    }

    @Override
    protected int compare(int i, int j) {
      return compare(created[i], hash[i], docs[i], j);
    }

    private int compare(long time, long contentHash, int doc, int j) {
      int c = Long.compare(time, created[j]);
      if (c == 0) {
        c = Long.compare(contentHash, hash[j]);
      }
      return c != 0 ? c : Integer.compare(doc, docs[j]);
    }

    @Override
    protected void swap(int i, int j) {
      long t = created[i];
      created[i] = created[j];
      created[j] = t;
      t = hash[i];
      hash[i] = hash[j];
      hash[j] = t;
      int d = docs[i];
      docs[i] = docs[j];
      docs[j] = d;
      PostShare s = shares[i];
      shares[i] = shares[j];
      shares[j] = s;
    }
  }
}
