/**
 * Persistence and queries of canonical posts: the {@link dev.chorus.store.PostStore} contract, the filter shared by
 * CLI, API and exports ({@link dev.chorus.store.PostQuery}) and the result types. A store is opened by URL through
 * {@link dev.chorus.store.PostStores}, which finds the {@link dev.chorus.store.PostStoreProvider} of the URL's scheme;
 * the embedded default ({@code lucene:}) lives in {@code store.lucene}. What a free-text query may ask for is bounded
 * ({@link dev.chorus.store.QueryLimit}, refused before it runs with {@link dev.chorus.store.QueryTooComplexException}),
 * and a caller may give the store calls of its thread a time budget ({@link dev.chorus.store.QueryBudget}).
 * {@link dev.chorus.store.StanceShares} is the one rule of calibrated stance shares every store sums to.
 */
package dev.chorus.store;
