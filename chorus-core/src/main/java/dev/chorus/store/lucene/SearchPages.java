package dev.chorus.store.lucene;

import dev.chorus.store.SearchCursor;
import dev.chorus.store.SearchOrder;
import org.apache.lucene.search.FieldDoc;

/**
 * Search cursors as Lucene's sort values: newest first sorts by (creation time, content hash), by relevance by
 * (score, content hash). The document number of a cursor is the reader's last, so that a post with the cursor's
 * very sort values counts as already shown: document numbers change when segments merge, sort values do not.
 */
final class SearchPages {
  private SearchPages() {}

  /** Where a page after {@code cursor} starts, in a reader of {@code maxDoc} documents. */
  static FieldDoc fieldDoc(SearchCursor cursor, int maxDoc) {
    Object[] values = cursor.order() == SearchOrder.RELEVANCE
        ? new Object[] {cursor.score(), cursor.hash()}
        : new Object[] {cursor.created(), cursor.hash()};
    return new FieldDoc(Math.max(0, maxDoc - 1), cursor.score(), values);
  }

  /** The cursor after the last post of a page, from its sort values. */
  static SearchCursor cursor(SearchOrder order, FieldDoc last) {
    if (order == SearchOrder.RELEVANCE) {
      return new SearchCursor(order, ((Number) last.fields[0]).floatValue(), 0, ((Number) last.fields[1]).longValue());
    }
    return new SearchCursor(order, 0, ((Number) last.fields[0]).longValue(), ((Number) last.fields[1]).longValue());
  }
}
