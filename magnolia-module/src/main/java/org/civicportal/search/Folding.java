package org.civicportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ASCIIFoldingFilter;

/**
 * The {@link FoldingAnalyzer}'s treatment of words, in plain Java: the words of a query and of a
 * hit's text are compared the way the index compared them.
 */
public final class Folding {
  /** A word as the search sees it: a run of letters, digits and combining marks. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{Mn}]*");

  private Folding() {}

  /**
   * {@code word} lower-cased, folded to ASCII and without combining marks: "Quý" -> "quy", "Đà" ->
   * "da".
   */
  public static String fold(String word) {
    char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[lower.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
    StringBuilder folded = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (Character.getType(out[i]) != Character.NON_SPACING_MARK) {
        folded.append(out[i]);
      }
    }
    return folded.toString();
  }

  /**
   * The words of {@code text} as typed, lower-case, in order: what a CONTAINS query gets, so that
   * the index's own analyzer folds them (a workspace without the folding analyzer still finds the
   * exact words).
   */
  public static List<String> typedWords(String text) {
    List<String> words = new ArrayList<>();
    for (Matcher m = WORD.matcher(text); m.find(); ) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The folded words of {@code text}, in order, repeats included. */
  public static List<String> words(String text) {
    return typedWords(text).stream().map(Folding::fold).toList();
  }
}
