/**
 * What a collection covers: per platform, the time span, the number of posts and the days inside that span with no
 * post (collection gaps, which an analyst must know before reading a trend), plus what ingest rejected, read from the
 * workspace's rejects folder. Computed from the store through {@link dev.chorus.store.PostStore}, so the CLI, the API
 * and the report show the same figures.
 */
package dev.chorus.coverage;
