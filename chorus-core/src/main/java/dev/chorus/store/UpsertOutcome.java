package dev.chorus.store;

/** What an upsert did, as counted in the ingest summary. */
public enum UpsertOutcome {
  /** The post was new. */
  ADDED,
  /** A stored copy was replaced by a newer version, or by one of the same version with a greater content hash. */
  UPDATED,
  /**
   * A different copy that loses to the stored one: an older version, or the same version whose content loses the tie
   * (see {@link PostStore}); nothing changed.
   */
  DUPLICATE,
  /** The store already holds this very copy (same version, same content): re-ingesting the same file; nothing changed. */
  UNCHANGED
}
