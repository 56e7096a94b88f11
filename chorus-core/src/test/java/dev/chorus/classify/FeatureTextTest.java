package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Feature text preparation; the letter folding's own examples and properties are in {@code TextFoldingTest}. */
class FeatureTextTest {
  final FeatureText n = FeatureText.standard();

  @Test
  void foldsArabicVariantsAndDropsDiacriticsAndTatweelWithTheOneTextFolding() {
    assertThat(n.normalize("أحمد إلى آمنة مدرسـة عَلِيّ")).isEqualTo("احمد الی امنه مدرسه علی")
        .isEqualTo(dev.chorus.text.TextFolding.forMatching("أحمد إلى آمنة مدرسـة عَلِيّ"));
  }

  @Test
  void keepsCaseWhenAskedButStillFoldsLettersAndSpacing() {
    FeatureText keepingCase = new FeatureText(false, java.util.List.of());
    assertThat(keepingCase.normalize("Vote  #Hillary كه\n")).isEqualTo("Vote Hillary که");
  }

  @Test
  void stripsSemStKeepsHashtagWordsAndReplacesUrlsAndMentions() {
    assertThat(n.normalize("@tedcruz Vote #Hillary2016 now http://t.co/x #SemST"))
        .isEqualTo("@user vote hillary2016 now httpurl");
    assertThat(n.normalize("#SemSTx stays")).isEqualTo("semstx stays");
  }

  @Property(tries = 200)
  void anyTextNormalisesWithoutHashesCapitalsOrArabicVariants(@ForAll String text) {
    String out = n.normalize(text);
    assertThat(out).doesNotContain("#").doesNotContain("\u0640").doesNotContain("\u0623").doesNotContain("\u0629")
        .doesNotContain("\u064A");
    assertThat(out).isEqualTo(out.strip());
    assertThat(out.chars().noneMatch(c -> c >= 'A' && c <= 'Z')).isTrue();
  }

  @Property(tries = 200)
  void ngramFeaturesOfAnyTextAreSortedAndFinite(@ForAll String text) {
    FeatureSpace space = FeatureSpace.fit(FeatureSettings.standard().withMinDf(1), java.util.List.of(n.normalize(text)));
    var x = space.vectorize(n.normalize(text));
    for (int i = 0; i < x.length; i++) {
      assertThat(Double.isFinite(x[i].getValue())).isTrue();
      assertThat(i == 0 || x[i - 1].getIndex() < x[i].getIndex()).isTrue();
    }
  }
}
