package dev.chorus.collect;

import java.time.Instant;

/**
 * One HTTP attempt as the run file records it, so that coverage can later show when a collector could not cover a
 * period: the address (account targets pseudonymised, no credential ever), when, the status (0: no response), how
 * long it took, how many items its body held (null when not a page) and what happened, in words.
 */
public record RequestRecord(String url, Instant at, int attempt, int status, long millis, Integer items,
    String outcome) {

  RequestRecord withItems(int count) {
    return new RequestRecord(url, at, attempt, status, millis, count, outcome);
  }
}
