package dev.chorus.collect;

/**
 * A request that could not be completed within the retry and wait bounds (or that the platform refused). Its message
 * is words for the analyst, naming the address (pseudonymised) and the last problem; it never carries a credential.
 */
public final class FetchFailedException extends Exception {
  public FetchFailedException(String message) {
    super(message);
  }
}
