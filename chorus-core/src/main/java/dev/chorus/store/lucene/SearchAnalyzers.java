package dev.chorus.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysis chains of the index.
 *
 * <ul>
 *   <li>{@code text}, {@code title}: every language: ICU word segmentation, ICU folding (case, diacritics, NFKC, Hebrew
 *       niqqud) and Persian/Arabic letter normalisation (ی/ي, ک/ك, ة, alef forms, tatweel), no stemming, so names
 *       such as تهران stay intact.
 *   <li>{@code text_en}: Lucene's English analyser (Porter stemming, stop words).
 *   <li>{@code text_fa}: Persian char filter (ZWNJ), normalisation and stemming: {@code PersianAnalyzer} in 9.12 does
 *       not stem, this custom chain does.
 *   <li>{@code text_ar}: Lucene's Arabic analyser (normalisation, light stemming).
 *   <li>{@code text_he}: ICU segmentation and folding plus {@link HebrewPrefixFilter}.
 *   <li>keyword fields: the whole value, lower-cased.
 * </ul>
 */
final class SearchAnalyzers {
  private SearchAnalyzers() {}

  static Analyzer create() {
    try {
      Analyzer keyword = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer t = new KeywordTokenizer();
          return new TokenStreamComponents(t, new LowerCaseFilter(t));
        }
      };
      Map<String, Analyzer> perField = new java.util.HashMap<>();
      perField.put(PostDocuments.TEXT_PREFIX + "en", new EnglishAnalyzer());
      perField.put(PostDocuments.TEXT_PREFIX + "ar", new ArabicAnalyzer());
      perField.put(PostDocuments.TEXT_PREFIX + "fa", persian());
      perField.put(PostDocuments.TEXT_PREFIX + "he", hebrew());
      for (String f : PostDocuments.KEYWORD_FIELDS) {
        perField.put(f, keyword);
      }
      return new PerFieldAnalyzerWrapper(multilingual(), perField);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the analysers", e);
    }
  }

  private static Analyzer multilingual() throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter("persian")
        .withTokenizer("icu")
        .addTokenFilter("icuFolding")
        .addTokenFilter("decimalDigit")
        .addTokenFilter("arabicNormalization")
        .addTokenFilter("persianNormalization")
        .build();
  }

  private static Analyzer persian() throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter("persian")
        .withTokenizer("standard")
        .addTokenFilter("lowercase")
        .addTokenFilter("decimalDigit")
        .addTokenFilter("arabicNormalization")
        .addTokenFilter("persianNormalization")
        .addTokenFilter("persianStem")
        .build();
  }

  private static Analyzer hebrew() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        TokenStream s = new ICUFoldingFilter(t);
        return new TokenStreamComponents(t, new HebrewPrefixFilter(s));
      }
    };
  }
}
