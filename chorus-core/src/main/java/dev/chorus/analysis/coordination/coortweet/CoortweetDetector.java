package dev.chorus.analysis.coordination.coortweet;

import java.io.IOException;
import java.util.Arrays;

/**
 * Finds the pairs of shares that CooRTweet's {@code detect_groups} (Righetti &amp; Balluff) returns, with the same
 * filters in the same order, but by a sweep instead of a self-join, so time and memory grow with the input and the
 * output rather than with the square of the largest object.
 *
 * <ol>
 *   <li>Accounts with fewer than {@code minParticipation} rows in the input are dropped.</li>
 *   <li>Per object, every pair of shares at most {@code timeWindow} seconds apart (inclusive) is a candidate.</li>
 *   <li>With {@code removeLoops}: pairs of one account, of one content id, or whose content id equals the object id
 *       are dropped.</li>
 *   <li>Let C be every content id in the pairs that remain. An account qualifies when at least
 *       {@code minParticipation} of its input rows have a content id in C (rows are counted, as CooRTweet counts
 *       {@code .N}); a pair is kept when either of its content ids belongs to a qualifying account's rows.
 *       Skipped when {@code minParticipation < 1}, as in CooRTweet.</li>
 *   <li>The earlier share comes first; on equal times the one earlier in the input (CooRTweet's order).</li>
 * </ol>
 *
 * Step 4 needs the whole candidate set, so the sweep runs twice: once to mark C, once to emit. Sweeping is cheap
 * next to holding the pairs. Stateless and thread-safe.
 */
public final class CoortweetDetector {

  public DetectionSummary detect(ShareTable table, DetectionParameters p, PairSink sink) throws IOException {
    int ids = table.idCount();
    boolean[] active = activeRows(table, p);
    int[] order = ShareOrder.byObjectThenTime(table, active);

    boolean[] inResult = new boolean[ids];
    sweep(table, order, p, (a, b, d) -> {
      inResult[table.content(a)] = true;
      inResult[table.content(b)] = true;
    });

    boolean[] qualifying = p.filtersByResult() ? qualifyingContents(table, active, inResult, p) : null;
    boolean[] accountSeen = new boolean[ids];
    boolean[] objectSeen = new boolean[ids];
    long[] counts = new long[3];
    sweep(table, order, p, new PairSink() {
      @Override
      public void pair(int a, int b, long d) throws IOException {
        if (qualifying != null && !qualifying[table.content(a)] && !qualifying[table.content(b)]) {
          return;
        }
        counts[0]++;
        counts[1] += mark(accountSeen, table.account(a)) + mark(accountSeen, table.account(b));
        counts[2] += mark(objectSeen, table.object(a));
        sink.pair(a, b, d);
      }

      @Override
      public void endObject(int object) throws IOException {
        sink.endObject(object);
      }
    });
    return new DetectionSummary(table.size(), counts[0], (int) counts[1], (int) counts[2]);
  }

  private static int mark(boolean[] seen, int id) {
    if (seen[id]) {
      return 0;
    }
    seen[id] = true;
    return 1;
  }

  /** Rows of accounts with at least {@code minParticipation} rows (CooRTweet's pre-filter). */
  private static boolean[] activeRows(ShareTable t, DetectionParameters p) {
    int[] perAccount = new int[t.idCount()];
    for (int r = 0; r < t.size(); r++) {
      perAccount[t.account(r)]++;
    }
    boolean[] active = new boolean[t.size()];
    for (int r = 0; r < t.size(); r++) {
      active[r] = p.active(perAccount[t.account(r)]);
    }
    return active;
  }

  /** Content ids of the rows of accounts with enough rows whose content is in the result (CooRTweet's post-filter). */
  private static boolean[] qualifyingContents(ShareTable t, boolean[] active, boolean[] inResult,
      DetectionParameters p) {
    int[] perAccount = new int[t.idCount()];
    for (int r = 0; r < t.size(); r++) {
      if (active[r] && inResult[t.content(r)]) {
        perAccount[t.account(r)]++;
      }
    }
    boolean[] qualifying = new boolean[t.idCount()];
    for (int r = 0; r < t.size(); r++) {
      if (active[r] && inResult[t.content(r)] && p.qualifies(perAccount[t.account(r)])) {
        qualifying[t.content(r)] = true;
      }
    }
    return qualifying;
  }

  /** Emits, per object, every pair within the window that is not a loop (when loops are removed). */
  private static void sweep(ShareTable t, int[] order, DetectionParameters p, PairSink sink) throws IOException {
    int start = 0;
    while (start < order.length) {
      int object = t.object(order[start]);
      int end = start;
      while (end < order.length && t.object(order[end]) == object) {
        end++;
      }
      for (int i = start; i < end; i++) {
        int a = order[i];
        long ta = t.time(a);
        for (int j = i + 1; j < end && p.withinWindow(ta, t.time(order[j])); j++) {
          int b = order[j];
          if (!isLoop(t, a, b, object, p)) {
            sink.pair(a, b, t.time(b) - ta);
          }
        }
      }
      sink.endObject(object);
      // the server's request budget: a popular hashtag at a million posts must not hold a thread for minutes
      dev.chorus.store.QueryBudget.check();
      start = end;
    }
  }

  private static boolean isLoop(ShareTable t, int a, int b, int object, DetectionParameters p) {
    // one dictionary for objects, accounts and contents: equal ids are equal strings
    return p.dropsLoop(t.account(a) == t.account(b), t.content(a) == t.content(b),
        t.content(a) == object || t.content(b) == object);
  }

  /** Sorting without boxing: counting sort by object, then each object's rows by (time, input row). */
  static final class ShareOrder {
    private ShareOrder() {}

    static int[] byObjectThenTime(ShareTable t, boolean[] active) {
      int[] start = new int[t.idCount() + 1];
      int n = 0;
      long minTime = Long.MAX_VALUE;
      long maxTime = Long.MIN_VALUE;
      for (int r = 0; r < t.size(); r++) {
        if (active[r]) {
          start[t.object(r) + 1]++;
          n++;
          minTime = Math.min(minTime, t.time(r));
          maxTime = Math.max(maxTime, t.time(r));
        }
      }
      if (n > 0 && (maxTime - minTime >= (1L << 32) || maxTime - minTime < 0)) {
        throw new IllegalArgumentException("timestamps span more than 2^32 seconds (" + minTime + " .. " + maxTime
            + "): are they epoch seconds?");
      }
      for (int i = 1; i < start.length; i++) {
        start[i] += start[i - 1];
      }
      int[] order = new int[n];
      int[] fill = Arrays.copyOf(start, start.length);
      for (int r = 0; r < t.size(); r++) {
        if (active[r]) {
          order[fill[t.object(r)]++] = r;
        }
      }
      long[] keys = new long[0];
      for (int o = 0; o < start.length - 1; o++) {
        int from = start[o];
        int len = start[o + 1] - from;
        if (len < 2) {
          continue;
        }
        if (keys.length < len) {
          keys = new long[Math.max(len, keys.length * 2)];
        }
        for (int i = 0; i < len; i++) {
          int row = order[from + i];
          keys[i] = ((t.time(row) - minTime) << 31) | row;
        }
        Arrays.sort(keys, 0, len);
        for (int i = 0; i < len; i++) {
          order[from + i] = (int) (keys[i] & 0x7fffffffL);
        }
      }
      return order;
    }
  }
}
