/**
 * Persistence and queries of canonical posts: the {@link dev.chorus.store.PostStore} contract, the filter shared by
 * CLI, API and exports ({@link dev.chorus.store.PostQuery}) and the result types. The embedded default lives in
 * {@code store.lucene}.
 */
package dev.chorus.store;
