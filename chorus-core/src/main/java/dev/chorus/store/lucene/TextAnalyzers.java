package dev.chorus.store.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The five language analysis chains of the text fields, in one place: the embedded index ({@link SearchAnalyzers})
 * and the OpenSearch analysis plugin (module chorus-opensearch-plugin) both build them here, so a post is tokenised
 * the same way whichever store holds it.
 *
 * <ul>
 *   <li>{@value #MULTILINGUAL} ({@code text}, {@code title}): every language: Lucene's Persian char filter (ZWNJ →
 *       space, so the parts of a compound verb are found alone too), ICU word segmentation, ICU folding (case, Latin
 *       accents, NFKC), Unicode digits → 0–9, then {@link TextFoldingFilter}: the project's one {@link
 *       dev.chorus.text.TextFolding}, so that search spells Persian/Arabic/Hebrew words as the gazetteer and the
 *       classifiers do. No stemming, so names such as تهران stay intact.
 *   <li>{@value #ENGLISH}: Lucene's English analyser (Porter stemming, stop words).
 *   <li>{@value #PERSIAN}: Persian char filter (ZWNJ), normalisation and stemming: {@code PersianAnalyzer} in 9.12
 *       does not stem, this custom chain does.
 *   <li>{@value #ARABIC}: Lucene's Arabic analyser (normalisation, light stemming).
 *   <li>{@value #HEBREW}: ICU segmentation and folding, {@link TextFoldingFilter}, then {@link HebrewPrefixFilter}.
 * </ul>
 *
 * <p>The stemmed Persian and Arabic chains keep Lucene's own Arabic and Persian normalisation filters: Lucene's
 * stemmers are written for exactly that normaliser's output, and those fields are searched together with the
 * multilingual one, which carries the project's folding.
 *
 * <p>Depends only on Lucene (core, analysis-common, analysis-icu) and {@link dev.chorus.text.TextFolding}: the plugin
 * packs just these classes, nothing else of chorus-core. Each call returns a new analyser (analysers are closeable).
 */
public final class TextAnalyzers {
  public static final String MULTILINGUAL = "text";
  public static final String ENGLISH = "en";
  public static final String PERSIAN = "fa";
  public static final String ARABIC = "ar";
  public static final String HEBREW = "he";

  /** Every chain's name, the multilingual one first. */
  public static final List<String> NAMES = List.of(MULTILINGUAL, ENGLISH, PERSIAN, ARABIC, HEBREW);

  private TextAnalyzers() {}

  /** The chain called {@code name}, one of {@link #NAMES}. */
  public static Analyzer create(String name) {
    return switch (name) {
      case MULTILINGUAL -> multilingual();
      case ENGLISH -> english();
      case PERSIAN -> persian();
      case ARABIC -> arabic();
      case HEBREW -> hebrew();
      default -> throw new IllegalArgumentException(
          "Unknown text analyser \"" + name + "\"; expected one of " + String.join(", ", NAMES) + ".");
    };
  }

  public static Analyzer english() {
    return new EnglishAnalyzer();
  }

  public static Analyzer arabic() {
    return new ArabicAnalyzer();
  }

  public static Analyzer multilingual() {
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

  public static Analyzer persian() {
    try {
      return CustomAnalyzer.builder()
          .addCharFilter("persian")
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("decimalDigit")
          .addTokenFilter("arabicNormalization")
          .addTokenFilter("persianNormalization")
          .addTokenFilter("persianStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the Persian analyser", e);
    }
  }

  public static Analyzer hebrew() {
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
