package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The Persian chain is built from its classes (so that it loads inside the OpenSearch plugin's class loader) instead
 * of Lucene's SPI names: it must give exactly the tokens the SPI-built chain gave, for any Persian and Arabic text.
 */
class TextAnalyzersTest {
  static final Analyzer BY_NAME = byName();
  static final Analyzer BY_CLASS = TextAnalyzers.create("fa");

  static Analyzer byName() {
    try {
      return CustomAnalyzer.builder().addCharFilter("persian").withTokenizer("standard").addTokenFilter("lowercase")
          .addTokenFilter("decimalDigit").addTokenFilter("arabicNormalization")
          .addTokenFilter("persianNormalization").addTokenFilter("persianStem").build();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> tokens(Analyzer a, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(inc.getPositionIncrement() + ":" + term);
      }
      ts.end();
    }
    return out;
  }

  @Property(tries = 300)
  void thePersianChainByClassEqualsItByName(@ForAll @StringLength(max = 40) @CharRange(from = '\u0600', to = '\u06FF')
      @CharRange(from = ' ', to = ' ') @CharRange(from = '\u200C', to = '\u200C') @CharRange(from = 'A', to = 'z')
      String text) throws Exception {
    assertThat(tokens(BY_CLASS, text)).isEqualTo(tokens(BY_NAME, text));
    assertThat(BY_CLASS.normalize("f", text)).isEqualTo(BY_NAME.normalize("f", text));
  }

  @Test
  void samplesAndUnknownNames() throws Exception {
    for (String t : List.of("می‌خواهیم مذاکرات را متوقف کنیم", "كتاب‌ها و دانشجویان ۱۴۰۳", "نه به مذاکره")) {
      assertThat(tokens(BY_CLASS, t)).isEqualTo(tokens(BY_NAME, t)).isNotEmpty();
    }
    assertThat(TextAnalyzers.NAMES).containsExactly("text", "en", "fa", "ar", "he");
    assertThatThrownBy(() -> TextAnalyzers.create("de")).hasMessageContaining("no text analyser 'de'");
  }
}
