package org.civicportal.search;

import java.io.Reader;
import org.apache.lucene.analysis.ASCIIFoldingFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.ReusableAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.Version;

/**
 * The Lucene analyzer of the content workspaces' full-text index: words as Unicode splits them,
 * lower-cased, then folded to ASCII without combining marks, so "Báo cáo quý III" is indexed as
 * "bao cao quy iii" and a query typed without diacritics (or in capitals) finds it; đ/Đ fold to d.
 * Jackrabbit uses the same analyzer for the words of a CONTAINS query. Named by the {@code
 * analyzer} parameter of a workspace's SearchIndex (docs/search-feeds-seo.md); Lucene 3.6, as
 * Jackrabbit 2.20 and Magnolia 6.2 ship it. No stop words: Vietnamese syllables such as "a" or
 * "the" are words too.
 */
public final class FoldingAnalyzer extends ReusableAnalyzerBase {
  private static final Version VERSION = Version.LUCENE_36;

  @Override
  protected TokenStreamComponents createComponents(String fieldName, Reader reader) {
    StandardTokenizer words = new StandardTokenizer(VERSION, reader);
    TokenStream folded =
        new CombiningMarkFilter(new ASCIIFoldingFilter(new LowerCaseFilter(VERSION, words)));
    return new TokenStreamComponents(words, folded);
  }
}
