package dev.chorus.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.post.Post;
import dev.chorus.post.Provenance;
import dev.chorus.source.GoldenFiles;
import dev.chorus.source.GoldenFiles.CollectingSink;
import dev.chorus.source.SourceInput;
import dev.chorus.source.SourceRegistry;
import dev.chorus.source.UnreadableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds as generators in the wild write them, modelled on the shapes of feedparser's test suite
 * (https://github.com/kurtmckee/feedparser, tests/): old versions and DOCTYPEs, missing ids and dates, encodings,
 * XML that is not well-formed.
 */
class FeedWildTest {
  private static final Path DIR = Path.of("src/test/resources/sources/feed");
  private final FeedSource source = new FeedSource();

  @ParameterizedTest
  @ValueSource(strings = {"wild-rss091-netscape.xml", "wild-rss090-rdf.xml", "wild-rss10-dcdate.xml",
      "wild-rss2-bare.xml", "wild-illformed.xml", "wild-rss-items-without-channel.xml", "wild-atom03.xml",
      "wild-atom-no-namespace.xml", "wild-entity-literal.xml", "wild-encoding.xml"})
  void golden(String fixture) {
    CollectingSink sink = GoldenFiles.check(source, "feed/" + fixture);
    assertThat(sink.rejects).as(fixture).isEmpty();
  }

  @Test
  void netscapeDoctypeIsDroppedAndHtmlEntitiesAreRead() {
    CollectingSink sink = GoldenFiles.read(source, "feed/wild-rss091-netscape.xml");
    assertThat(sink.posts).hasSize(2);
    assertThat(sink.posts.get(0).title()).isEqualTo("Muscat: deuxième round confirmé");
    Post noLink = sink.posts.get(1);
    assertThat(noLink.nativeId()).as("feed + content hash").matches("cafe-diplomatique\\.example:sha256-[0-9a-f]{16}");
    assertThat(GoldenFiles.read(source, "feed/wild-rss091-netscape.xml").posts.get(1).nativeId())
        .as("stable").isEqualTo(noLink.nativeId());
    assertThat(sink.posts).allMatch(Provenance::isUndated)
        .allMatch(p -> p.createdAt().equals(Instant.parse("2025-04-14T08:00:00Z")));
  }

  @Test
  void entriesWithoutAnyDateAreKeptWithThePlaceholderTheIngestReplaces() {
    CollectingSink sink = GoldenFiles.read(source, "feed/wild-rss090-rdf.xml");
    assertThat(sink.posts).hasSize(2).allMatch(Provenance::isUndated)
        .allMatch(p -> p.createdAt().equals(Provenance.NO_DATE));
  }

  @Test
  void dcDateIsTheDateAndTheFeedsDcDateStandsInForAMissingOne() {
    CollectingSink sink = GoldenFiles.read(source, "feed/wild-rss10-dcdate.xml");
    assertThat(sink.posts.get(0).createdAt()).isEqualTo(Instant.parse("2025-04-14T18:00:00Z"));
    assertThat(Provenance.isUndated(sink.posts.get(0))).isFalse();
    assertThat(sink.posts.get(1).createdAt()).isEqualTo(Instant.parse("2025-04-15T10:00:00Z"));
    assertThat(Provenance.isUndated(sink.posts.get(1))).isTrue();
  }

  @Test
  void aFeedWithoutLinkQualifiesIdsWithItsTitle() {
    CollectingSink sink = GoldenFiles.read(source, "feed/wild-rss2-bare.xml");
    assertThat(sink.posts).extracting(Post::nativeId).satisfiesExactly(
        id -> assertThat(id).matches("Statements Desk:sha256-[0-9a-f]{16}"),
        id -> assertThat(id).isEqualTo("Statements Desk:stmt-0416"),
        id -> assertThat(id).matches("Statements Desk:sha256-[0-9a-f]{16}"));
    assertThat(sink.posts.get(0).nativeId()).isNotEqualTo(sink.posts.get(2).nativeId());
    assertThat(sink.posts.get(0).author().id()).isEqualTo("news:Statements Desk");
  }

  @Test
  void illFormedXmlIsRecovered() {
    CollectingSink sink = GoldenFiles.read(source, "feed/wild-illformed.xml");
    assertThat(sink.posts).hasSize(2);
    assertThat(sink.posts.get(0).title()).isEqualTo("Talks & sanctions: your questions");
    assertThat(sink.posts.get(0).text()).contains("First line").contains("second line");
  }

  @Test
  void oddShapesAreReadAsFeedparserReadsThem() {
    assertThat(GoldenFiles.read(source, "feed/wild-rss-items-without-channel.xml").posts).hasSize(2);
    CollectingSink atom03 = GoldenFiles.read(source, "feed/wild-atom03.xml");
    assertThat(atom03.posts.get(0).text()).isEqualTo("The summary of an Atom 0.3 entry, in base64.");
    assertThat(atom03.posts.get(0).editedAt()).isEqualTo(Instant.parse("2025-04-19T09:30:00Z"));
    assertThat(atom03.posts.get(1).createdAt()).isEqualTo(Instant.parse("2025-04-19T12:00:00Z"));
    assertThat(GoldenFiles.read(source, "feed/wild-atom-no-namespace.xml").posts).hasSize(1);
    assertThat(GoldenFiles.read(source, "feed/wild-entity-literal.xml").posts.get(0).nativeId())
        .isEqualTo("entities.example:tag:entities.example,2025-04-21:/brief/");
  }

  /** The same feed in other encodings: by byte-order mark, by the bytes of '<' alone, by the declaration. */
  @ParameterizedTest
  @ValueSource(strings = {"utf-16le-bom.xml", "utf-16be-nobom.xml", "utf-32be-bom.xml", "utf-32le-nobom.xml",
      "iso-8859-1.xml", "windows-1252.xml"})
  void encodingsGiveTheSamePosts(String variant) throws Exception {
    Path file = DIR.resolve("encodings").resolve(variant);
    assertThat(SourceRegistry.loadDefault().detect(SourceInput.of(file)).id()).isEqualTo("rss");
    CollectingSink sink = new CollectingSink();
    source.read(SourceInput.of(file), sink);
    CollectingSink utf8 = GoldenFiles.read(source, "feed/wild-encoding.xml");
    assertThat(sink.posts).as(variant).isEqualTo(utf8.posts);
    assertThat(sink.posts.get(0).title()).isEqualTo("“Optimisme prudent” à Genève");
  }

  @Test
  void xmlNoLenientReadingCanRepairIsRefusedWithLineAndColumn() {
    CollectingSink sink = new CollectingSink();
    assertThatThrownBy(() -> source.read(SourceInput.of(DIR.resolve("wild-two-roots.xml")), sink))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("wild-two-roots.xml")
        .hasMessageMatching(".*line 2, column \\d+.*").hasMessageNotContaining("Exception");
    assertThat(sink.posts).isEmpty();
  }

  @Test
  void externalEntitiesInTheDoctypeAreStillRefused() {
    String parameter = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % x SYSTEM \"file:///etc/passwd\"> %x;]>"
        + "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    assertThatThrownBy(() -> source.read(SourceInput.ofString("p.xml", parameter), new CollectingSink()))
        .isInstanceOf(UnreadableInputException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void anEmptyFeedIsNoPostsAndNoError() throws Exception {
    for (String empty : new String[] {"<rss version=\"2.0\"></rss>",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            + "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"></rdf:RDF>"}) {
      CollectingSink sink = new CollectingSink();
      source.read(SourceInput.ofBytes("empty.xml", empty.getBytes(StandardCharsets.UTF_8)), sink);
      assertThat(sink.posts).isEmpty();
      assertThat(sink.rejects).isEmpty();
    }
  }

  @Test
  void fixturesAreSmall() throws Exception {
    try (var files = Files.list(DIR)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("wild-"))
          .allMatch(f -> f.toFile().length() < 4096)).isTrue();
    }
  }
}
