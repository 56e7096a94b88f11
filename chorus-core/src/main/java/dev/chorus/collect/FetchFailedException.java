package dev.chorus.collect;

import java.time.Duration;

/**
 * A request that could not be completed within the retry and wait bounds (or that the platform refused). Its message
 * is words for the analyst, naming the address (pseudonymised) and the last problem; it never carries a credential.
 * When the platform said how long to wait (a {@code Retry-After} or a spent rate-limit budget longer than a run may
 * wait), {@link #retryAfter()} carries it, so that a scheduler does not ask again before.
 */
public final class FetchFailedException extends Exception {
  private final transient Duration retryAfter;

  public FetchFailedException(String message) {
    this(message, null);
  }

  public FetchFailedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** How long the platform asked to wait, or null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
