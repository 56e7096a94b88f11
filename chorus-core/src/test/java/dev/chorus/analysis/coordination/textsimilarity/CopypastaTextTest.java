package dev.chorus.analysis.coordination.textsimilarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link CopypastaText#normalize} skips its patterns where they cannot match and collapses white space without one:
 * it must give what the three regular expressions it replaced gave, on every text (the copypasta objects stored in the
 * index and compared by coordination depend on it).
 */
class CopypastaTextTest {
  private static final Pattern LINKS = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern MENTIONS = Pattern.compile("@[\\p{L}\\p{N}_.]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The former definition, all three patterns always run. */
  private static String byPatterns(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = LINKS.matcher(text).replaceAll(" ");
    s = MENTIONS.matcher(s).replaceAll(" ");
    s = SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return s.strip();
  }

  @Test
  void examplesAsThePatternsGive() {
    for (String t : new String[] {"", " ", "  a  b\t\nc ", "Read WWW.Example.com/x now", "see http://x.y/z,ok",
        "@someone hi @x.y", "ww.w. www. wWw.a", "no link: a.b.c", "\u000Bx\u000Cy\u2003z\u00A0", "a \u0085 b",
        "سلام  دنیا\u200C@کاربر https://t.co/abc", "HTTPS://A.B", "x://y", "@"}) {
      assertThat(CopypastaText.normalize(t)).as(t).isEqualTo(byPatterns(t));
    }
  }

  @Property(tries = 5000)
  void sameAsThePatterns(@ForAll("texts") String text) {
    assertThat(CopypastaText.normalize(text)).isEqualTo(byPatterns(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("http://", "https://", "HTTP://", "www.", "WwW.", "ww.", "w.", "://", "@", "@a.b", ".", " ",
            "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u0085", "\u200C", "İ", "ß", "A", "z",
            "سلام", "שלום", "ك", "x.co/a", "_", "1", "HtTpS://", "https:/", "http:", "ſ", "\u212A", "h", "t",
            "p", "s", "W", "/", ":", "\ud83d\ude00"),
        Arbitraries.strings().ofMaxLength(4));
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
