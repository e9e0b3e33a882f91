package org.civicportal.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops combining marks from tokens: Vietnamese typed in decomposed form ("a" followed by U+0301)
 * then folds like the precomposed letters that {@link
 * org.apache.lucene.analysis.ASCIIFoldingFilter} already maps.
 */
final class CombiningMarkFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  CombiningMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] chars = term.buffer();
    int kept = 0;
    for (int i = 0; i < term.length(); i++) {
      if (Character.getType(chars[i]) != Character.NON_SPACING_MARK) {
        chars[kept++] = chars[i];
      }
    }
    term.setLength(kept);
    return true;
  }
}
