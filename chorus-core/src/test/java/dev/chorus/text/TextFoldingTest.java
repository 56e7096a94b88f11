package dev.chorus.text;

import static dev.chorus.text.TextFolding.forMatching;
import static dev.chorus.text.TextFolding.lettersOnly;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Examples per language (Persian, Arabic, Hebrew, English) and invariants for any input: arbitrary Unicode (unpaired
 * surrogates included) and dense right-to-left text alike.
 */
class TextFoldingTest {
  /** Arabic harakat, superscript alef, tatweel, Hebrew cantillation and niqqud: none may survive folding. */
  private static boolean isArabicOrHebrewMark(int cp) {
    return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640
        || (cp >= 0x0591 && cp <= 0x05BD) || cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2 || cp == 0x05C4
        || cp == 0x05C5 || cp == 0x05C7;
  }

  @Test
  void persianFoldsArabicLettersAndRemovesZwnj() {
    // Arabic yeh and kaf typed on an Arabic keyboard, ZWNJ in می‌خواهیم
    assertThat(forMatching("مي\u200cخواهيم كه")).isEqualTo("میخواهیم که");
    assertThat(forMatching("می\u200cخواهیم که")).isEqualTo(forMatching("میخواهیم كه"));
    assertThat(forMatching("خانهٔ")).isEqualTo("خانه");
    assertThat(forMatching("۱۴۰۴")).isEqualTo("1404");
    // hamza seats are spelt either way: رئیس and رییس, مسئول and مسؤول
    assertThat(forMatching("رئیس")).isEqualTo(forMatching("رییس"));
    assertThat(forMatching("مسؤول")).isEqualTo("مسوول");
  }

  @Test
  void arabicRemovesHarakatAndTatweelAndFoldsTehMarbutaAndAlefs() {
    assertThat(forMatching("الْحَرَسُ الثَّوْرِيُّ")).isEqualTo("الحرس الثوری");
    assertThat(forMatching("حـــزب")).isEqualTo("حزب");
    assertThat(forMatching("الثورة")).isEqualTo("الثوره");
    assertThat(forMatching("أحمد إيران آمن ٱلله")).isEqualTo("احمد ایران امن الله");
    assertThat(forMatching("إلى")).isEqualTo("الی");
    // (the classifier's former Arabic folding folded the same words, to ي instead of ی)
    assertThat(forMatching("أحمد إلى آمنة مدرسـة عَلِيّ")).isEqualTo("احمد الی امنه مدرسه علی");
    assertThat(forMatching("ﻻ ﷲ ٢٠٢٥")).isEqualTo("لا الله 2025");
  }

  @Test
  void hebrewRemovesNiqqudAndCantillationAndStraightensGershayim() {
    assertThat(forMatching("מִשְׁמְרוֹת הַמַּהְפֵּכָה")).isEqualTo("משמרות המהפכה");
    assertThat(forMatching("בְּרֵאשִׁ֖ית")).isEqualTo("בראשית");
    assertThat(forMatching("סבא״א החות׳ים")).isEqualTo("סבא\"א החות'ים");
    assertThat(forMatching("משא־ומתן")).isEqualTo("משא ומתן");
  }

  @Test
  void englishIsLowerCasedWithSpacesCollapsedAndQuotesStraightened() {
    assertThat(forMatching("  The IRGC\n\t and  PRESS\u00a0TV’s ")).isEqualTo("the irgc and press tv's");
    assertThat(forMatching("«Stop» “the” ２０２５")).isEqualTo("\"stop\" \"the\" 2025");
    assertThat(forMatching("a \u200c b")).isEqualTo("a b");
    assertThat(forMatching(null)).isEmpty();
    assertThat(forMatching(" \u200f\n")).isEmpty();
  }

  @Test
  void keepsWhatIsNotAVariant() {
    assertThat(forMatching("café naïve")).isEqualTo("café naïve");
    assertThat(forMatching("پ چ ژ گ ء ە")).isEqualTo("پ چ ژ گ ء ە");
  }

  @Test
  void lettersOnlyKeepsCaseAndSpacingForRegularExpressions() {
    assertThat(lettersOnly("(?<!\\p{L})أوقفوا  \\S+ كه")).isEqualTo("(?<!\\p{L})اوقفوا  \\S+ که");
    assertThat(lettersOnly("The  IRGC\n")).isEqualTo("The  IRGC\n");
    assertThat(lettersOnly(null)).isEmpty();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> rtl = Arbitraries.strings()
        .withCharRange('\u0590', '\u06ff') // Hebrew and Arabic blocks: letters, marks, niqqud, harakat
        .withCharRange('\ufb1d', '\ufb4f') // Hebrew presentation forms
        .withCharRange('\ufb50', '\ufdff') // Arabic presentation forms A
        .withCharRange('\ufe70', '\ufeff') // Arabic presentation forms B
        .withChars(" \t\n\u00a0\u200c\u200d\u200f\u2066aAİK\u212a\ud800\udfff")
        .ofMaxLength(60);
    return Arbitraries.oneOf(anyChars, rtl);
  }

  @Property(tries = 200)
  void isIdempotent(@ForAll("texts") String s) {
    String once = forMatching(s);
    assertThat(forMatching(once)).isEqualTo(once);
    String letters = lettersOnly(s);
    assertThat(lettersOnly(letters)).isEqualTo(letters);
  }

  @Property(tries = 200)
  void leavesNoMarkTatweelOrArabicYehAndKaf(@ForAll("texts") String s) {
    forMatching(s).codePoints().forEach(cp -> {
      assertThat(isArabicOrHebrewMark(cp)).as("U+%04X left", cp).isFalse();
      assertThat(cp).as("U+%04X left", cp).isNotIn(0x064A, 0x0649, 0x0643, 0x200C);
      assertThat(TextFolding.isRemoved(cp)).as("U+%04X removed", cp).isFalse();
      assertThat(TextFolding.fold(cp)).as("U+%04X folded", cp).isEqualTo(cp);
    });
  }

  @Property(tries = 200)
  void arabicYehAndKafMatchTheirPersianForms(@ForAll("texts") String s) {
    String persian = s.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
    assertThat(forMatching(s)).isEqualTo(forMatching(persian));
  }

  @Property(tries = 200)
  void neverHasMoreCodePointsThanTheNfkcForm(@ForAll("texts") String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    String out = forMatching(s);
    assertThat(out.codePointCount(0, out.length())).isLessThanOrEqualTo(nfkc.codePointCount(0, nfkc.length()));
  }

  @Property(tries = 200)
  void hasSingleSpacesOnlyAndNoneAtTheEnds(@ForAll("texts") String s) {
    String out = forMatching(s);
    assertThat(out).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    assertThat(out.codePoints().filter(cp -> cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))))
        .isEmpty();
  }

  @Property(tries = 200)
  void onlyCaseFoldsLatinText(@ForAll("latin") String s) {
    assertThat(forMatching(s)).isEqualTo(s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " "));
    assertThat(lettersOnly(s)).isEqualTo(s);
  }

  @Provide
  Arbitrary<String> latin() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withCharRange('\u00c0', '\u00d6').withCharRange('\u00d8', '\u00f6').withCharRange('\u00f8', '\u00ff')
        .withChars(" .,'-#@").ofMaxLength(40);
  }

  /**
   * The pass reads ASCII by a shortcut (no removal, no fold, ASCII lower case): what the general steps do to each
   * ASCII char, so the shortcut changes no output.
   */
  @Test
  void theAsciiShortcutIsWhatTheStepsDo() {
    for (int c = 0; c < 0x80; c++) {
      assertThat(TextFolding.isRemoved(c)).as("U+%04X", c).isFalse();
      assertThat(TextFolding.fold(c)).as("U+%04X", c).isEqualTo(c);
      assertThat(Character.toLowerCase(c)).as("U+%04X", c).isEqualTo(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }

  /** The pass tells ASCII white space by ranges: the chars the general test calls space. */
  @Test
  void asciiSpacesAreTheSpacesOfTheGeneralTest() {
    for (int c = 0; c < 0x80; c++) {
      assertThat(TextFolding.isAsciiSpace(c)).as("U+%04X", c).isEqualTo(TextFolding.isSpace(c));
    }
  }

  /**
   * The pass writes the letters the shortcut lets through (Arabic-script and Hebrew letters) as they are, without the
   * general steps: what those steps do to each of them, so this shortcut changes no output either.
   */
  @Test
  void thePassWritesTheShortcutsLettersAsTheStepsWould() {
    for (int c = 0x80; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      if (TextFolding.isSettled(s, true) || TextFolding.isSettled(s, false)) {
        assertThat(TextFolding.isRemoved(c)).as("U+%04X", c).isFalse();
        assertThat(TextFolding.fold(c)).as("U+%04X", c).isEqualTo(c);
        assertThat(TextFolding.isSpace(c)).as("U+%04X", c).isFalse();
        assertThat(Character.toLowerCase(c)).as("U+%04X", c).isEqualTo(c);
      }
    }
  }

  /** The shortcut for text that needs nothing: every character it lets through is one that no step changes. */
  @Test
  void theShortcutOnlyPassesCharactersNoStepChanges() {
    for (boolean matching : new boolean[] {true, false}) {
      for (char c = 0; c < 0xFFFF; c++) {
        String s = "a" + c + "b";
        if (TextFolding.isSettled(s, matching)) {
          assertThat(TextFolding.settleSlowly(s, matching)).as("U+%04X", (int) c).isEqualTo(s);
        }
      }
    }
  }

  @Property(tries = 500)
  void theShortcutAgreesWithEveryStep(@ForAll("settledLooking") String s) {
    for (boolean matching : new boolean[] {true, false}) {
      if (TextFolding.isSettled(s, matching)) {
        assertThat(TextFolding.settleSlowly(s, matching)).isEqualTo(s);
      }
    }
    assertThat(forMatching(s)).isEqualTo(TextFolding.settleSlowly(s, true));
    assertThat(lettersOnly(s)).isEqualTo(TextFolding.settleSlowly(s, false));
  }

  @Provide
  Arbitrary<String> settledLooking() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'C').withCharRange('\u0621', '\u064A')
        .withCharRange('\u05D0', '\u05EA').withChars(" \u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0\u0653\u0654\u05b8\t")
        .ofMaxLength(30);
  }
}
