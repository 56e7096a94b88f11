package dev.chorus.report;

/**
 * The stretch of a daily series a chart shows: all of it, unless a few stray posts stretch it far beyond where the
 * posts are (a campaign of three weeks with one post from a year earlier draws a year of empty axis and bars too thin
 * to see). Then the shortest run of buckets holding {@link #SHARE} of the posts, when that is at most half the span;
 * the chart says what it leaves out.
 *
 * @param from first bucket shown
 * @param to one past the last bucket shown
 * @param left posts in buckets before {@code from} or from {@code to} on
 */
record ReadableSpan(int from, int to, long left) {
  static final double SHARE = 0.98;

  static ReadableSpan of(long[] total) {
    long sum = 0;
    for (long n : total) {
      sum += n;
    }
    long need = (long) Math.ceil(sum * SHARE);
    int bestFrom = 0;
    int bestTo = total.length;
    long inside = 0;
    for (int from = 0, to = 0; from < total.length; inside -= total[from++]) {
      while (to < total.length && inside < need) {
        inside += total[to++];
      }
      if (inside >= need && to - from < bestTo - bestFrom) {
        bestFrom = from;
        bestTo = to;
      }
    }
    if (sum == 0 || 2 * (bestTo - bestFrom) > total.length) {
      return new ReadableSpan(0, total.length, 0);
    }
    long shown = 0;
    for (int i = bestFrom; i < bestTo; i++) {
      shown += total[i];
    }
    return new ReadableSpan(bestFrom, bestTo, sum - shown);
  }

  boolean whole(int buckets) {
    return from == 0 && to == buckets;
  }
}
