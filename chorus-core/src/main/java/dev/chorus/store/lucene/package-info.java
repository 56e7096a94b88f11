/**
 * The embedded default store: a Lucene 9.12 index on local disk. {@link dev.chorus.store.lucene.LucenePostStore}
 * upserts by post id and commits durably; {@link dev.chorus.store.lucene.PostDocuments} maps posts to documents with
 * per-language analysed text fields, doc values for time and facet fields; {@link
 * dev.chorus.store.lucene.SearchAnalyzers} holds the language analysis chains.
 */
package dev.chorus.store.lucene;
