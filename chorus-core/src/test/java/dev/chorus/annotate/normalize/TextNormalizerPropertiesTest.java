package dev.chorus.annotate.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants that hold for any input, arbitrary Unicode (unpaired surrogates included) and dense RTL text alike. */
class TextNormalizerPropertiesTest {
  final TextNormalizer n = new TextNormalizer();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> rtl = Arbitraries.strings()
        .withCharRange('\u0590', '\u06ff') // Hebrew and Arabic blocks: letters, marks, niqqud, harakat
        .withCharRange('\ufb1d', '\ufb4f') // Hebrew presentation forms
        .withCharRange('\ufb50', '\ufdff') // Arabic presentation forms A
        .withCharRange('\ufe70', '\ufeff') // Arabic presentation forms B
        .withChars(" \t\n\u00a0\u200c\u200d\u200f\u2066aAİK\u212a")
        .ofMaxLength(60);
    return Arbitraries.oneOf(anyChars, rtl);
  }

  @Property(tries = 200)
  void isIdempotent(@ForAll("texts") String s) {
    String once = n.normalize(s);
    assertThat(n.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 200)
  void neverHasMoreCodePointsThanTheNfkcForm(@ForAll("texts") String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    String out = n.normalize(s);
    assertThat(out.codePointCount(0, out.length())).isLessThanOrEqualTo(nfkc.codePointCount(0, nfkc.length()));
  }

  @Property(tries = 200)
  void leavesNoFoldedCharacterBehind(@ForAll("texts") String s) {
    n.normalize(s).codePoints().forEach(cp -> {
      assertThat(TextNormalizer.isRemoved(cp)).as("U+%04X removed", cp).isFalse();
      assertThat(TextNormalizer.fold(cp)).as("U+%04X folded", cp).isEqualTo(cp);
    });
  }

  @Property(tries = 200)
  void hasSingleSpacesOnlyAndNoneAtTheEnds(@ForAll("texts") String s) {
    String out = n.normalize(s);
    assertThat(out).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    assertThat(out.codePoints().filter(cp -> cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))))
        .isEmpty();
  }

  @Property(tries = 200)
  void onlyLowerCasesAndTrimsPlainAscii(@ForAll("ascii") String s) {
    String expected = s.toLowerCase(java.util.Locale.ROOT).trim().replaceAll("\\s+", " ");
    assertThat(n.normalize(s)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> ascii() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars(" .,'-#@").ofMaxLength(40);
  }
}
