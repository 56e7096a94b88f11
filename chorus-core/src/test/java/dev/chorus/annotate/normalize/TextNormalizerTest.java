package dev.chorus.annotate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  final TextNormalizer n = new TextNormalizer();

  @Test
  void foldsArabicLettersToPersianAndRemovesZwnj() {
    // Arabic yeh and kaf typed on an Arabic keyboard, ZWNJ in می‌خواهیم
    assertThat(n.normalize("مي\u200cخواهيم كه")).isEqualTo("میخواهیم که");
    assertThat(n.normalize("می\u200cخواهیم که")).isEqualTo(n.normalize("میخواهیم كه"));
    assertThat(n.normalize("إلى")).isEqualTo("الی");
  }

  @Test
  void removesHarakatAndTatweelAndFoldsTehMarbutaAndAlefs() {
    assertThat(n.normalize("الْحَرَسُ الثَّوْرِيُّ")).isEqualTo("الحرس الثوری");
    assertThat(n.normalize("حـــزب")).isEqualTo("حزب");
    assertThat(n.normalize("الثورة")).isEqualTo("الثوره");
    assertThat(n.normalize("أحمد إيران آمن ٱلله")).isEqualTo("احمد ایران امن الله");
    assertThat(n.normalize("خانهٔ")).isEqualTo("خانه");
  }

  @Test
  void removesHebrewNiqqudAndCantillation() {
    assertThat(n.normalize("מִשְׁמְרוֹת הַמַּהְפֵּכָה")).isEqualTo("משמרות המהפכה");
    assertThat(n.normalize("בְּרֵאשִׁ֖ית")).isEqualTo("בראשית");
    assertThat(n.normalize("סבא״א החות׳ים")).isEqualTo("סבא\"א החות'ים");
  }

  @Test
  void expandsPresentationFormsAndFoldsDigits() {
    assertThat(n.normalize("ﻻ ﷲ")).isEqualTo("لا الله");
    assertThat(n.normalize("۱۴۰۴ ٢٠٢٥ ２０２５")).isEqualTo("1404 2025 2025");
  }

  @Test
  void lowerCasesAndCollapsesWhiteSpace() {
    assertThat(n.normalize("  The IRGC\n\t and  PRESS\u00a0TV’s ")).isEqualTo("the irgc and press tv's");
    assertThat(n.normalize("a \u200c b")).isEqualTo("a b");
    assertThat(n.normalize(null)).isEmpty();
    assertThat(n.normalize(" \u200f\n")).isEmpty();
  }

  @Test
  void keepsWhatIsNotAVariant() {
    assertThat(n.normalize("café naïve")).isEqualTo("café naïve");
    assertThat(n.normalize("ئ ؤ پ چ ژ گ")).isEqualTo("ئ ؤ پ چ ژ گ");
  }
}
