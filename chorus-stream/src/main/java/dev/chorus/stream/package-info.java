/**
 * Streaming: the same sources, pseudonymiser and annotators as file ingest, run as a Flink job on Kafka.
 *
 * <p>Flow: raw platform input on a Kafka topic, one {@link dev.chorus.stream.RawRecord} a record (its format, its
 * name for provenance and its bytes: a whole export file or one line of a line-oriented format) → {@link
 * dev.chorus.stream.MapRecords} (the format's {@code Source}, {@link dev.chorus.ingest.PostStamp}, the workspace's
 * pseudonymiser and {@code AnnotationChain}, built in {@code open()}) → keyed by post id → {@link
 * dev.chorus.stream.StoreSink} (the store of a URL, committed at every checkpoint) and a transactional Kafka topic of
 * annotated posts. A record no source can read goes to the rejects topic with the reason file ingest would give. The
 * posts' coordinated sharing pairs go to their own topic ({@code dev.chorus.stream.coordination}).
 *
 * <p>Exactly once: the output topic through Kafka transactions committed with Flink's checkpoints; the store through
 * idempotent versioned upserts, committed before each checkpoint completes, so a replay after a failure rewrites only
 * what is already there ({@code StreamJobTest} forces a failure and checks both).
 */
package dev.chorus.stream;
