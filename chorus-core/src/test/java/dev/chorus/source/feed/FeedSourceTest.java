package dev.chorus.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import dev.chorus.post.Provenance;
import dev.chorus.source.FileSniff;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
  private static final Path DIR = Path.of("src/test/resources/sources/feed");
  private final FeedSource source = new FeedSource();

  @Test
  void goldenRss2() {
    GoldenFiles.check(source, "feed/rss2-news.xml");
  }

  @Test
  void goldenAtom() {
    GoldenFiles.check(source, "feed/atom-statements.xml");
  }

  @Test
  void goldenRss1() {
    GoldenFiles.check(source, "feed/rss1-rdf.xml");
  }

  @Test
  void rssItemFields() {
    Post p = byUrl(GoldenFiles.read(source, "feed/rss2-news.xml"), "https://gulfdiplomacy.example/news/2025/04/12/muscat-round-one");
    assertThat(p.platform()).isEqualTo(Platform.NEWS);
    assertThat(p.kind()).isEqualTo(PostKind.ARTICLE);
    assertThat(p.nativeId()).isEqualTo("gulfdiplomacy.example:84512");
    assertThat(p.author().id()).isEqualTo("news:gulfdiplomacy.example/Dana Whitfield");
    assertThat(p.author().displayName()).isEqualTo("Dana Whitfield");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2025-04-12T18:30:00Z"));
    assertThat(p.lang()).isEqualTo("en-us");
    assertThat(p.text()).startsWith("Omani mediators").doesNotContain("<p>");
    assertThat(p.urls()).containsExactly("https://state.example/briefings/2025-04-12",
        "https://mfa.example.ir/en/news/1234");
    assertThat(p.media()).containsExactly("https://cdn.gulfdiplomacy.example/img/muscat-talks.jpg");
    assertThat(p.hashtags()).as("categories are not hashtags").isEmpty();
  }

  @Test
  void persianItemTakesItsLanguageFromTheWrapper() {
    CollectingSink sink = GoldenFiles.read(source, "feed/rss2-news.xml");
    Post fa = byUrl(sink, "https://gulfdiplomacy.example/fa/news/2025/04/13/statement");
    assertThat(fa.lang()).isEqualTo("fa");
    assertThat(fa.nativeId()).isEqualTo("https://gulfdiplomacy.example/fa/news/2025/04/13/statement");
    assertThat(fa.author().displayName()).isEqualTo("دفتر مطبوعاتی");
    assertThat(fa.author().id()).doesNotContain("@");
    assertThat(fa.createdAt()).isEqualTo(Instant.parse("2025-04-13T03:45:00Z"));
    assertThat(fa.hashtags()).containsExactly("مذاکرات_رم");
    Post ar = byUrl(sink, "https://gulfdiplomacy.example/ar/news/oman-positive");
    assertThat(ar.lang()).isEqualTo("ar");
    assertThat(ar.text()).contains("وبناءة & إن");
  }

  @Test
  void fullContentWinsAndOrganisationSpeaksWhenNoAuthor() {
    Post letter = byUrl(GoldenFiles.read(source, "feed/rss2-news.xml"),
        "https://gulfdiplomacy.example/letters/verifiable-deal");
    assertThat(letter.nativeId()).as("no guid: the link is the id")
        .isEqualTo("https://gulfdiplomacy.example/letters/verifiable-deal");
    assertThat(letter.text()).startsWith("We, the undersigned");
    assertThat(letter.hashtags()).containsExactly("IranDeal");
    assertThat(letter.mentions()).containsExactly("AmbRossi");
    assertThat(letter.urls()).containsExactly(
        "https://gulfdiplomacy.example/letters/verifiable-deal/signatories", "https://iaea.example/verification");
    assertThat(letter.author().id()).isEqualTo("news:gulfdiplomacy.example");
    assertThat(letter.author().handle()).isEqualTo("gulfdiplomacy.example");
    assertThat(letter.author().displayName()).isEqualTo("Gulf Diplomacy Monitor");
  }

  @Test
  void itemWithoutDateIsKeptWithTheFeedsDateAndFlaggedUndated() {
    CollectingSink sink = GoldenFiles.read(source, "feed/rss2-news.xml");
    assertThat(sink.rejects).isEmpty();
    assertThat(sink.postRecords).containsExactly(1L, 2L, 3L, 4L, 5L);
    Post undated = sink.posts.get(2);
    assertThat(Provenance.isUndated(undated)).isTrue();
    assertThat(undated.createdAt()).as("the channel's lastBuildDate").isEqualTo(Instant.parse("2025-04-13T09:00:00Z"));
    assertThat(sink.posts.stream().filter(Provenance::isUndated)).hasSize(1);
  }

  @Test
  void atomUpdatedLaterThanPublishedIsAnEdit() {
    CollectingSink sink = GoldenFiles.read(source, "feed/atom-statements.xml");
    Post s = sink.posts.get(0);
    assertThat(s.nativeId()).isEqualTo("coalition-for-diplomacy.example:tag:coalition-for-diplomacy.example,2025:statement-17");
    assertThat(s.title()).isEqualTo("Statement on the Rome round & next steps");
    assertThat(s.createdAt()).isEqualTo(Instant.parse("2025-04-19T16:00:00Z"));
    assertThat(s.editedAt()).isEqualTo(Instant.parse("2025-04-20T07:30:00Z"));
    assertThat(s.lang()).isEqualTo("en");
    assertThat(s.urls()).containsExactly("https://coalition-for-diplomacy.example/briefs/verification");
    Post letter = sink.posts.get(1);
    assertThat(letter.createdAt()).as("only <updated>").isEqualTo(Instant.parse("2025-04-15T08:00:00Z"));
    assertThat(letter.editedAt()).isNull();
    assertThat(letter.media()).containsExactly("https://coalition-for-diplomacy.example/files/joint-letter.pdf");
    assertThat(sink.posts.get(2).lang()).isEqualTo("he");
  }

  @Test
  void externalEntityIsRefusedAndNothingLeaks(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String hostile = Files.readString(DIR.resolve("xxe.xml")).replace("file:///etc/hostname", secret.toUri().toString());
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.ofString("xxe.xml", hostile), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("xxe.xml")
        .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    assertThat(sink.posts).isEmpty();
    assertThatThrownBy(() -> GoldenFiles.read(source, "feed/xxe.xml")).hasCauseInstanceOf(UnreadableInputException.class);
  }

  @Test
  void entityBombIsRefused() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>";
    assertThatThrownBy(() -> source.read(SourceInput.ofString("bomb.xml", bomb), new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void truncatedFeedIsUnreadableAndEmitsNothing() {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.of(DIR.resolve("truncated.xml")), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("truncated.xml")
        .hasMessageMatching(".*line \\d+, column \\d+ before its root element <rss> is closed.*");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void xmlThatIsNotAFeedIsUnreadable() {
    assertThatThrownBy(() -> source.read(SourceInput.ofString("page.xml", "<html><body>hi</body></html>"),
        new CollectingSink())).isInstanceOf(UnreadableInputException.class).hasMessageContaining("page.xml");
  }

  @Test
  void detectsFeedsAndNotOtherFormats() throws Exception {
    for (String f : new String[] {"rss2-news.xml", "atom-statements.xml", "rss1-rdf.xml", "xxe.xml"}) {
      assertThat(source.detect(FileSniff.of(SourceInput.of(DIR.resolve(f))))).as(f).isEqualTo(90);
    }
    assertThat(detect("<?xml version=\"1.0\"?><html><body>rss</body></html>")).isZero();
    assertThat(detect("<?xml version=\"1.0\"?><feed><entry/></feed>")).as("no Atom namespace: less sure")
        .isEqualTo(60);
    assertThat(detect("{\"kind\":\"Listing\",\"data\":{\"children\":[]}}")).isZero();
    assertThat(detect("window.YTD.tweets.part0 = [")).isZero();
    assertThat(detect("id,text\n1,<rss is mentioned>")).isZero();
  }

  private int detect(String head) {
    return source.detect(FileSniff.of("x.xml", head.getBytes(StandardCharsets.UTF_8)));
  }

  private static Post byUrl(CollectingSink sink, String url) {
    return sink.posts.stream().filter(p -> url.equals(p.url())).findFirst()
        .orElseThrow(() -> new AssertionError("no post with url " + url));
  }
}
