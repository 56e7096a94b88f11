/**
 * The embedded default store: a Lucene 9.12 index on local disk. {@link dev.chorus.store.lucene.LucenePostStore}
 * upserts by post id and commits durably; {@link dev.chorus.store.lucene.PostDocuments} maps posts to documents with
 * per-language analysed text fields, doc values for time and facet fields and what coordination reads of a post
 * ({@link dev.chorus.store.lucene.ShareDocValues}, read by {@link dev.chorus.store.lucene.ShareReads}); {@link
 * dev.chorus.store.lucene.SearchAnalyzers} picks each field's analyser; {@link
 * dev.chorus.store.lucene.TextAnalyzers} holds the language analysis chains, shared with the OpenSearch analysis
 * plugin (so it depends on Lucene and {@link dev.chorus.text.TextFolding} only). {@link
 * dev.chorus.store.lucene.LimitedQueryParser} and {@link dev.chorus.store.lucene.QueryComplexity} check a query's
 * limits while and after it is parsed; every query runs on a {@link dev.chorus.store.lucene.BudgetedSearcher}.
 * Reads run on a {@link dev.chorus.store.lucene.IndexSnapshots} snapshot, whose {@link
 * dev.chorus.store.lucene.FacetMemo} keeps the facet counts of its recent filters (one page view asks one filter
 * several times); {@link dev.chorus.store.lucene.LuceneStats} and {@link dev.chorus.store.lucene.LuceneTimeSeries}
 * count from doc values only, never from stored posts, as {@link dev.chorus.store.lucene.StanceDocValues} sums the
 * calibrated stance probabilities.
 */
package dev.chorus.store.lucene;
