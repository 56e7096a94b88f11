package dev.chorus.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON bodies of recent GET requests, least recently used dropped first, bounded in bytes. Exact, not
 * approximate: the server reads the store as of its last commit, which does not change while it serves, so the same
 * request always has the same answer. It matters because the dashboard asks the same few questions for every view
 * and every viewer, and counting a million posts takes tens of milliseconds each time.
 */
final class ResponseCache {
  private final long maxBytes;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  ResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The key of a request: its path and its parameters in a canonical order (the token left out). */
  static String key(String path, Map<String, List<String>> params) {
    TreeMap<String, List<String>> sorted = new TreeMap<>(params);
    sorted.remove(ApiRequest.TOKEN);
    return path + "?" + sorted;
  }

  synchronized byte[] get(String key) {
    return entries.get(key);
  }

  synchronized void put(String key, byte[] body) {
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
}
