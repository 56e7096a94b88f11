package dev.chorus.source.bluesky;

/**
 * An {@code at://authority/collection/rkey} record uri.
 *
 * @param did the repository (a DID, or a handle in hand-written uris)
 * @param collection the record's collection NSID, e.g. {@code app.bsky.feed.post}
 * @param rkey the record key
 */
record AtUri(String did, String collection, String rkey) {
  static final String POST = "app.bsky.feed.post";
  static final String REPOST = "app.bsky.feed.repost";

  /** Parses a record uri; null when {@code uri} is not of that form. */
  static AtUri parse(String uri) {
    if (uri == null || !uri.startsWith("at://")) {
      return null;
    }
    String[] parts = uri.substring(5).split("/", -1);
    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
      return null;
    }
    return new AtUri(parts[0], parts[1], parts[2]);
  }

  static String of(String did, String collection, String rkey) {
    return "at://" + did + "/" + collection + "/" + rkey;
  }

  boolean isPost() {
    return POST.equals(collection);
  }

  @Override
  public String toString() {
    return of(did, collection, rkey);
  }
}
