package dev.chorus.store.lucene;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.TokenFilter;
import java.util.function.UnaryOperator;
import dev.chorus.dimension.Dimensions;
import dev.chorus.dimension.Dimension;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysers of the index by field: the text chains of {@link TextAnalyzers} ({@code text} and {@code title} the
 * multilingual chain, {@code text_<lang>} the language's), and for dimension fields ({@code hashtag:…}, {@code lang:…}
 * in the query syntax) the whole value by the dimension's own term rule, as the store indexes it and the filters look
 * it up; other keyword fields lower-cased.
 *
 * <p>The stemmed {@code text_fa} and {@code text_ar} chains keep Lucene's own Arabic and Persian normalisation filters:
 * Lucene's stemmers are written for exactly that normaliser's output, and those fields are searched together with
 * {@code text}, which carries the project's folding.
 */
final class SearchAnalyzers {
  private SearchAnalyzers() {}

  static Analyzer create() {
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new KeywordTokenizer();
        return new TokenStreamComponents(t, new LowerCaseFilter(t));
      }
    };
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (String lang : PostDocuments.ANALYSED_LANGUAGES) {
      perField.put(PostDocuments.TEXT_PREFIX + lang, TextAnalyzers.create(lang));
    }
    for (String f : PostDocuments.KEYWORD_FIELDS) {
      perField.put(f, keyword);
    }
    for (Dimension d : Dimensions.all()) {
      perField.put(d.id(), wholeValue(d::term));
    }
    return new PerFieldAnalyzerWrapper(TextAnalyzers.create("text"), perField);
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
}
