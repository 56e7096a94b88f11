package dev.chorus.collect;

/**
 * One configured collector (a platform and a target: a hashtag on an instance, a feed, a query). It only fetches and
 * pages: the bodies go to the {@link Harvest} untouched and are mapped by the {@code Source} named by
 * {@link #format()}, as a file of that format would be.
 *
 * <p>Contract: every page it fetched is handed to {@link Harvest#page}; it moves the cursor only to what it has
 * handed over ({@link Harvest#cursor}), so a failure keeps the position of the last complete step; a stretch it had to
 * leave out (page limit reached before the previous position) is reported with {@link Harvest#gap}, never silently.
 */
public interface Collector {
  /** The source id the bodies are in (e.g. {@code mastodon-api}). */
  String format();

  /**
   * What is collected, stable across runs and free of credentials, account ids pseudonymised: the cursor's key, the
   * provenance of the posts and the run file's {@code target}.
   */
  String target();

  /** Fetches what is new since the harvest's previous cursor (everything, up to the page limit, on a first run). */
  void collect(Http http, Harvest harvest) throws FetchFailedException, InterruptedException;

  /** An address as it may be recorded: account targets replaced by their pseudonym. */
  default String redact(String url) {
    return url;
  }
}
