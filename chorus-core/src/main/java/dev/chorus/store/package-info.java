/**
 * Persistence and queries of canonical posts: the {@link dev.chorus.store.PostStore} contract, the filter shared by
 * CLI, API and exports ({@link dev.chorus.store.PostQuery}) and the result types. A store is opened by URL through
 * {@link dev.chorus.store.PostStores}, which finds the {@link dev.chorus.store.PostStoreProvider} of the URL's scheme;
 * the embedded default ({@code lucene:}) lives in {@code store.lucene}.
 */
package dev.chorus.store;
