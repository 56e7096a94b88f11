package dev.chorus.store;

/** What an upsert did, as counted in the ingest summary. */
public enum UpsertOutcome {
  /** The post was new. */
  ADDED,
  /** A stored copy was replaced by a newer or changed version. */
  UPDATED,
  /** The store already had this version (or a newer one); nothing changed. */
  DUPLICATE
}
