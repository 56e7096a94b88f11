package dev.chorus.analysis.coordination.synthetic;

/**
 * Parameters of a synthetic coordination scenario: organic accounts posting at random times, and one injected group
 * that posts the same link, hashtag and near-identical text (and reposts the same seed post) within seconds of each
 * other, campaign after campaign.
 *
 * @param seed the same seed gives the same posts
 * @param organicAccounts accounts behaving independently
 * @param organicPostsPerAccount posts per organic account, spread over {@code days}
 * @param groupAccounts accounts of the injected group
 * @param campaigns bursts of the injected group
 * @param participation probability that a group member joins a given burst
 * @param burstSeconds members post within this many seconds after a burst starts
 * @param days length of the observed period
 */
public record InjectedGroupScenario(long seed, int organicAccounts, int organicPostsPerAccount, int groupAccounts,
    int campaigns, double participation, int burstSeconds, int days) {
  public InjectedGroupScenario {
    if (organicAccounts < 1 || groupAccounts < 2 || campaigns < 1 || days < 1 || burstSeconds < 1) {
      throw new IllegalArgumentException("scenario needs organic accounts, a group of two or more, a campaign, a day"
          + " and a burst of at least one second");
    }
    if (!(participation > 0 && participation <= 1)) {
      throw new IllegalArgumentException("participation must be in (0,1], got " + participation);
    }
  }

  /** A small scenario for tests: 300 organic accounts, a group of 20 in 15 bursts of 30 seconds over a week. */
  public static InjectedGroupScenario small(long seed) {
    return new InjectedGroupScenario(seed, 300, 20, 20, 15, 0.9, 30, 7);
  }
}
