/**
 * Ingest: files, folders, zip archives and standard input ({@code -}) in, posts in the store out
 * ({@link dev.chorus.ingest.InputFiles}: only regular files are read; a pipe, device or socket is refused by name).
 * Detects each file's format, streams it through its source, pseudonymises, upserts, commits in bounded batches,
 * writes rejected records to a rejects file and counts everything in an {@link dev.chorus.ingest.IngestSummary}
 * (added, updated, unchanged, duplicates, rejected). A write that fails ends the run with a
 * {@link dev.chorus.ingest.WriteFailure} naming the file and what is intact. A collector's pages (in-memory inputs,
 * one source for all) take the same path through {@link dev.chorus.ingest.IngestService#ingestInputs}.
 */
package dev.chorus.ingest;
