/**
 * Ingest: files and folders in, posts in the store out. Detects each file's format, streams it through its source,
 * pseudonymises, upserts, commits in bounded batches, writes rejected records to a rejects file and counts everything
 * in an {@link dev.chorus.ingest.IngestSummary}.
 */
package dev.chorus.ingest;
