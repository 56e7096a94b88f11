package dev.chorus.analysis.coordination.synthetic;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Ground truth for coordination detection: generates an {@link InjectedGroupScenario} as posts, every one marked
 * {@link Post#synthetic()}. Organic accounts ({@code synth-org-NNNNN}) post made-up sentences from a pseudo-word
 * vocabulary, with links and hashtags drawn from shared pools (popular ones often, so organic accounts also share
 * objects, only not within seconds of each other by design) and occasional reposts. The injected group
 * ({@code synth-coord-NNN}) posts, in each burst, the burst's link, hashtag and copypasta text (one template, small
 * edits per copy: a changed word, an added mention or link) and reposts the burst's seed post. Posts are generated on
 * the fly; the same seed gives the same posts. Immutable and thread-safe.
 */
public final class InjectedGroupGenerator {
  private static final Instant START = Instant.parse("2025-04-01T00:00:00Z");
  private static final String[] SYLLABLES = {"ka", "ri", "mo", "sen", "ta", "lu", "vor", "pe", "dan", "shi", "ne",
      "ol", "ba", "gri", "tu", "me", "zar", "fi", "ko", "las"};
  private static final int VOCABULARY = 3000;
  private static final int LINK_POOL = 2000;
  private static final int TAG_POOL = 300;

  private final InjectedGroupScenario scenario;
  private final List<String> vocabulary;

  public InjectedGroupGenerator(InjectedGroupScenario scenario) {
    this.scenario = scenario;
    SplittableRandom rnd = new SplittableRandom(scenario.seed() ^ 0x766f6361L);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder w = new StringBuilder();
      for (int s = 1 + rnd.nextInt(3); s >= 0; s--) {
        w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
      }
      words.add(w.toString());
    }
    this.vocabulary = List.copyOf(words);
  }

  /** The pseudonyms of the injected group's accounts. */
  public Set<String> injectedAccounts() {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < scenario.groupAccounts(); i++) {
      out.add(groupAccount(i));
    }
    return out;
  }

  /** Total number of organic posts (the group's posts come on top). */
  public long organicPosts() {
    return (long) scenario.organicAccounts() * scenario.organicPostsPerAccount();
  }

  /** Generates every post: organic ones account by account, then the bursts. */
  public void forEach(Consumer<Post> consumer) {
    SplittableRandom rnd = new SplittableRandom(scenario.seed());
    long period = scenario.days() * 86_400L;
    long n = 0;
    for (int a = 0; a < scenario.organicAccounts(); a++) {
      String account = String.format("synth-org-%05d", a);
      for (int p = 0; p < scenario.organicPostsPerAccount(); p++) {
        consumer.accept(organic(rnd, account, n++, START.plusSeconds(rnd.nextLong(period))));
      }
    }
    for (int c = 0; c < scenario.campaigns(); c++) {
      long burst = rnd.nextLong(period - scenario.burstSeconds());
      String template = sentence(rnd, 28);
      String link = "https://campaign.example/" + c + "/" + word(rnd);
      String seedPost = "x:seed-" + c;
      for (int m = 0; m < scenario.groupAccounts(); m++) {
        if (rnd.nextDouble() >= scenario.participation()) {
          continue;
        }
        Instant at = START.plusSeconds(burst + rnd.nextInt(scenario.burstSeconds()));
        String text = copy(rnd, template) + " #campaign" + c;
        consumer.accept(post("g" + c + "-" + m, groupAccount(m), at, PostKind.POST, text, null, link,
            "campaign" + c));
        consumer.accept(post("g" + c + "-" + m + "-rt", groupAccount(m), at.plusSeconds(rnd.nextInt(5)),
            PostKind.REPOST, "", seedPost, null, null));
      }
    }
  }

  private Post organic(SplittableRandom rnd, String account, long n, Instant at) {
    if (rnd.nextInt(10) == 0) {
      return post("o" + n, account, at, PostKind.REPOST, "", "x:organic-" + rnd.nextInt(5000), null, null);
    }
    String link = rnd.nextInt(3) == 0 ? "https://news.example/" + popular(rnd, LINK_POOL) : null;
    String tag = rnd.nextInt(2) == 0 ? "topic" + popular(rnd, TAG_POOL) : null;
    return post("o" + n, account, at, PostKind.POST, sentence(rnd, 12 + rnd.nextInt(14)), null, link, tag);
  }

  private static Post post(String id, String account, Instant at, PostKind kind, String text, String shared,
      String link, String tag) {
    return Post.builder(Platform.X, id).kind(kind).author(Author.of(account, null, null)).createdAt(at).lang("en")
        .text(text).sharedPostId(shared).urls(link == null ? List.of() : List.of(link))
        .hashtags(tag == null ? List.of() : List.of(tag)).synthetic(true).build();
  }

  /** Skewed choice: low indices (popular links, tags) far more often than high ones. */
  private static int popular(SplittableRandom rnd, int pool) {
    return (int) Math.floor(pool * Math.pow(rnd.nextDouble(), 3));
  }

  private String sentence(SplittableRandom rnd, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(word(rnd));
    }
    return b.toString();
  }

  private String word(SplittableRandom rnd) {
    return vocabulary.get(rnd.nextInt(vocabulary.size()));
  }

  /** A copy of the template with the small edits copy-pasters make. */
  private String copy(SplittableRandom rnd, String template) {
    String[] words = template.split(" ");
    if (rnd.nextInt(3) == 0) {
      words[rnd.nextInt(words.length)] = word(rnd);
    }
    String text = String.join(" ", words);
    return switch (rnd.nextInt(3)) {
      case 0 -> "@" + word(rnd) + " " + text;
      case 1 -> text + " https://t.example/" + rnd.nextInt(100_000);
      default -> text;
    };
  }

  private static String groupAccount(int i) {
    return String.format("synth-coord-%03d", i);
  }
}
