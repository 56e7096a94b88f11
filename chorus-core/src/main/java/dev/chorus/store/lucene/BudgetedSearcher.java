package dev.chorus.store.lucene;

import dev.chorus.store.QueryBudget;
import dev.chorus.store.QueryLimit;
import dev.chorus.store.QueryTooComplexException;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The searcher of every store query. Under a {@link QueryBudget} (the server's requests) it stops a query that runs
 * past it: collection through Lucene's query timeout, checked after each segment (Lucene otherwise returns a partial
 * result quietly), and the expansion of fuzzy terms and patterns (a rewrite, which the timeout does not cover) on
 * a reader that checks the budget while it walks the term dictionary. Either way the query ends with
 * {@link dev.chorus.store.QueryBudgetExceededException}, never with a partial answer. A query that expands past
 * Lucene's own limits is refused with the {@link QueryLimit} it exceeded.
 */
final class BudgetedSearcher extends IndexSearcher {
  private final QueryBudget budget;
  private final DirectoryReader directoryReader;

  private BudgetedSearcher(IndexReader reader, QueryBudget budget) {
    super(reader);
    this.budget = budget;
    this.directoryReader = reader instanceof DirectoryReader d ? d : null;
    if (budget != null) {
      setTimeout(budget::spent);
    }
  }

  /** A searcher of {@code reader} under the calling thread's budget, if it has one. */
  static IndexSearcher of(IndexReader reader) {
    return new BudgetedSearcher(reader, QueryBudget.current());
  }

  @Override
  public Query rewrite(Query original) throws IOException {
    check();
    try {
      if (budget == null || directoryReader == null) {
        return super.rewrite(original);
      }
      // a searcher of the same commit whose term dictionaries give up once the budget is spent; the facet state
      // belongs to the plain reader, so only the rewrite runs on this one
      IndexSearcher exitable = new IndexSearcher(ExitableDirectoryReader.wrap(directoryReader, budget::spent));
      return exitable.rewrite(original);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw budget.exceeded();
    } catch (TooManyClauses e) {
      throw new QueryTooComplexException(QueryLimit.EXPANDED_TERMS, "more than " + getMaxClauseCount());
    } catch (FuzzyTermsEnum.FuzzyTermsException | TooComplexToDeterminizeException e) {
      throw new QueryTooComplexException(QueryLimit.AUTOMATON_STATES, "more than "
          + QueryLimit.AUTOMATON_STATES.allowed());
    }
  }

  @Override
  protected void searchLeaf(LeafReaderContext ctx, Weight weight, Collector collector) throws IOException {
    check();
    try {
      super.searchLeaf(ctx, weight, collector);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw budget.exceeded();
    }
    if (budget != null && (timedOut() || budget.spent())) {
      throw budget.exceeded();
    }
  }

  private void check() {
    if (budget != null && budget.spent()) {
      throw budget.exceeded();
    }
  }
}
