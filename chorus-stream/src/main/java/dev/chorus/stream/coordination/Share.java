package dev.chorus.stream.coordination;

/**
 * One row of a CooRTweet share table, as the batch analysis builds it from a post: account {@code account} shared
 * {@code object} (of kind {@code kind}) in post {@code content} at {@code time} (epoch seconds).
 *
 * @param rows how many objects of this kind the post shares: the rows its content id has in the batch table, which
 *     the participation rule counts
 */
public record Share(String kind, String object, String account, String content, long time, int rows) {
  /** The key of the shared object: kind and value. */
  public String objectKey() {
    return kind + '\u0000' + object;
  }

  /** The key of the sharing account within one detection run (kind). */
  public String accountKey() {
    return kind + '\u0000' + account;
  }

  /**
   * Whether this share comes first in a pair with {@code other}: the earlier one, on equal times the smaller content
   * id (the batch detector keeps input order there, which a stream does not have; consumers compare such pairs
   * unordered).
   */
  public boolean before(Share other) {
    return time != other.time ? time < other.time : content.compareTo(other.content) <= 0;
  }
}
