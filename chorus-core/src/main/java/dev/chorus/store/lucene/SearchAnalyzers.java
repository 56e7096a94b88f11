package dev.chorus.store.lucene;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.TokenFilter;
import java.util.function.UnaryOperator;
import dev.chorus.dimension.Dimensions;
import dev.chorus.dimension.Dimension;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysis chains of the index.
 *
 * <ul>
 *   <li>{@code text}, {@code title}: every language: Lucene's Persian char filter (ZWNJ → space, so the parts of a
 *       compound verb are found alone too), ICU word segmentation, ICU folding (case, Latin accents, NFKC), Unicode
 *       digits → 0–9, then {@link TextFoldingFilter}: the project's one {@link dev.chorus.text.TextFolding}, so that
 *       search spells Persian/Arabic/Hebrew words as the gazetteer and the classifiers do. No stemming, so names such
 *       as تهران stay intact.
 *   <li>{@code text_en}: Lucene's English analyser (Porter stemming, stop words).
 *   <li>{@code text_fa}: Persian char filter (ZWNJ), normalisation and stemming: {@code PersianAnalyzer} in 9.12 does
 *       not stem, this custom chain does.
 *   <li>{@code text_ar}: Lucene's Arabic analyser (normalisation, light stemming).
 *   <li>{@code text_he}: ICU segmentation and folding, {@link TextFoldingFilter}, then {@link HebrewPrefixFilter}.
 *   <li>dimension fields ({@code hashtag:…}, {@code lang:…} in the query syntax): the whole value by the dimension's
 *       own term rule, as the store indexes it and the filters look it up; other keyword fields: lower-cased.
 * </ul>
 *
 * <p>The stemmed {@code text_fa} and {@code text_ar} chains keep Lucene's own Arabic and Persian normalisation filters:
 * Lucene's stemmers are written for exactly that normaliser's output, and those fields are searched together with
 * {@code text}, which carries the project's folding.
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
      for (Dimension d : Dimensions.all()) {
        perField.put(d.id(), wholeValue(d::term));
      }
      return new PerFieldAnalyzerWrapper(multilingual(), perField);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the analysers", e);
    }
  }

  /** The whole value as one term, by {@code rule}; a value the rule empties is kept as it is (one term, always). */
  private static Analyzer wholeValue(UnaryOperator<String> rule) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new KeywordTokenizer();
        TokenStream ruled = new TokenFilter(t) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
              return false;
            }
            String v = rule.apply(term.toString());
            if (!v.isEmpty()) {
              term.setEmpty().append(v);
            }
            return true;
          }
        };
        return new TokenStreamComponents(t, ruled);
      }
    };
  }

  private static Analyzer multilingual() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new PersianCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        TokenStream s = new DecimalDigitFilter(new ICUFoldingFilter(t));
        return new TokenStreamComponents(t, new TextFoldingFilter(s));
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new PersianCharFilter(reader);
      }

      /** The same folding for the terms of prefix and wildcard queries, which are not tokenised. */
      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TextFoldingFilter(new DecimalDigitFilter(new ICUFoldingFilter(in)));
      }
    };
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
        TokenStream s = new TextFoldingFilter(new ICUFoldingFilter(t));
        return new TokenStreamComponents(t, new HebrewPrefixFilter(s));
      }
    };
  }
}
