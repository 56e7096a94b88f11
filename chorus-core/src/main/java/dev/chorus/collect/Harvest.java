package dev.chorus.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one collector run brought in: the raw pages (with their item counts), the cursor as it stands after them, and
 * the gaps it could not cover. The cursor starts as the previous run's and is saved only after the pages are stored.
 */
public final class Harvest {
  /** One response body and how many items (statuses, posts, entries) it held. */
  public record Page(byte[] body, int items) {}

  private final Map<String, String> previous;
  private final Map<String, String> cursor;
  private final int maxPages;
  private final Http http;
  private final java.util.function.BooleanSupplier stopRequested;
  private boolean stoppedEarly;
  private final List<Page> pages = new ArrayList<>();
  private final List<String> gaps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Harvest(Map<String, String> previous, int maxPages, Http http) {
    this(previous, maxPages, http, () -> false);
  }

  /** @param stopRequested true once the process is asked to stop: paging ends after the page in hand */
  Harvest(Map<String, String> previous, int maxPages, Http http, java.util.function.BooleanSupplier stopRequested) {
    this.previous = Map.copyOf(previous);
    this.cursor = new LinkedHashMap<>(previous);
    this.maxPages = maxPages;
    this.http = http;
    this.stopRequested = stopRequested;
  }

  /** A value of the previous run's cursor, or null on a first run. */
  public String previous(String key) {
    return previous.get(key);
  }

  public boolean firstRun() {
    return previous.isEmpty();
  }

  /** Whether another page may be fetched in this run. */
  public boolean mayFetch() {
    if (pages.size() >= maxPages) {
      return false;
    }
    if (!pages.isEmpty() && stopRequested.getAsBoolean()) {
      // a stop ends paging like the page limit does: what was fetched is stored and the cursor kept with it
      if (!stoppedEarly) {
        stoppedEarly = true;
        note("stopped on request after " + pages.size() + " pages; the next run continues from here");
      }
      return false;
    }
    return true;
  }

  /** Whether the process asked to stop (a stream collector ends its read and keeps what arrived). */
  public boolean stopRequested() {
    return stopRequested.getAsBoolean();
  }

  public int maxPages() {
    return maxPages;
  }

  /** Keeps a fetched body; {@code items} is how many posts or entries it held (recorded with its request). */
  public void page(byte[] body, int items) {
    pages.add(new Page(body, items));
    http.itemsOfLast(items);
  }

  /** An answer that held nothing new (an empty page, a 304): recorded with 0 items, nothing to store. */
  public void empty() {
    http.itemsOfLast(0);
  }

  /** Moves the cursor (only to what was handed over with {@link #page}). */
  public void cursor(String key, String value) {
    if (value != null) {
      cursor.put(key, value);
    }
  }

  /** A stretch this run could not cover, in words (coverage shows it as a gap). */
  public void gap(String what) {
    gaps.add(what);
  }

  /** Something the analyst should know that is not a gap (e.g. older history left for a later run). */
  public void note(String what) {
    notes.add(what);
  }

  public List<Page> pages() {
    return List.copyOf(pages);
  }

  public Map<String, String> cursor() {
    return Map.copyOf(cursor);
  }

  public List<String> gaps() {
    return List.copyOf(gaps);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  public long fetched() {
    return pages.stream().mapToLong(Page::items).sum();
  }
}
