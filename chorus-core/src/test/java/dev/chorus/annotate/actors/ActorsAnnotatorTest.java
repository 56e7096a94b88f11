package dev.chorus.annotate.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.codebook.Codebook;
import dev.chorus.codebook.CodebookLoader;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import dev.chorus.post.PostKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Actor mentions in the four languages of the debate, with the default codebook; sentences written for the test. */
class ActorsAnnotatorTest {
  static final Codebook CODEBOOK = CodebookLoader.loadDefault();
  static final ActorsAnnotator ACTORS = new ActorsAnnotator(CODEBOOK);

  @ParameterizedTest
  @ValueSource(strings = {
      "The IRGC said the drills were routine.",
      "Iran's Revolutionary Guards (#IRGC) held drills",
      "new sanctions on the Islamic Revolutionary Guard Corps",
      "anti-IRGC protesters",
      "سپاه پاسداران انقلاب اسلامی اعلام کرد",
      "فرمانده سپاه پاسداران انقلاب اسلامي گفت", // Arabic yeh typed in Persian
      "قال الحرس الثوري الإيراني إن",
      "بيان للحرس الثوري اليوم", // ل + ال written لل
      "إيران والحرس الثوري", // and
      "عقوبات على الْحَرَسِ الثَّوْرِيِّ", // with harakat
      "משמרות המהפכה הודיעו הבוקר",
      "איראן ומשמרות המהפכה", // and
      "בכיר במשמרות המהפכה", // in
      "הדובר של מִשְׁמְרוֹת הַמַּהְפֵּכָה", // with niqqud
      "ה-IRGC הודיע"})
  void findsTheIrgcInEveryLanguage(String text) {
    assertThat(actors(text, null)).contains("irgc");
  }

  @Test
  void findsNamesAfterHebrewPrefixesIncludingAnAbsorbedArticle() {
    assertThat(actors("תקיפה של החות'ים בים האדום", "he")).containsExactly("houthis");
    assertThat(actors("הנשק הגיע לחות׳ים דרך הים", "he")).containsExactly("houthis"); // ל absorbs ה
    assertThat(actors("ובהסכם הגרעין לא היה סעיף כזה", "he")).containsExactly("jcpoa");
    assertThat(actors("שבחיזבאללה מודאגים", "he")).containsExactly("hezbollah");
  }

  @Test
  void findsArabicAndPersianNamesWithAndWithoutTheArticle() {
    assertThat(actors("هاجم الحوثيون سفينة", "ar")).containsExactly("houthis");
    assertThat(actors("وقال متحدث باسم حزب الله", "ar")).containsExactly("hezbollah");
    assertThat(actors("ولحزب الله موقف آخر", "ar")).containsExactly("hezbollah");
    assertThat(actors("حزب\u200cالله و حوثی\u200cها", "fa")).containsExactly("hezbollah", "houthis");
    assertThat(actors("برجام مرده است", "fa")).containsExactly("jcpoa");
  }

  @Test
  void findsANameWhateverSeatItsHamzaIsWrittenOn() {
    // the codebook writes رئيس and اسرائیل; writers also use رييس and اسراییل
    assertThat(actors("وقال مكتب رييس الوزراء الاسراييلي", "ar")).contains("israel-pmo");
    assertThat(actors("دفتر نخست\u200cوزیر اسراییل اعلام کرد", "fa")).contains("israel-pmo");
    assertThat(actors("دفتر نخست\u200cوزیر اسرائیل اعلام کرد", "fa")).contains("israel-pmo");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "he played the trumpet", // trump
      "Omanis and Bahrainis", // oman: a suffix makes another word
      "preirgc and irgcx",
      "شاهنامه فردوسی", // Ferdowsi, not Fordow
      "سپاهیان ایران باستان", // soldiers, not the Guards
      "لعبة الترامبولين", // trampoline, not Trump
      "קפצתי על הטרמפולינה",
      "أحمد ذهب إلى الحرسي"})
  void findsNothingInsideLongerWords(String text) {
    assertThat(actors(text, null)).isEmpty();
  }

  @Test
  void listsEachActorOnceInOrderOfFirstMention() {
    assertThat(actors("Witkoff met Araghchi in Muscat; Omani mediators said Witkoff would return to Muscat.", "en"))
        .containsExactly("witkoff", "araghchi", "muscat", "oman");
  }

  @Test
  void aLongerNameWinsOverTheNameInsideIt() {
    assertThat(actors("an op-ed in Kayhan London", "en")).containsExactly("kayhan-london");
    assertThat(actors("an editorial in Kayhan", "en")).containsExactly("kayhan");
    assertThat(actors("سپاه قدس", "fa")).containsExactly("quds-force");
  }

  @Test
  void keepsPersianOnlyAliasesOutOfArabicPosts() {
    String amman = "وصل الوفد إلى عمان"; // Amman in Arabic, Oman in Persian spelling
    assertThat(actors(amman, "ar")).isEmpty();
    assertThat(actors("هیئت ایرانی به عمان رفت", "fa")).containsExactly("oman");
    assertThat(actors("الوساطة العمانية في مسقط", "ar")).containsExactly("oman", "muscat");
  }

  @Test
  void labelsAreActorIdsWithConfidenceOneAndTheStampCarriesTheCodebookHash() {
    Post post = post("The IAEA and Grossi", "en");
    Annotations a = ACTORS.annotate(post, Annotations.EMPTY);
    assertThat(a.all(ActorsAnnotator.KEY)).containsExactly(new Label("iaea", 1.0, "actors"),
        new Label("grossi", 1.0, "actors"));
    assertThat(a.stamps()).containsExactly(ACTORS.stamp());
    assertThat(ACTORS.modelHash()).isEqualTo(CODEBOOK.hash());
    assertThat(a.normalizedText()).isNull(); // it matched but did not store its own normalisation
  }

  @Test
  void usesTheNormalisedTextLeftByTheNormaliser() {
    Annotations normalised = Annotations.EMPTY.with((String) null, null, null, "netanyahu spoke");
    assertThat(ACTORS.annotate(post("no actor here", "en"), normalised).all("actor"))
        .extracting(Label::value).containsExactly("netanyahu");
  }

  @Test
  void languageComesFromTheLangLabelBeforeThePlatformTag() {
    Annotations langFa = Annotations.EMPTY.with("lang", List.of(new Label("fa", 0.99, "language")), null, null);
    assertThat(ACTORS.actorIds(post("سفر به عمان", "ar"), langFa)).containsExactly("oman");
    assertThat(ACTORS.actorIds(post("سفر به عمان", "ar"), Annotations.EMPTY)).isEmpty();
  }

  @Test
  void factoryNeedsACodebookWithActors() throws Exception {
    ActorsAnnotatorFactory f = new ActorsAnnotatorFactory();
    assertThat(f.create(new AnnotatorContext(Codebook.empty(), null))).isEmpty();
    assertThat(f.unavailableReason(new AnnotatorContext(Codebook.empty(), null))).contains("no actors");
    assertThat(f.create(new AnnotatorContext(CODEBOOK, null))).isPresent();
  }

  @Test
  void noNormalisedAliasNamesTwoActors() {
    ActorGazetteer g = new ActorGazetteer(CODEBOOK);
    for (Codebook.Actor a : CODEBOOK.actors()) {
      a.aliases().forEach((lang, aliases) -> aliases.forEach(alias -> assertThat(actors(alias, lang))
          .as(a.id() + " alias '" + alias + "'").containsExactly(a.id())));
    }
    assertThat(g.size()).isGreaterThan(150);
  }

  static List<String> actors(String text, String lang) {
    return ACTORS.actorIds(post(text, lang), Annotations.EMPTY);
  }

  static Post post(String text, String lang) {
    return Post.builder(Platform.X, "1").kind(PostKind.POST).author(Author.of("a", null, null))
        .createdAt(Instant.EPOCH).text(text).lang(lang).build();
  }
}
