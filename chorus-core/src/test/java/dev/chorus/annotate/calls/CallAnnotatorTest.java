package dev.chorus.annotate.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.analysis.DimensionCatalog;
import dev.chorus.annotate.Annotator;
import dev.chorus.annotate.AnnotatorContext;
import dev.chorus.codebook.Codebook;
import dev.chorus.dimension.Dimension;
import dev.chorus.post.Annotations;
import dev.chorus.post.Author;
import dev.chorus.post.Label;
import dev.chorus.post.Platform;
import dev.chorus.post.Post;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CallAnnotatorTest {
  static final Codebook CODEBOOK = new Codebook("1", "d", List.of(), List.of(),
      List.of(new Codebook.Actor("us-congress", "US Congress", "institution", Map.of()),
          new Codebook.Actor("jcpoa", "JCPOA", "agreement", Map.of())),
      List.of(), List.of());
  final Annotator annotator = create();

  static Annotator create() {
    try {
      return new CallAnnotatorFactory().create(new AnnotatorContext(CODEBOOK, null)).orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Post post(String text) {
    return Post.builder(Platform.X, "1").author(Author.of("u_1", null, null)).createdAt(Instant.EPOCH).text(text)
        .build();
  }

  List<String> calls(String text) {
    return annotator.annotate(post(text), Annotations.EMPTY).all(CallAnnotator.KEY).stream().map(Label::value)
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      End the talks now. The regime cannot be trusted.          | end-talks
      We must stop the negotiations with Tehran!                 | end-talks
      No deal with the mullahs!                                  | no-deal
      Say no to the Iran deal #NoDeal                            | no-deal
      Talks with Tehran reward repression. #NoDealWithTehran     | no-deal
      #Stand_With_Iranians                                       | solidarity
      Dear Congress, we ask you to support continued talks       | appeal
      Please sign the petition: link in bio                      | petition
      Choose the side of freedom.                                | solidarity
      Stand with the Iranian people                              | solidarity
      We urge Congress to reject any agreement that funds terror | appeal
      Give diplomacy a chance.                                   | support-talks
      Support the negotiations, not another war                  | support-talks
      نه به مذاکره با جمهوری اسلامی                              | end-talks
      مذاکره با جمهوری اسلامی خیانت است #نه_به_مذاکره              | end-talks
      مذاکره را متوقف کنید!                                       | end-talks
      از نمایندگان کنگره می‌خواهیم که این توافق را رد کنند          | appeal
      لطفا این پتیشن را امضا کنید                                 | petition
      از مذاکره حمایت کنید، جنگ راه حل نیست                       | support-talks
      لا للاتفاق مع طهران                                         | no-deal
      المفاوضات تمنح النظام شرعية #لا_للاتفاق                        | no-deal
      أوقفوا المفاوضات فوراً                                       | end-talks
      ندعو الكونغرس إلى رفض الاتفاق                               | appeal
      وقّعوا العريضة الآن                                          | petition
      ادعموا الحوار بدلاً من الحرب                                 | support-talks
      לא להסכם עם איראן                                           | no-deal
      הסכם עם איראן יסכן את ביטחון האזור #לא_להסכם                 | no-deal
      עצרו את המשא ומתן עכשיו                                     | end-talks
      אנו קוראים לממשלה לפעול                                     | appeal
      חתמו על העצומה                                              | petition
      תנו לדיפלומטיה לעבוד                                        | support-talks
      """)
  void findsCallsInFourLanguages(String text, String type) {
    assertThat(calls(text)).contains(type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Iranian and US negotiators met in Muscat on Saturday for a third round of talks, officials said.
      Trump said he may end the talks if no progress is made; no deal was reached so far.
      Don't stop the talks: they are the only way forward
      Talks & sanctions: "no deal" < any deal?
      Negotiators meet again this week in Muscat, officials say. #IranTalks
      مذاکرات مسقط پایان یافت؛ دور بعد هفته آینده. #مذاکره #نه_به_جنگ
      دور سوم مذاکرات ایران و آمریکا روز شنبه در مسقط برگزار شد.
      عقدت الجولة الثالثة من المحادثات بين إيران والولايات المتحدة في مسقط يوم السبت.
      הסבב השלישי של השיחות בין איראן לארצות הברית נערך בשבת במוסקט.
      """)
  void neutralNewsIsNoCall(String text) {
    assertThat(calls(text)).isEmpty();
  }

  @Test
  void arabicAndPersianSpellingVariantsAreFolded() {
    // Arabic yeh and kaf, tashkeel, and a ZWNJ-less Persian verb
    assertThat(calls("از دولت ميخواهيم كه مذاكره را متوقف كنيد")).contains("appeal", "end-talks");
    assertThat(calls("لا للاتِّفاق")).containsExactly("no-deal");
  }

  @Test
  void addresseesAreMentionsAndAddressableActorsOfCallsOnly() {
    Annotations actors = Annotations.EMPTY.with("actor",
        List.of(new Label("us-congress", 0.9, "actor"), new Label("jcpoa", 0.9, "actor")), null, null);
    Post call = post("We urge @h_0011 to end the talks").toBuilder().mentions(List.of("h_0011", "StateDept")).build();
    Annotations a = annotator.annotate(call, actors);
    assertThat(a.all(CallAnnotator.ADDRESSEE)).extracting(Label::value)
        .containsExactly("@h_0011", "@StateDept", "us-congress");
    assertThat(a.all(CallAnnotator.KEY)).allMatch(l -> l.confidence() == 1.0);
    Post news = post("Talks resume with @h_0011").toBuilder().mentions(List.of("h_0011")).build();
    assertThat(annotator.annotate(news, actors).all(CallAnnotator.ADDRESSEE)).isEmpty();
  }

  @Test
  void patternFileErrorsNameTheLine() {
    assertThatThrownBy(() -> CallPatterns.parse("patterns-xx.txt", "# c\nappeal (unclosed"))
        .hasMessageContaining("patterns-xx.txt line 2");
    assertThatThrownBy(() -> CallPatterns.parse("patterns-xx.txt", "appeal {nope}x"))
        .hasMessageContaining("{nope}");
    assertThat(CallPatterns.parse("p", "@v = (?:a|b)\npetition x{2}{v}").get(0).pattern().matcher("xxb").find())
        .isTrue();
    assertThatThrownBy(() -> CallPatterns.parse("patterns-xx.txt", "\nboycott x"))
        .hasMessage("patterns-xx.txt line 2: 'boycott' is not a call type (expected one of end-talks, no-deal, "
            + "petition, solidarity, appeal, support-talks; a new type is named in CallTypes)");
  }

  /** Every call type has a name, which /api/dimensions gives the page; the label's value stays the id. */
  @Test
  void everyCallTypeHasANameForThePage() {
    Dimension call = new CallAnnotatorFactory().dimensions().get(0);
    assertThat(call.valueNames()).containsEntry("end-talks", "End the talks")
        .containsOnlyKeys("end-talks", "no-deal", "petition", "solidarity", "appeal", "support-talks");
    assertThat(DimensionCatalog.of(Codebook.empty(), java.time.ZoneOffset.UTC).dimensions().stream()
        .filter(d -> d.id().equals("call")).findFirst().orElseThrow().valueNames())
        .containsEntry("support-talks", "Support the talks");
  }

  @Property(tries = 200)
  void neverThrowsOnArbitraryText(@ForAll String text) {
    Annotations a = annotator.annotate(post(text), Annotations.EMPTY);
    assertThat(a.all(CallAnnotator.KEY)).allMatch(l -> l.value().matches("[a-z-]+"));
  }
}
