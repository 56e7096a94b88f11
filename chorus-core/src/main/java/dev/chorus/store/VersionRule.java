package dev.chorus.store;

/**
 * Which of two copies of one post a store keeps, whatever order they arrive in: a collected copy wins over a
 * referenced one (a post first seen as context and later collected becomes collected, never the other way round, even
 * when the context copy is a later edit); then a later version wins; at equal versions the greater content hash
 * (unsigned) wins; the same hash does not. A total order, so any arrival order of the same copies stores the same one.
 * Every store applies this one rule.
 */
public final class VersionRule {
  private VersionRule() {}

  /**
   * Whether a copy replaces the stored one.
   *
   * @param referenced 1 for a referenced copy, 0 for a collected one
   * @param stored {version, hash, referenced} of the stored copy
   */
  public static boolean wins(long referenced, long version, long hash, long[] stored) {
    if (referenced != stored[2]) {
      return referenced < stored[2];
    }
    return wins(version, hash, stored[0], stored[1]);
  }

  /** Of two copies with the same role: a later version wins; at equal versions the greater hash (unsigned). */
  public static boolean wins(long version, long hash, long storedVersion, long storedHash) {
    return version != storedVersion ? version > storedVersion : Long.compareUnsigned(hash, storedHash) > 0;
  }

  /**
   * What re-labelling a copy does to the stored one ({@link PostStore#relabel}): null when it is to be written (the
   * same copy, role and version, with other labels: it replaces the stored one whatever the hashes say, since labels
   * are derived from the copy, not a copy of their own), UNCHANGED for the very same copy, DUPLICATE when another copy
   * or none is stored.
   */
  public static UpsertOutcome relabelling(long referenced, long version, long hash, long[] stored) {
    if (stored == null || referenced != stored[2] || version != stored[0]) {
      return UpsertOutcome.DUPLICATE;
    }
    return hash == stored[1] ? UpsertOutcome.UNCHANGED : null;
  }

  /** What an upsert that does not win did: the very same copy is {@code UNCHANGED}, any other a {@code DUPLICATE}. */
  public static UpsertOutcome losing(long referenced, long version, long hash, long[] stored) {
    return referenced == stored[2] && version == stored[0] && hash == stored[1] ? UpsertOutcome.UNCHANGED
        : UpsertOutcome.DUPLICATE;
  }
}
