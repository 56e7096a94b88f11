package dev.chorus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.post.Author;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Accounts inside ids and links, by the platforms' {@link IdentifierRules}, applied by {@link Pseudonymizer#apply}. */
class PostIdentifiersTest {
  static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes());
  final Pseudonymizer p = new Pseudonymizer(KEY, new PublicFigures(Set.of("bluesky:statedept.gov", "x:StateDept")));
  static final String ALICE = "did:plc:a1icea1icea1icea1icea1ic";
  static final String LAYLA = "did:plc:laylalaylalaylalaylalayl";

  @Test
  void blueskyIdsReferencesAndPermalinksLoseTheDid() {
    Post post = Post.builder(Platform.BLUESKY, "at://" + ALICE + "/app.bsky.feed.post/3lmqa2eeeee2e")
        .author(Author.of(ALICE, "alice-policy.bsky.social", "Alice")).createdAt(Instant.EPOCH)
        .quotedId("bluesky:at://" + LAYLA + "/app.bsky.feed.post/3lmqa2fffff2f")
        .replyToId("bluesky:at://layla.bsky.social/app.bsky.feed.post/3lmqa2fffff2f")
        .url("https://bsky.app/profile/alice-policy.bsky.social/post/3lmqa2eeeee2e")
        .urls(List.of("https://bsky.app/profile/" + LAYLA + "/post/3lmqa2fffff2f", "https://example.org/a"))
        .media(List.of("https://cdn.bsky.app/img/feed_thumbnail/plain/" + ALICE + "/bafk@jpeg"))
        .text("see https://bsky.app/profile/layla.bsky.social and " + LAYLA).build();
    Post parent = Post.builder(Platform.BLUESKY, "at://" + LAYLA + "/app.bsky.feed.post/3lmqa2fffff2f")
        .author(Author.of(LAYLA, "layla.bsky.social", null)).createdAt(Instant.EPOCH).build();
    Post out = p.apply(post);
    String json = new dev.chorus.post.PostJson().write(out);
    assertThat(json).doesNotContain("did:plc").doesNotContain("alice-policy").doesNotContain("layla");
    assertThat(out.id()).isEqualTo("bluesky:at://" + p.accountPseudonym("bluesky", ALICE)
        + "/app.bsky.feed.post/3lmqa2eeeee2e");
    assertThat(out.nativeId()).isEqualTo(out.id().substring("bluesky:".length()));
    assertThat(out.author().id()).isEqualTo(p.accountPseudonym("bluesky", ALICE));
    assertThat(out.quotedId()).as("a reference equals the referenced post's rewritten id")
        .isEqualTo(p.apply(parent).id());
    assertThat(out.replyToId()).contains(p.handlePseudonym("bluesky", "layla.bsky.social"));
    assertThat(out.url()).as("Bluesky has no permalink without the account: dropped").isNull();
    assertThat(out.urls()).containsExactly("https://example.org/a");
    assertThat(out.text()).contains("https://bsky.app/profile/" + p.handlePseudonym("bluesky", "layla.bsky.social"))
        .contains(p.accountPseudonym("bluesky", LAYLA));
  }

  @Test
  void xPermalinksBecomeTheAccountFreeFormAndPublicFiguresKeepTheirLinks() {
    Post post = Post.builder(Platform.X, "1911").author(Author.of("42", "gulf_analyst", "G")).createdAt(Instant.EPOCH)
        .url("https://x.com/gulf_analyst/status/1911")
        .urls(List.of("https://twitter.com/jerusalem_desk/status/77?s=20", "https://x.com/StateDept/status/5",
            "https://x.com/someone", "https://x.com/i/web/status/9", "https://x.com/hashtag/IranTalks"))
        .text("via https://x.com/jerusalem_desk/status/77 and x.com/someone").build();
    Post out = p.apply(post);
    assertThat(out.url()).isEqualTo("https://x.com/i/web/status/1911");
    assertThat(out.urls()).containsExactly("https://x.com/i/web/status/77", "https://x.com/StateDept/status/5",
        "https://x.com/i/web/status/9", "https://x.com/hashtag/IranTalks");
    assertThat(out.text()).isEqualTo("via https://x.com/i/web/status/77 and x.com/"
        + p.handlePseudonym("x", "someone"));
  }

  @Test
  void mastodonTelegramRedditAndTiktokLinksAndIds() {
    Post toot = p.apply(Post.builder(Platform.MASTODON, "mastodon.social/114").author(
        Author.of("dana@mastodon.social", "dana@mastodon.social", null)).createdAt(Instant.EPOCH)
        .url("https://mastodon.social/@dana/114")
        .urls(List.of("https://fedi.example/@reza@other.example/5", "https://misskey.example/notes/abc")).build());
    assertThat(toot.id()).isEqualTo("mastodon:mastodon.social/114");
    assertThat(toot.url()).isNull();
    assertThat(toot.urls()).containsExactly("https://misskey.example/notes/abc");
    Post tg = p.apply(Post.builder(Platform.TELEGRAM, "1500000001/102").author(Author.of("channel1500000001",
        "policy_channel", null)).createdAt(Instant.EPOCH).replyToId("telegram:1500000001/101")
        .url("https://t.me/policy_channel/102").text("more at t.me/policy_channel and reddit.com/u/someone_else")
        .build());
    String chat = p.accountPseudonym("telegram", "1500000001");
    assertThat(tg.id()).isEqualTo("telegram:" + chat + "/102");
    assertThat(tg.replyToId()).isEqualTo("telegram:" + chat + "/101");
    assertThat(tg.url()).isNull();
    assertThat(tg.text()).doesNotContain("policy_channel").doesNotContain("someone_else");
    assertThat(p.identifiers().link("https://www.tiktok.com/@policy.explained/video/749")).isNull();
    assertThat(p.identifiers().link("https://www.reddit.com/r/iran/comments/1k2zz11/x/")).endsWith("/x/");
  }

  /** Reddit's user links name no post: dropped from the links and pseudonymised in text, where they used to throw. */
  @Test
  void redditUserLinksArePseudonymised() {
    Post post = p.apply(Post.builder(Platform.REDDIT, "t3_abc").author(Author.of("t2_1", "poster", null))
        .createdAt(Instant.EPOCH).urls(List.of("https://www.reddit.com/user/someone_else", "https://reddit.com/u/third_one"))
        .text("see https://old.reddit.com/user/someone_else/comments").build());
    assertThat(post.urls()).isEmpty(); // a profile link names no post: dropped, as every platform's are
    assertThat(post.text()).doesNotContain("someone_else").contains("reddit.com/user/h_");
  }

  @Test
  void applyingTwiceChangesNothing() {
    Post once = p.apply(Post.builder(Platform.TELEGRAM, "15/1").author(Author.of("user9", "name_9", null))
        .createdAt(Instant.EPOCH).text("https://t.me/name_9 https://bsky.app/profile/" + ALICE).build());
    Post twice = p.identifiers().apply(once, once.toBuilder()).build();
    assertThat(twice.id()).isEqualTo(once.id());
    assertThat(p.identifiers().inText(once.text())).isEqualTo(once.text());
  }

  /**
   * {@link PostIdentifiers#inText} as it was written, for a text without a DID (their replacement, which follows, is
   * unchanged): every link the regex finds replaced by appendReplacement. The oracle.
   */
  private String inTextByAppendReplacement(String text) {
    Matcher links = Pattern.compile(
        "(?<![\\p{L}\\p{N}@._/-])(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+/[^\\s<>\"'«»“”‘’)\\]]*",
        Pattern.CASE_INSENSITIVE).matcher(text);
    StringBuilder sb = new StringBuilder();
    while (links.find()) {
      String link = links.group();
      LinkMatch m = LinkMatch.in(link);
      String shown = link;
      if (m != null && !p.isPublic(m.rule().platform(), m.account())) {
        shown = m.accountFree() != null ? m.accountFree() : link.substring(0, m.start())
            + p.pseudonym(m.rule().platform(), m.kind(), m.account()) + link.substring(m.end());
      }
      links.appendReplacement(sb, Matcher.quoteReplacement(shown));
    }
    links.appendTail(sb);
    return sb.toString();
  }

  @Property(tries = 2000)
  void rewritesTextsAsTheRegexReplacementDid(@ForAll("texts") String text) {
    Assume.that(!text.contains("did:"));
    assertThat(LinkPartsTest.outcome(() -> p.identifiers().inText(text))).as(text)
        .isEqualTo(LinkPartsTest.outcome(() -> inTextByAppendReplacement(text)));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("https://", "HTTP://", "x.com", "twitter.com",
        "bsky.app", "t.me", "reddit.com", "mastodon.social", "news.example.org", "/", "/status/", "/profile/",
        "/u/", "/@", "/i/web/status/", "/StateDept", "someone", "1911", "@other.example", " ", "\n",
        "«", "»", ")", "$", "\\", "é", "١", "?s=20", "#"),
        Arbitraries.strings().withChars("aZ09_.-/:@").ofMaxLength(6));
    return piece.list().ofMaxSize(10).map(l -> String.join("", l));
  }
}
