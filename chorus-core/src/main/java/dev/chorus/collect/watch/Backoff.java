package dev.chorus.collect.watch;

import java.time.Duration;
import java.util.Random;

/**
 * When a watched source runs next. After a success: its interval, spread by ±10% so that sources started together do
 * not keep hitting a host at the same second. After {@code n} failures in a row: full-jitter exponential back-off,
 * uniform in [½, 1] of {@code every · 2^(n-1)}, capped at {@link #CAP} (or the interval, when longer), and never
 * sooner than the platform asked ({@code Retry-After}).
 */
public final class Backoff {
  /** The longest pause after failures, unless the interval itself is longer. */
  static final Duration CAP = Duration.ofHours(1);

  private final Random random;

  public Backoff(Random random) {
    this.random = random;
  }

  public Duration afterSuccess(Duration every) {
    double factor = 0.9 + random.nextDouble() * 0.2;
    return Duration.ofMillis(Math.round(every.toMillis() * factor));
  }

  /** @param retryAfter what the platform asked for, or null */
  public Duration afterFailure(Duration every, int failures, Duration retryAfter) {
    long cap = Math.max(CAP.toMillis(), every.toMillis());
    long ceiling = Math.min(cap, every.toMillis() << Math.min(20, Math.max(0, failures - 1)));
    if (ceiling < 0) {
      ceiling = cap;
    }
    Duration wait = Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2.0)));
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }
}
