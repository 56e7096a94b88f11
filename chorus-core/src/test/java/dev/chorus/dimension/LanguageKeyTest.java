package dev.chorus.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link PostDimensions#languageKey} cuts at the first '-' or '_' by hand: the key of every language must be the one
 * {@code split("[-_]")[0]} gave (it is indexed, counted and filtered on).
 */
class LanguageKeyTest {
  private static String bySplit(String lang) {
    if (lang == null || lang.isBlank()) {
      return PostDimensions.NO_LANGUAGE;
    }
    String primary = lang.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return "iw".equals(primary) ? "he" : primary;
  }

  @Test
  void examples() {
    assertThat(PostDimensions.languageKey("en-US")).isEqualTo("en");
    assertThat(PostDimensions.languageKey(" zh_Hant ")).isEqualTo("zh");
    assertThat(PostDimensions.languageKey("iw-IL")).isEqualTo("he");
    assertThat(PostDimensions.languageKey("FA")).isEqualTo("fa");
    assertThat(PostDimensions.languageKey("-en")).isEqualTo(bySplit("-en"));
    assertThat(PostDimensions.languageKey(null)).isEqualTo("und");
  }

  @Property(tries = 2000)
  void sameAsSplit(@ForAll("tags") String lang) {
    String expected;
    try {
      expected = bySplit(lang);
    } catch (ArrayIndexOutOfBoundsException e) {
      expected = "refused"; // nothing but separators: split gives no part
    }
    String actual;
    try {
      actual = PostDimensions.languageKey(lang);
    } catch (ArrayIndexOutOfBoundsException e) {
      actual = "refused";
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.strings().withChars("enFAIWiw-_ \tİ").ofMaxLength(8);
  }
}
