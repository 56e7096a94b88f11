package dev.chorus.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON bodies of recent GET requests, least recently used dropped first, bounded in bytes. Exact, not
 * approximate: every entry belongs to one store generation ({@link dev.chorus.store.PostStore#generation()}), and
 * the whole cache is dropped as soon as a request sees a newer one (an ingest committed while the server runs), so
 * an answer never outlives the data it was computed from. It matters because the dashboard asks the same few
 * questions for every view and every viewer, and counting a million posts takes tens of milliseconds each time.
 */
final class ResponseCache {
  private final long maxBytes;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long generation = Long.MIN_VALUE;

  ResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The key of a request: its path and its parameters in a canonical order (the token left out). */
  static String key(String path, Map<String, List<String>> params) {
    TreeMap<String, List<String>> sorted = new TreeMap<>(params);
    sorted.remove(ApiRequest.TOKEN);
    return path + "?" + sorted;
  }

  /** The cached answer of the store generation seen by this request, or null. */
  synchronized byte[] get(long storeGeneration, String key) {
    follow(storeGeneration);
    return entries.get(key);
  }

  /**
   * Keeps an answer computed after reading {@code storeGeneration}. Its snapshot may be newer still (the store may
   * refresh meanwhile), but then no later request reads that generation again, so it is never served for an older one.
   */
  synchronized void put(long storeGeneration, String key, byte[] body) {
    follow(storeGeneration);
    if (body.length > maxBytes / 4) {
      return; // one huge answer must not flush everything else
    }
    byte[] old = entries.put(key, body);
    bytes += body.length - (old == null ? 0 : old.length);
    Iterator<byte[]> eldest = entries.values().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().length;
      eldest.remove();
    }
  }

  /**
   * Moves to another generation, dropping every answer of the one before: normally a newer one, but an index deleted
   * and ingested again may start its numbers anew, so any change counts.
   */
  private void follow(long storeGeneration) {
    if (storeGeneration != generation) {
      entries.clear();
      bytes = 0;
      generation = storeGeneration;
    }
  }
}
