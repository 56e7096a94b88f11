package dev.chorus.store;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Where a page of search results ended, handed to the client as an opaque string ({@code next}) and given back to
 * fetch the page after it. It holds the sort values of the page's last post (newest first: creation time and content
 * hash; by relevance: score and content hash), so a newest-first page after it is the same whatever was ingested in
 * between (newer posts come before the cursor, never inside a later page); relevance scores move with the
 * collection's statistics, so relevance pages are only as stable as those.
 *
 * @param order the order the cursor belongs to
 * @param score the last post's score (relevance order), 0 otherwise
 * @param created the last post's creation time in epoch milliseconds (newest order), 0 otherwise
 * @param hash the last post's content hash: the tiebreak of both orders
 */
public record SearchCursor(SearchOrder order, float score, long created, long hash) {
  private static final byte VERSION = 1;

  /** The opaque text form. */
  public String encode() {
    ByteBuffer b = ByteBuffer.allocate(1 + 1 + 4 + 8 + 8).put(VERSION).put((byte) order.ordinal()).putFloat(score)
        .putLong(created).putLong(hash);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /**
   * The cursor a text stands for, for the order asked for.
   *
   * @throws IllegalArgumentException in words, when it is not a cursor of this order given by a search
   */
  public static SearchCursor decode(String text, SearchOrder expected) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != 22 || bytes[0] != VERSION || bytes[1] < 0 || bytes[1] >= SearchOrder.values().length) {
      throw new IllegalArgumentException("expected the 'next' value of an earlier search's answer, found '"
          + text + "'");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, 2, 20);
    SearchCursor c = new SearchCursor(SearchOrder.values()[bytes[1]], b.getFloat(), b.getLong(), b.getLong());
    if (c.order() != expected) {
      throw new IllegalArgumentException("this cursor pages results sorted by " + name(c.order())
          + ", but this search sorts by " + name(expected) + ": use the same sort as the search that gave it");
    }
    return c;
  }

  private static String name(SearchOrder o) {
    return o == SearchOrder.RELEVANCE ? "relevance" : "newest";
  }
}
