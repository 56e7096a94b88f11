package dev.chorus.collect;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The waiting the platforms ask for, read from their headers. {@code Retry-After} (RFC 9110: seconds or an HTTP
 * date); the budget headers, spelt differently by each platform: X {@code x-rate-limit-remaining} and
 * {@code x-rate-limit-reset} (epoch seconds), Reddit {@code x-ratelimit-remaining} and {@code x-ratelimit-reset}
 * (seconds from now), Mastodon {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (an ISO 8601 time).
 */
final class RateLimits {
  private static final List<String> REMAINING = List.of("x-rate-limit-remaining", "x-ratelimit-remaining");
  private static final List<String> RESET = List.of("x-rate-limit-reset", "x-ratelimit-reset");
  /** Below this a numeric reset is seconds from now, above it epoch seconds. */
  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private RateLimits() {}

  /** How long {@code Retry-After} asks to wait, if it is there and readable. */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<String> value = headers.firstValue("retry-after").map(String::trim);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(when.isAfter(now) ? Duration.between(now, when) : Duration.ZERO);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** When the budget is renewed, if the answer says none is left. */
  static Optional<Instant> exhaustedUntil(HttpHeaders headers, Instant now) {
    Optional<String> remaining = first(headers, REMAINING);
    Optional<String> reset = first(headers, RESET);
    if (remaining.isEmpty() || reset.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Double.parseDouble(remaining.get()) >= 1) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return resetTime(reset.get(), now);
  }

  private static Optional<Instant> resetTime(String value, Instant now) {
    try {
      double number = Double.parseDouble(value);
      return Optional.of(number >= EPOCH_THRESHOLD ? Instant.ofEpochSecond((long) number)
          : now.plusMillis((long) (number * 1000)));
    } catch (NumberFormatException notNumber) {
      try {
        return Optional.of(Instant.parse(value));
      } catch (DateTimeParseException notTime) {
        try {
          return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      }
    }
  }

  private static Optional<String> first(HttpHeaders headers, List<String> names) {
    for (String n : names) {
      Optional<String> v = headers.firstValue(n).map(String::trim);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }
}
