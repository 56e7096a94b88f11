package dev.chorus.stream.coordination;

/** A coordinated pair: two shares of one object, the earlier first (a row of CooRTweet's result table). */
public record SharePair(Share earlier, Share later) {
  public static SharePair of(Share a, Share b) {
    return a.before(b) ? new SharePair(a, b) : new SharePair(b, a);
  }

  public long timeDelta() {
    return later.time() - earlier.time();
  }

  /** The account of the share that is not {@code account}'s. */
  String otherAccount(String account) {
    return earlier.account().equals(account) ? later.account() : earlier.account();
  }
}
