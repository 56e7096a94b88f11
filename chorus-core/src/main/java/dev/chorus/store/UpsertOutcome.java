package dev.chorus.store;

/** What an upsert did, as counted in the ingest summary. */
public enum UpsertOutcome {
  /** The post was new. */
  ADDED,
  /** A stored copy was replaced by a newer version, or by one of the same version with a greater content hash. */
  UPDATED,
  /** The store already had this version or one that wins over it (see {@link PostStore}); nothing changed. */
  DUPLICATE
}
