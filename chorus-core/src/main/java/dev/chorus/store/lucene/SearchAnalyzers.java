package dev.chorus.store.lucene;

import dev.chorus.dimension.Dimension;
import dev.chorus.dimension.Dimensions;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyser of the index, by field.
 *
 * <ul>
 *   <li>text fields: the language chains of {@link TextAnalyzers} ({@code text} and {@code title} the multilingual
 *       one, {@code text_en}, {@code text_fa}, {@code text_ar}, {@code text_he} their language's), shared with the
 *       OpenSearch analysis plugin;
 *   <li>dimension fields ({@code hashtag:…}, {@code lang:…} in the query syntax): the whole value by the dimension's
 *       own term rule, as the store indexes it and the filters look it up; other keyword fields: lower-cased.
 * </ul>
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
    Map<String, Analyzer> perField = new HashMap<>();
    for (String language : TextAnalyzers.NAMES) {
      if (!language.equals(TextAnalyzers.MULTILINGUAL)) {
        perField.put(PostDocuments.TEXT_PREFIX + language, TextAnalyzers.create(language));
      }
    }
    for (String f : PostDocuments.KEYWORD_FIELDS) {
      perField.put(f, keyword);
    }
    for (Dimension d : Dimensions.all()) {
      perField.put(d.id(), wholeValue(d::term));
    }
    return new PerFieldAnalyzerWrapper(TextAnalyzers.multilingual(), perField);
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
