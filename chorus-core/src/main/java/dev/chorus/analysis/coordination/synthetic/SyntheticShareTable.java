package dev.chorus.analysis.coordination.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * Writes a made-up CooRTweet share table for benchmarks: {@code rows} shares by {@code rows / 10} accounts of
 * {@code rows / 5} objects (a few objects very popular) over 30 days, plus bursts in which groups of 20 accounts share
 * one object within 10 seconds (about 2% of the rows). The same seed gives the same bytes.
 */
public final class SyntheticShareTable {
  private static final long START = 1_743_465_600L; // 2025-04-01T00:00:00Z
  private static final long PERIOD = 30 * 86_400L;
  private static final int BURST_ACCOUNTS = 20;

  private final long seed;

  public SyntheticShareTable(long seed) {
    this.seed = seed;
  }

  public void write(Writer out, int rows) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    int accounts = Math.max(BURST_ACCOUNTS * 2, rows / 10);
    int objects = Math.max(10, rows / 5);
    out.write("object_id,account_id,content_id,timestamp_share\n");
    int written = 0;
    int burst = 0;
    while (written < rows) {
      if (rnd.nextInt(50) == 0 && rows - written >= BURST_ACCOUNTS) {
        long at = START + rnd.nextLong(PERIOD);
        int group = rnd.nextInt(50) * BURST_ACCOUNTS;
        for (int m = 0; m < BURST_ACCOUNTS; m++) {
          line(out, "burst" + burst, "acc" + ((group + m) % accounts), written++, at + rnd.nextInt(10));
        }
        burst++;
      } else {
        int object = (int) (objects * Math.pow(rnd.nextDouble(), 2));
        line(out, "obj" + object, "acc" + rnd.nextInt(accounts), written++, START + rnd.nextLong(PERIOD));
      }
    }
  }

  private static void line(Writer out, String object, String account, int content, long time) throws IOException {
    out.write(object);
    out.write(',');
    out.write(account);
    out.write(",c");
    out.write(Integer.toString(content));
    out.write(',');
    out.write(Long.toString(time));
    out.write('\n');
  }
}
