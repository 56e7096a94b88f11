package dev.chorus.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identifier on made-up posts (src/test/resources/language/posts.tsv). */
class LanguageIdentifierTest {
  static LanguageIdentifier identifier;

  @BeforeAll
  static void load() throws Exception {
    identifier = LanguageIdentifier.load();
  }

  record Fixture(String lang, String text) {
    @Override
    public String toString() {
      return lang + ": " + text;
    }
  }

  static List<Fixture> posts() throws Exception {
    List<Fixture> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        LanguageIdentifierTest.class.getResourceAsStream("/language/posts.tsv")), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          int tab = line.indexOf('\t');
          out.add(new Fixture(line.substring(0, tab), line.substring(tab + 1)));
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("posts")
  void identifiesMadeUpPosts(Fixture f) {
    LanguageGuess g = identifier.identify(f.text());
    assertThat(g.language()).as("%s (confidence %.3f)", f.text(), g.confidence()).isEqualTo(f.lang());
    if (g.determined()) {
      assertThat(g.confidence()).isGreaterThanOrEqualTo(LanguageIdentifier.MIN_CONFIDENCE);
    }
  }

  @Test
  void fixturesCoverEveryRequiredLanguage() throws Exception {
    assertThat(posts()).extracting(Fixture::lang)
        .contains("en", "fa", "ar", "he", "fr", "de", "ru", "tr", "ur", "hi", "es", "und");
    assertThat(posts()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void persianTypedWithArabicLettersIsPersian() {
    // every yeh and kaf typed Arabic-style: ي ى ك
    assertThat(identifier.identify("اين كتاب خيلى خوبه، حتما بخونيد").language()).isEqualTo("fa");
  }

  @Test
  void englishHashtagsDoNotOutvoteAPersianBody() {
    LanguageGuess g = identifier.identify("امروز همه جا شلوغ بود #IranTalks #BreakingNews #Tehran #Sanctions");
    assertThat(g.language()).isEqualTo("fa");
  }

  @Test
  void hashtagOnlyPostIsLessSureThanTheSameWordsAsASentence() {
    LanguageGuess tags = identifier.identify("#نه_به_جنگ #صلح");
    LanguageGuess sentence = identifier.identify("نه به جنگ صلح");
    assertThat(tags.language()).isEqualTo(sentence.language());
    assertThat(tags.confidence()).isLessThan(sentence.confidence());
  }

  @Test
  void platformTagIsOnlyAPriorForUndeterminedTextOfTheSameScript() {
    assertThat(identifier.identify("ok", "en").language()).isEqualTo("en");
    assertThat(identifier.identify("ok", "en").confidence()).isEqualTo(LanguageIdentifier.PRIOR_CONFIDENCE);
    // a tag that contradicts the text is ignored
    assertThat(identifier.identify("השיחות יתחדשו בשבוע הבא", "en").language()).isEqualTo("he");
    assertThat(identifier.identify("ok", "he").language()).isEqualTo("und");
  }

  @Test
  void modelHashIsTheSha256OfTheShippedModel() {
    assertThat(identifier.modelHash()).matches("[0-9a-f]{64}");
  }
}
