package dev.chorus.classify;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  final TextNormalizer n = TextNormalizer.standard();

  @Test
  void foldsArabicVariantsAndDropsDiacriticsAndTatweel() {
    assertThat(n.normalize("أحمد إلى آمنة مدرسـة عَلِيّ")).isEqualTo("احمد الي امنه مدرسه علي");
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
    assertThat(out).doesNotContain("#").doesNotContain("\u0640").doesNotContain("\u0623").doesNotContain("\u0629");
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
