package dev.chorus.store.opensearch;

/**
 * The {@link dev.chorus.store.VersionRule} as one OpenSearch external version, so that the node itself keeps the
 * winning copy whatever order concurrent writers (a Flink job's parallel sinks) send two copies in: with {@code
 * version_type=external_gte} a write whose version is lower than the stored one is refused.
 *
 * <p>Layout, most significant first: bit 62 collected (1) or referenced (0); bits 20–61 the post's version in epoch
 * milliseconds (42 bits: until the year 2109; earlier than 1970 counts as 1970); bits 0–19 the top 20 bits of the
 * content hash. The client decides with the whole rule (full hash) before it writes; the node's order agrees with it
 * except between two copies with the same role and version whose hashes share their top 20 bits (one pair in a
 * million), where the last writer wins.
 */
final class ExternalVersions {
  private static final long MAX_MILLIS = (1L << 42) - 1;

  private ExternalVersions() {}

  static long of(long referenced, long versionMillis, long hash) {
    long millis = Math.max(0, Math.min(versionMillis, MAX_MILLIS));
    return ((1 - referenced) << 62) | (millis << 20) | (hash >>> 44);
  }
}
