package dev.chorus.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link PostBody} reads tokens in place: the same body and hashtag words as the code that copied each token out. */
class PostBodyTest {
  @Property(tries = 3000)
  void theSplitIsThatOfTheTokenCopies(@ForAll("posts") String text) {
    assertThat(PostBody.of(text)).isEqualTo(TokenCopies.of(text));
  }

  @Property(tries = 1000)
  void anyCharsSplitAsBefore(@ForAll("anyText") String text) {
    assertThat(PostBody.of(text)).isEqualTo(TokenCopies.of(text));
  }

  /** Posts made of the tokens each rule looks at: handles, links, addresses, placeholders, tags, marks, emoji. */
  @Provide
  Arbitrary<String> posts() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("@user", "＠user", "x@y.org", "http://a.b/c", "https://t.co/x", "www.", "www.example.org", "a.b/c",
            "example.com/path", ".com/x", "a./b", "é.x/y", "RT", "URL", "MENTION", "USER", "HTTPURL", "rt", "URLs",
            "#No_Deal", "#نه_به_مذاکره", "#", "##x", "#2025", "don't", "it’s", "می\u200Cخواهم", "e\u0301", "ن\u064E",
            "😀", "a😀b", "\uD800", "\uDC00x", "123", "a1b", "...", "שלום", "مذاکره", "Talks!", "x/", "a.b", "_"),
        Arbitraries.strings().withCharRange('a', 'z').withChars("./@:#'").ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> space = Arbitraries.of(" ", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "", "\u200C");
    return Arbitraries.lazy(() -> token.list().ofMaxSize(12).flatMap(ts -> space.list().ofSize(ts.size())
        .map(ss -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < ts.size(); i++) {
            b.append(ts.get(i)).append(ss.get(i));
          }
          return b.toString();
        })));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(40);
  }

  /** The split as it was: each whitespace-free token copied out with substring, then read. */
  private static final class TokenCopies {
    static PostBody of(String text) {
      StringBuilder body = new StringBuilder(text.length());
      StringBuilder tags = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        if (end == i) {
          i++;
          continue;
        }
        String token = text.substring(i, end);
        if (token.charAt(0) == '#') {
          appendWords(tags, token, 1);
        } else if (!isNoise(token)) {
          appendWords(body, token, 0);
        }
        i = end;
      }
      return new PostBody(withoutLastSpace(body), withoutLastSpace(tags));
    }

    private static String withoutLastSpace(StringBuilder words) {
      if (words.length() > 0 && words.charAt(words.length() - 1) == ' ') {
        words.setLength(words.length() - 1);
      }
      return words.toString();
    }

    private static boolean isNoise(String token) {
      char first = token.charAt(0);
      if (first == '@' || first == '＠') {
        return true;
      }
      if (token.contains("://") || token.startsWith("www.") || token.contains("@") || looksLikeDomain(token)) {
        return true;
      }
      return token.equals("RT") || token.equals("URL") || token.equals("MENTION") || token.equals("USER")
          || token.equals("HTTPURL");
    }

    private static boolean looksLikeDomain(String token) {
      int dot = token.indexOf('.');
      int slash = token.indexOf('/');
      return dot > 0 && slash > dot + 1 && Character.isLetter(token.charAt(dot + 1)) && token.charAt(0) < 128;
    }

    private static void appendWords(StringBuilder out, String token, int from) {
      boolean inWord = false;
      for (int i = from; i < token.length(); ) {
        int cp = token.codePointAt(i);
        i += Character.charCount(cp);
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        if (Character.isLetter(cp) || cp == '\u200C' || cp == '\'' || cp == '’' || mark) {
          if (!inWord && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
          }
          out.appendCodePoint(cp);
          inWord = true;
        } else {
          inWord = false;
        }
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
  }
}
