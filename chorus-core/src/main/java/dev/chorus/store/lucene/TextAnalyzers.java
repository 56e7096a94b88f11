package dev.chorus.store.lucene;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis chains of the index, by name: the one home of how text becomes terms, for the embedded index
 * ({@link SearchAnalyzers}) and for the cluster index (the OpenSearch analysis plugin exposes each as
 * {@code chorus_<name>}), so both tokenise alike. Depends only on Lucene and the project's {@link TextFoldingFilter}
 * and {@link HebrewPrefixFilter}: the plugin ships these classes and nothing else of Chorus.
 *
 * <ul>
 *   <li>{@code text} (the {@code text} and {@code title} fields, every language): Lucene's Persian char filter (ZWNJ →
 *       space, so the parts of a compound verb are found alone too), ICU word segmentation, ICU folding (case, Latin
 *       accents, NFKC), Unicode digits → 0–9, then the project's {@link dev.chorus.text.TextFolding}. No stemming, so
 *       names such as تهران stay intact.
 *   <li>{@code en}: Lucene's English analyser (Porter stemming, stop words).
 *   <li>{@code fa}: Persian char filter, standard tokenizer, lower case, digits, Arabic and Persian normalisation,
 *       Persian stemming ({@code PersianAnalyzer} in 9.12 does not stem; this chain does).
 *   <li>{@code ar}: Lucene's Arabic analyser (normalisation, light stemming).
 *   <li>{@code he}: ICU segmentation and folding, the project's folding, then {@link HebrewPrefixFilter}.
 * </ul>
 */
public final class TextAnalyzers {
  /** The chains' names, in the order the cluster plugin registers them. */
  public static final List<String> NAMES = List.of("text", "en", "fa", "ar", "he");

  private TextAnalyzers() {}

  /** A new analyser of the chain {@code name}; refuses an unknown name. */
  public static Analyzer create(String name) {
    return switch (name) {
      case "text" -> multilingual();
      case "en" -> new EnglishAnalyzer();
      case "fa" -> persian();
      case "ar" -> new ArabicAnalyzer();
      case "he" -> hebrew();
      default -> throw new IllegalArgumentException("no text analyser '" + name + "'; known: " + NAMES);
    };
  }

  /**
   * An analyser whose text, and whose query terms that are not tokenised, first go through {@link PersianCharFilter}
   * (Persian's zero-width non-joiner becomes a space): the multilingual and the Persian chain.
   */
  private abstract static class PersianCharsAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new PersianCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return new PersianCharFilter(reader);
    }
  }

  private static Analyzer multilingual() {
    return new PersianCharsAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        TokenStream s = new DecimalDigitFilter(new ICUFoldingFilter(t));
        return new TokenStreamComponents(t, new TextFoldingFilter(s));
      }

      /** The same folding for the terms of prefix and wildcard queries, which are not tokenised. */
      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TextFoldingFilter(new DecimalDigitFilter(new ICUFoldingFilter(in)));
      }
    };
  }

  /** Built from the classes themselves, not by SPI name, so it loads the same inside a plugin's class loader. */
  private static Analyzer persian() {
    return new PersianCharsAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new StandardTokenizer();
        TokenStream s = new DecimalDigitFilter(new LowerCaseFilter(t));
        s = new PersianStemFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(s)));
        return new TokenStreamComponents(t, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new PersianNormalizationFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(
            new LowerCaseFilter(in))));
      }
    };
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
