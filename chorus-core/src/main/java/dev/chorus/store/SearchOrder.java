package dev.chorus.store;

/** Order of search results. */
public enum SearchOrder {
  NEWEST,
  RELEVANCE
}
