/**
 * Ingest: files and folders in, posts in the store out. Detects each file's format, streams it through its source,
 * pseudonymises, upserts, commits in bounded batches, writes rejected records to a rejects file and counts everything
 * in an {@link dev.chorus.ingest.IngestSummary}. A collector's pages (in-memory inputs, one source for all) take the
 * same path through {@link dev.chorus.ingest.IngestService#ingestInputs}.
 */
package dev.chorus.ingest;
