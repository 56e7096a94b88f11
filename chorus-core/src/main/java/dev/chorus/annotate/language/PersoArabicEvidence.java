package dev.chorus.annotate.language;

import dev.chorus.text.TextFolding;
import java.util.Set;

/**
 * Evidence for Persian, Arabic or Urdu in a text written in the Arabic script, from letters and function words.
 *
 * <p>Why letters are not enough: Persian is often typed on Arabic keyboard layouts, with Arabic ي ى ك where Persian
 * has ی ک, and Gulf Arabic is often typed without ة (ه instead). So ي ى ك weigh almost nothing, and words are
 * compared after folding the yeh and kaf variants together: "خيلى" is the Persian "خیلی". Letters that exist in one
 * language only (پ چ ژ گ, ZWNJ between letters, ة, إ, Urdu ٹ ڈ ڑ ں ے) and the most frequent function words of each
 * language (which are short, shared by every register and hard to mistake) carry the decision. Lists are general
 * frequency lists, not taken from any corpus.
 */
final class PersoArabicEvidence {
  static final int PERSIAN = 0;
  static final int ARABIC = 1;
  static final int URDU = 2;

  private static final Set<String> PERSIAN_WORDS = folded(
      "که", "از", "به", "این", "را", "می", "است", "های", "ها", "با", "برای", "تو", "رو", "یه", "ولی", "اون",
      "چی", "نه", "دارم", "داره", "داریم", "میشه", "هست", "هستم", "هستی", "هستن", "بود", "بودم", "شد", "شده", "شدم",
      "کرد", "کردم", "کردن", "کنم", "کنی", "کنه", "کنید", "کنن", "نمی", "نیست", "چرا", "چه", "خیلی", "همه",
      "اینکه", "اگه", "اگر", "تا", "باید", "دیگه", "دیگر", "الان", "البته", "وقتی", "چون", "خودم", "خودش", "شما",
      "آن", "اونا", "اینا", "باشه", "بشه", "میخوام", "چطور", "کجا", "چیزی", "هیچ", "پس", "مثل", "آنها",
      "کسی", "چند", "بیشتر", "بهتر", "خوب", "یک", "دو", "سه", "هر", "شود", "کند", "کنند", "بودن", "اما",
      "توی", "اینجا", "اونجا", "جان", "دل", "رفت", "گفت", "آره", "بازم", "همین", "چقدر");
  private static final Set<String> ARABIC_WORDS = folded(
      "في", "على", "الى", "إلى", "عن", "مع", "هذا", "هذه", "ذلك", "التي", "الذي", "الذين", "كان", "كانت", "لم",
      "لن", "إن", "أن", "ان", "لا", "هو", "هي", "انا", "أنا", "نحن", "انت", "أنت", "يا", "كل", "اللي", "أو",
      "ثم", "حتى", "مو", "مش", "ليش", "وش", "اذا", "إذا", "لماذا", "كيف", "عند", "لكن", "ولكن", "غير", "ايش", "شي",
      "بين", "والله", "عشان", "علي", "فيه", "فيها", "منه", "عليه", "لها", "له", "لي", "هل", "وين", "ليه",
      "هذي", "أي", "قال", "بعض", "كذا", "يعني", "ولا", "وما", "وهو", "الا", "إلا", "جدا", "بدون", "وانا");
  private static final Set<String> URDU_WORDS = folded(
      "اور", "کے", "ہے", "ہیں", "نہیں", "میں", "سے", "تھا", "تھی", "یہ", "وہ", "کیا", "گیا", "ہو", "کر", "نے", "کو");
  /** Which lists hold each listed word, bit {@code 1 << language}: one look-up a word instead of three. */
  private static final java.util.Map<String, Integer> LISTED = listed();
  /** Persian words that start with ال and are not the Arabic article. */
  private static final Set<String> PERSIAN_AL_WORDS = folded("الان", "البته", "الهام", "الگو", "الکی", "الو");

  private PersoArabicEvidence() {}

  /** Points for Persian, Arabic and Urdu (indices {@link #PERSIAN}, {@link #ARABIC}, {@link #URDU}). */
  static double[] of(String body) {
    double[] points = new double[3];
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ' ';
      if (c == ' ') {
        if (word.length() > 0) {
          scoreWord(word.toString(), points);
          word.setLength(0);
        }
        continue;
      }
      scoreLetter(c, body, i, points);
      char folded = fold(c);
      if (folded != 0) {
        word.append(folded);
      }
    }
    return points;
  }

  private static void scoreLetter(char c, String body, int i, double[] points) {
    switch (c) {
      case 'پ', 'چ', 'ژ', 'گ' -> points[PERSIAN] += 2;
      case 'ک', 'ی' -> points[PERSIAN] += 1;
      case 'ۀ' -> points[PERSIAN] += 2;
      case '\u200C' -> points[PERSIAN] += i > 0 && i + 1 < body.length() && isArabicLetter(body.charAt(i - 1))
          && isArabicLetter(body.charAt(i + 1)) ? 2 : 0;
      case 'ة' -> points[ARABIC] += 2;
      case 'إ' -> points[ARABIC] += 1.5;
      case 'ً', 'ٌ', 'ٍ' -> points[ARABIC] += 1;
      case 'ي', 'ك' -> points[ARABIC] += 0.2;
      case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ', 'ہ', 'ھ' -> points[URDU] += 3;
      default -> { }
    }
  }

  private static void scoreWord(String w, double[] points) {
    int lists = LISTED.getOrDefault(w, 0);
    if ((lists & 1 << PERSIAN) != 0) {
      points[PERSIAN] += 2;
    }
    if ((lists & 1 << ARABIC) != 0) {
      points[ARABIC] += 2;
    }
    if ((lists & 1 << URDU) != 0) {
      points[URDU] += 2;
    }
    if (w.length() >= 4 && hasArticle(w) && !PERSIAN_AL_WORDS.contains(w)) {
      points[ARABIC] += 1;
    }
    if (w.length() >= 4 && (w.startsWith("می") || w.startsWith("نمی")) && !w.startsWith("میل")) {
      points[PERSIAN] += 0.5;
    }
  }

  /** The Arabic article, alone or after the clitics و ب ف ك ل. */
  private static boolean hasArticle(String w) {
    return w.startsWith("ال") || w.length() >= 5 && "وبفکل".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)
        || w.startsWith("لل");
  }

  /**
   * Drops what {@link TextFolding#isRemoved} drops (diacritics, tatweel, ZWNJ) and folds the yeh and kaf variants
   * together; 0 to drop the char. Narrower than {@link TextFolding#fold}: alef forms and ة are evidence here (Persian
   * آن, Arabic ان).
   */
  private static char fold(char c) {
    if (TextFolding.isRemoved(c)) {
      return 0;
    }
    return switch (c) {
      case 'ي', 'ى' -> 'ی';
      case 'ك' -> 'ک';
      default -> c;
    };
  }

  private static java.util.Map<String, Integer> listed() {
    java.util.Map<String, Integer> lists = new java.util.HashMap<>();
    PERSIAN_WORDS.forEach(w -> lists.merge(w, 1 << PERSIAN, (a, b) -> a | b));
    ARABIC_WORDS.forEach(w -> lists.merge(w, 1 << ARABIC, (a, b) -> a | b));
    URDU_WORDS.forEach(w -> lists.merge(w, 1 << URDU, (a, b) -> a | b));
    return java.util.Map.copyOf(lists);
  }

  private static Set<String> folded(String... words) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String w : words) {
      StringBuilder b = new StringBuilder(w.length());
      for (char c : w.toCharArray()) {
        char f = fold(c);
        if (f != 0) {
          b.append(f);
        }
      }
      out.add(b.toString());
    }
    return Set.copyOf(out);
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c);
  }
}
