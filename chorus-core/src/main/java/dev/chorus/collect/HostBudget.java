package dev.chorus.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A per-host request budget shared by every collector of one process ({@code chorus watch}): at most {@code perMinute}
 * requests to one host in any sliding minute, whichever collector sends them. Several sources on one instance thus
 * stay polite together, below the platform's own limits ({@link RateLimits} handles what the platform says).
 */
public final class HostBudget {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final Map<String, Deque<Instant>> sent = new HashMap<>();

  public HostBudget(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a host budget must allow at least 1 request a minute; found " + perMinute);
    }
    this.perMinute = perMinute;
  }

  public int perMinute() {
    return perMinute;
  }

  /**
   * Reserves a request to {@code host} and returns how long to wait before sending it (zero when the budget has room).
   * The slot is taken at the time returned, so callers that wait exactly that long never exceed the budget.
   */
  public synchronized Duration reserve(String host, Instant now) {
    Deque<Instant> times = sent.computeIfAbsent(host, h -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
      times.pollFirst();
    }
    // first come, first served: never before a request reserved earlier, so the times stay in order
    Instant at = times.isEmpty() || times.peekLast().isBefore(now) ? now : times.peekLast();
    if (times.size() >= perMinute) {
      // the window ending at the new request may hold perMinute - 1 others: it starts after the one perMinute back
      Instant frees = times.stream().skip(times.size() - perMinute).findFirst().orElseThrow().plus(WINDOW);
      at = frees.isAfter(at) ? frees : at;
    }
    times.addLast(at);
    return Duration.between(now, at);
  }
}
