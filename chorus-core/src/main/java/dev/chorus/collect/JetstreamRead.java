package dev.chorus.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run's reading of a Jetstream: events are gathered one a line into pages of {@link #PAGE_EVENTS}, each handed
 * to the harvest with the cursor moved to its last {@code time_us}, so that whatever stops the stream, what arrived is
 * stored with the position of the last stored event. Reads of an event only what the position and the run's summary
 * need ({@code time_us}, {@code kind}, {@code commit.operation}): events that are not posts (identity and account
 * events, deletes) are counted in a note, not rejected; a frame that is not JSON goes to the source, which rejects it
 * with its reason; a frame left out (too long, binary) is a gap.
 */
final class JetstreamRead {
  static final int PAGE_EVENTS = 1000;
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Harvest harvest;
  private final ByteArrayOutputStream page = new ByteArrayOutputStream();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private int inPage;
  private long events;
  private Long lastTime;
  private String ended;
  private String broken;

  JetstreamRead(Harvest harvest) {
    this.harvest = harvest;
  }

  /**
   * Reads until {@code deadline} ({@link System#nanoTime()}), the end of the stream, the run's page limit or a stop
   * request (looked at every half second and after every page, as other collectors look between pages).
   */
  void until(JetstreamFrames frames, long deadline) throws InterruptedException {
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return; // time is up
      }
      JetstreamFrames.Frame f = frames.next(Math.min(left, 500));
      if (f == null) {
        if (mustStop()) {
          return;
        }
        continue;
      }
      if (f.end() != null) {
        ended = f.end();
        broken = f.broken() ? f.end() : null;
        return;
      }
      if (f.leftOut() != null) {
        harvest.gap(f.leftOut() + " was left out" + (lastTime == null ? "" : " after time_us " + lastTime));
      } else {
        add(f.text());
        if (inPage == 0 && mustStop()) {
          return;
        }
      }
    }
  }

  private void add(String text) {
    events++;
    // Jetstream's JSON has no raw line breaks; a broken frame might: kept on one line, the source rejects it whole
    page.writeBytes(text.replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8));
    page.write('\n');
    inPage++;
    count(text);
    if (inPage >= PAGE_EVENTS) {
      flush();
    }
  }

  /** Whether the run must end: its page limit is reached or the process is stopping (what arrived is kept). */
  private boolean mustStop() {
    if (harvest.stopRequested()) {
      harvest.note("stopped on request after " + events + " events; the next run continues from here");
      return true;
    }
    if (harvest.pages().size() >= harvest.maxPages()) {
      harvest.note("read " + events + " events, the page limit (" + harvest.maxPages() + " pages of up to "
          + PAGE_EVENTS + " events); the next run continues from here");
      return true;
    }
    return false;
  }

  private void count(String text) {
    JsonNode event;
    try {
      event = MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return; // the source rejects it, naming the problem
    }
    if (event == null || !event.isObject()) {
      return;
    }
    JsonNode time = event.get("time_us");
    if (time != null && time.canConvertToLong()) {
      lastTime = lastTime == null ? time.asLong() : Math.max(lastTime, time.asLong());
    }
    String kind = Bodies.text(event, "kind");
    if (kind != null && !"commit".equals(kind)) {
      skipped.merge(kind, 1, Integer::sum);
    } else if ("delete".equals(Bodies.text(event.path("commit"), "operation"))) {
      skipped.merge("delete", 1, Integer::sum);
    }
  }

  private void flush() {
    if (inPage > 0) {
      harvest.page(page.toByteArray(), inPage);
      harvest.cursor("time_us", lastTime == null ? null : lastTime.toString());
      page.reset();
      inPage = 0;
    }
  }

  /** Hands over the last page and says what was skipped and how the stream ended. */
  void finish() {
    flush();
    if (events == 0) {
      harvest.empty();
    }
    if (!skipped.isEmpty()) {
      StringBuilder s = new StringBuilder();
      skipped.forEach((k, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
      harvest.note("skipped events that are not posts: " + s);
    }
    if (ended != null && broken == null) {
      harvest.note(ended + " after " + events + " events; the next run resumes after the last of them");
    }
  }

  long events() {
    return events;
  }

  String broken() {
    return broken;
  }
}
