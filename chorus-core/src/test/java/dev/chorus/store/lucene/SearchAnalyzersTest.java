package dev.chorus.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.text.TextFolding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The search chains fold Persian, Arabic and Hebrew spelling as {@link TextFolding} does elsewhere. */
class SearchAnalyzersTest {
  final Analyzer analyzer = SearchAnalyzers.create();

  List<String> terms(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void multilingualFieldIndexesTheTermsTheGazetteerMatches() throws IOException {
    assertThat(terms("text", "الْحَرَسُ الثَّوْرِيُّ")).containsExactly("الحرس", "الثوری")
        .containsExactlyElementsOf(List.of(TextFolding.forMatching("الحرس الثوري").split(" ")));
    assertThat(terms("text", "رئيس مسؤول كه ۱۴۰۴")).isEqualTo(terms("text", "رییس مسوول که 1404"));
    assertThat(terms("text", "Café IRGC")).containsExactly("cafe", "irgc");
  }

  @Test
  void multilingualFieldSplitsAtZwnjSoThatTheVerbStemIsFoundAlone() throws IOException {
    assertThat(terms("text", "می\u200cخواهیم")).containsExactly("می", "خواهیم");
  }

  @Test
  void hebrewFieldRemovesNiqqudAndAddsTheWordWithoutItsPrefixes() throws IOException {
    assertThat(terms("text_he", "וְהַמַּשָּׂא")).containsExactly("והמשא", "המשא", "משא");
  }

  @Test
  void prefixQueriesAreFoldedAlike() {
    assertThat(analyzer.normalize("text", "الثورة").utf8ToString()).isEqualTo("الثوره");
  }
}
