package dev.chorus.store.lucene;

import dev.chorus.text.TextFolding;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each token with {@link TextFolding#forMatching}, so that the index and the queries spell Persian, Arabic and
 * Hebrew words as the gazetteer, the features and the call patterns do. A token that would fold to nothing (tatweel
 * alone) is left as it is: query normalisation must yield exactly one token, and the index and the query still agree.
 */
public final class TextFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public TextFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (TextFolding.isFoldedForMatching(term)) {
      return true; // most tokens: nothing to fold, no copy
    }
    String folded = TextFolding.forMatching(term.toString());
    if (!folded.isEmpty()) {
      term.setEmpty().append(folded);
    }
    return true;
  }
}
