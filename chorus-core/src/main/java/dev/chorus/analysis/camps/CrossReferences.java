package dev.chorus.analysis.camps;

import dev.chorus.analysis.camps.CampsReport.CrossReference;
import dev.chorus.codebook.Codebook;
import dev.chorus.analysis.measure.Drilldown;
import dev.chorus.analysis.measure.Proportion;
import dev.chorus.post.Post;
import dev.chorus.privacy.Pseudonymizer;
import dev.chorus.store.PostQuery;
import dev.chorus.store.PostStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts, for each ordered pair of cohorts (A, B), the posts of A that mention one of B's member accounts or share,
 * quote or reply to a post written by a B author.
 *
 * <p>B's accounts are the codebook's member list, hashed the way mentions are hashed at ingest (public figures keep
 * their handle), so no handle is compared in clear. B's posts are all of B's posts in the store, whatever the user's
 * filter, referenced ones included: an old post of B can be shared inside the filtered period, and the original of a
 * collected repost is often only stored as context. A post referred to that is not in the store cannot
 * be attributed and does not count.
 */
final class CrossReferences {
  private final PostStore store;
  private final Codebook codebook;
  private final Pseudonymizer pseudonymizer;
  private final int maxPostIds;

  CrossReferences(PostStore store, Codebook codebook, Pseudonymizer pseudonymizer, int maxPostIds) {
    this.store = store;
    this.codebook = codebook;
    this.pseudonymizer = pseudonymizer;
    this.maxPostIds = maxPostIds;
  }

  /** Running counts of one ordered pair. */
  private static final class Tally {
    long any;
    long viaMention;
    long viaPost;
    final List<String> ids = new ArrayList<>();
  }

  List<CrossReference> compute(Drilldown base, List<String> cohorts) throws IOException {
    Map<String, Set<String>> accounts = new HashMap<>();
    Map<String, Set<String>> postIds = new HashMap<>();
    for (String c : cohorts) {
      accounts.put(c, accounts(c));
      Set<String> ids = new HashSet<>();
      // referenced posts too: a B original that came only as context (a retweeted tweet) is still B's post
      store.forEach(Drilldown.of(PostQuery.any()).cohort(c).query(), p -> ids.add(p.id()));
      postIds.put(c, ids);
    }
    List<CrossReference> out = new ArrayList<>();
    for (String from : cohorts) {
      Drilldown fromPosts = base.cohort(from);
      Map<String, Tally> tallies = new HashMap<>();
      cohorts.stream().filter(to -> !to.equals(from)).forEach(to -> tallies.put(to, new Tally()));
      long[] total = new long[1];
      store.forEach(fromPosts.query(), post -> {
        total[0]++;
        tallies.forEach((to, t) -> count(post, accounts.get(to), postIds.get(to), t));
      });
      for (String to : cohorts) {
        Tally t = tallies.get(to);
        if (t != null) {
          out.add(new CrossReference(from, to, Proportion.of(t.any, total[0]), t.viaMention, t.viaPost, fromPosts,
              List.copyOf(t.ids), t.ids.size() == t.any));
        }
      }
    }
    return out;
  }

  private void count(Post post, Set<String> accounts, Set<String> posts, Tally t) {
    String platform = post.platform().id();
    boolean mention = post.mentions().stream()
        .anyMatch(m -> accounts.contains(platform + ":" + m.replaceFirst("^@", "").toLowerCase(Locale.ROOT)));
    boolean refers = (post.sharedPostId() != null && posts.contains(post.sharedPostId()))
        || (post.quotedId() != null && posts.contains(post.quotedId()))
        || (post.replyToId() != null && posts.contains(post.replyToId()));
    if (mention) {
      t.viaMention++;
    }
    if (refers) {
      t.viaPost++;
    }
    if (mention || refers) {
      t.any++;
      if (t.ids.size() < maxPostIds) {
        t.ids.add(post.id());
      }
    }
  }

  /** The cohort's member accounts as {@code platform:shown handle}, lower case, as mentions are stored. */
  private Set<String> accounts(String cohort) {
    Set<String> out = new HashSet<>();
    if (pseudonymizer == null) {
      return out;
    }
    for (Codebook.Cohort c : codebook.cohorts()) {
      if (!c.id().equals(cohort)) {
        continue;
      }
      for (String m : c.members()) {
        int colon = m.indexOf(':');
        if (colon <= 0) {
          continue; // a member without a platform cannot be hashed as ingest hashes it
        }
        String platform = m.substring(0, colon).toLowerCase(Locale.ROOT);
        String handle = m.substring(colon + 1).replaceFirst("^@", "");
        String shown = pseudonymizer.isPublic(platform, handle) ? handle : pseudonymizer.handlePseudonym(platform, handle);
        out.add(platform + ":" + shown.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
