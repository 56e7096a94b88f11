/**
 * The cluster store: posts in an OpenSearch 2.19 index behind the same {@link dev.chorus.store.PostStore} contract as
 * the embedded index, opened as {@code opensearch://host:port/index}. The index mirrors the embedded one field for
 * field ({@link dev.chorus.store.lucene.PostDocuments}); free text is parsed on the client by the embedded store's
 * parser ({@link dev.chorus.store.lucene.FreeTextQueries}) and its Lucene query translated to the query DSL
 * ({@link dev.chorus.store.opensearch.QueryTranslator}), so both stores read one syntax the same way; upserts follow
 * {@link dev.chorus.store.VersionRule} with external versions, so concurrent writers converge.
 */
package dev.chorus.store.opensearch;
