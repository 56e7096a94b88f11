package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextEntitiesTest {
  @Test
  void hashtagsInAnyScript() {
    assertThat(TextEntities.hashtags("#IranTalks now! #نه_به_مذاکره and #שלום_עכשיו, #لا_للحرب."))
        .containsExactly("IranTalks", "نه_به_مذاکره", "שלום_עכשיו", "لا_للحرب");
    // Persian writes some words with a zero-width non-joiner inside; it stays part of the tag
    assertThat(TextEntities.hashtags("#می\u200cخواهیم صلح")).containsExactly("می\u200cخواهیم");
    assertThat(TextEntities.hashtags("full-width ＃東京 and #café #Talks2025")).containsExactly("東京", "café", "Talks2025");
  }

  @Test
  void whatIsNotAHashtag() {
    // numbers alone (Latin or Arabic-Indic), entities, URL fragments, a '#' inside a word, repeats
    assertThat(TextEntities.hashtags("#1 #١٢٣ &#1575; https://example.com/page#section a#b C# #")).isEmpty();
    assertThat(TextEntities.hashtags("#talks #talks #Talks")).containsExactly("talks", "Talks");
    assertThat(TextEntities.hashtags(null)).isEmpty();
  }

  @Test
  void mentionsOfEveryPlatformForm() {
    assertThat(TextEntities.mentions("@alice, @bob@mastodon.social and @name.bsky.social. Also @_x_1!"))
        .containsExactly("alice", "bob@mastodon.social", "name.bsky.social", "_x_1");
    assertThat(TextEntities.mentions("mail me: someone@example.com, or @@ or @ alone, نام@دامنه")).isEmpty();
    assertThat(TextEntities.mentions("سلام @alice! שלום @bob")).containsExactly("alice", "bob");
    assertThat(TextEntities.mentions(null)).isEmpty();
  }

  @Test
  void urlsLoseTheSentencePunctuationAroundThem() {
    assertThat(TextEntities.urls("Read https://example.com/a. Then (https://example.com/b), "
        + "«https://example.com/c» and \"https://example.com/d\"!"))
        .containsExactly("https://example.com/a", "https://example.com/b", "https://example.com/c",
            "https://example.com/d");
    // Arabic-script comma and question mark end the sentence, not the URL
    assertThat(TextEntities.urls("خبر https://example.com/news، بعدی https://example.com/q؟"))
        .containsExactly("https://example.com/news", "https://example.com/q");
  }

  @Test
  void aParenthesisOpenedInsideTheUrlBelongsToIt() {
    assertThat(TextEntities.urls("see https://en.wikipedia.org/wiki/Talks_(2025) now")).containsExactly(
        "https://en.wikipedia.org/wiki/Talks_(2025)");
    assertThat(TextEntities.urls("(see https://en.wikipedia.org/wiki/Talks_(2025)).")).containsExactly(
        "https://en.wikipedia.org/wiki/Talks_(2025)");
  }

  @Test
  void urlsAreNormalisedAndCountedOnce() {
    assertThat(TextEntities.urls("http://www.example.com/a?utm_source=x and https://example.com/a/ again"))
        .containsExactly("https://example.com/a");
    assertThat(TextEntities.urls("HTTPS://Example.com/A")).containsExactly("https://example.com/A");
    assertThat(TextEntities.urls("double slash https://example.com/a//")).containsExactly("https://example.com/a");
    assertThat(TextEntities.urls("no links here, just ftp://example.com or https://.")).isEmpty();
    assertThat(TextEntities.urls(null)).isEmpty();
    assertThat(TextEntities.urls("https://a＃")).containsExactly("https://a"); // found by the property below
  }

  @Property(tries = 500)
  void everyEntityIsWrittenInTheText(@ForAll("posts") String text) {
    for (String h : TextEntities.hashtags(text)) {
      assertThat(text.contains("#" + h) || text.contains("＃" + h)).as(h).isTrue();
      assertThat(h).isNotBlank().doesNotContain("#", " ");
    }
    for (String m : TextEntities.mentions(text)) {
      assertThat(text).contains("@" + m);
      assertThat(m).isNotBlank().doesNotEndWith(".");
    }
    for (String u : TextEntities.urls(text)) {
      // normalised: https when it parses as a URL; as written (trimmed) when it does not, such as http://a.b/##
      assertThat(u).matches("(?i)https?://[^\\s]+");
      assertThat(UrlNormalizer.normalize(u)).isEqualTo(u);
    }
  }

  @Property(tries = 300)
  void neverThrowsOnAnyText(@ForAll String text) {
    TextEntities.hashtags(text);
    TextEntities.mentions(text);
    TextEntities.urls(text);
  }

  /** Post-like text: words in three scripts, the marks entities are made of, URLs and punctuation. */
  @Provide
  Arbitrary<String> posts() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u0627', '\u064A').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u05D0', '\u05EA').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
        Arbitraries.of("#", "＃", "@", ".", "_", "-", "&", "/", "(", ")", "،", "؟", "\u200c", "\u200f", " ", "\n",
            "https://", "http://www.", "example.com", "bsky.social", "?utm_source=x", "#!"));
    return token.list().ofMaxSize(20).map(t -> String.join("", t));
  }
}
