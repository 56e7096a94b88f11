package dev.chorus.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the live document of a post id in one reader and returns its version, content hash and whether it is a
 * referenced copy. Not thread-safe: the
 * store calls it under its lock.
 */
final class IdLookup {
  private final List<LeafReader> leaves = new ArrayList<>();
  private final List<TermsEnum> termsEnums = new ArrayList<>();
  private PostingsEnum postings;

  IdLookup(DirectoryReader reader) throws IOException {
    // newest segments first: a live copy is most likely there after updates
    List<LeafReaderContext> ctx = new ArrayList<>(reader.leaves());
    java.util.Collections.reverse(ctx);
    for (LeafReaderContext c : ctx) {
      Terms terms = c.reader().terms(PostDocuments.ID);
      if (terms != null) {
        leaves.add(c.reader());
        termsEnums.add(terms.iterator());
      }
    }
  }

  /**
   * {version, hash, referenced (1) or collected (0)} of the live document with this id, or null. A document written
   * before roles were stored has no referenced value: collected, as every post was counted then.
   */
  long[] versionAndHash(String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (int i = 0; i < leaves.size(); i++) {
      TermsEnum te = termsEnums.get(i);
      if (!te.seekExact(term)) {
        continue;
      }
      LeafReader leaf = leaves.get(i);
      Bits live = leaf.getLiveDocs();
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          return new long[] {value(leaf, PostDocuments.VERSION, doc), value(leaf, PostDocuments.HASH, doc),
              value(leaf, PostDocuments.REFERENCED, doc)};
        }
      }
    }
    return null;
  }

  private static long value(LeafReader leaf, String field, int doc) throws IOException {
    NumericDocValues dv = DocValues.getNumeric(leaf, field);
    return dv.advanceExact(doc) ? dv.longValue() : 0;
  }
}
