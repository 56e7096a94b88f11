package dev.chorus.store.lucene;

import dev.chorus.post.Post;
import dev.chorus.store.StanceShares;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

/**
 * The calibrated stance probabilities of a post as doc values ({@link PostDocuments#STANCE_PROBABILITY}: one double
 * per target and class), and their sums over a query's matches, read segment by segment from doc values (no stored
 * post is loaded).
 *
 * <p>Design decision: no index format bump. A post written before these fields existed has no probabilities in its
 * stored body either (its labels were written without them), so rewriting it ({@code chorus reindex}) would add
 * nothing: such posts simply do not count toward calibrated shares, and the shares say over how many posts they are.
 */
final class StanceDocValues {
  private StanceDocValues() {}

  static void add(Document doc, Post post) {
    for (Map.Entry<String, Double> e : PostDocuments.stanceProbabilities(post).entrySet()) {
      doc.add(new DoubleDocValuesField(e.getKey(), e.getValue()));
    }
  }

  /** The calibrated stance shares of the posts matching {@code query}. */
  static Map<String, StanceShares.Target> shares(IndexSearcher searcher, Query query) throws IOException {
    Summer summer = new Summer();
    searcher.search(query, summer);
    summer.flush();
    return summer.tally.shares();
  }

  /** Sums each probability field of a segment over its matches, then adds them to the tally at the segment's end. */
  private static final class Summer extends SimpleCollector {
    final StanceShares.Tally tally = new StanceShares.Tally();
    private final List<String[]> targetAndClass = new ArrayList<>();
    private final List<NumericDocValues> values = new ArrayList<>();
    private long[] posts = new long[0];
    private double[] sums = new double[0];

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      for (FieldInfo f : context.reader().getFieldInfos()) {
        String[] tc = PostDocuments.stanceTargetAndClass(f.name);
        NumericDocValues dv = tc == null ? null : context.reader().getNumericDocValues(f.name);
        if (dv != null) {
          targetAndClass.add(tc);
          values.add(dv);
        }
      }
      if (values.isEmpty()) {
        // a segment without probabilities (no stance model, or written before them): its matches are not visited
        throw new CollectionTerminatedException();
      }
      posts = new long[values.size()];
      sums = new double[values.size()];
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int i = 0; i < values.size(); i++) {
        NumericDocValues dv = values.get(i);
        if (dv.advanceExact(doc)) {
          posts[i]++;
          sums[i] += NumericUtils.sortableLongToDouble(dv.longValue());
        }
      }
    }

    void flush() {
      for (int i = 0; i < values.size(); i++) {
        if (posts[i] > 0) {
          tally.add(targetAndClass.get(i)[0], targetAndClass.get(i)[1], posts[i], sums[i]);
        }
      }
      targetAndClass.clear();
      values.clear();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
