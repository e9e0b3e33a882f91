package org.civicportal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts and marks the text shown with a hit: the words whose folded form was searched are marked,
 * whatever their diacritics or case in the text. The output is plain text in pieces; the page
 * escapes each piece.
 */
final class Highlighter {
  private Highlighter() {}

  /** All of {@code text} in pieces, the searched words marked. */
  static List<Fragment> mark(String text, Collection<String> words) {
    List<Fragment> out = new ArrayList<>();
    int plainFrom = 0;
    for (Matcher m = Folding.WORD.matcher(text); m.find(); ) {
      if (words.contains(Folding.fold(m.group()))) {
        if (m.start() > plainFrom) {
          out.add(new Fragment(text.substring(plainFrom, m.start()), false));
        }
        out.add(new Fragment(m.group(), true));
        plainFrom = m.end();
      }
    }
    if (plainFrom < text.length()) {
      out.add(new Fragment(text.substring(plainFrom), false));
    }
    return out;
  }

  /**
   * About {@code maxChars} of {@code text} around its first searched word (the start when none is
   * in it), cut at spaces, with "…" where text was left out, the searched words marked.
   */
  static List<Fragment> excerpt(String text, Collection<String> words, int maxChars) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= maxChars) {
      return mark(t, words);
    }
    int first = 0;
    for (Matcher m = Folding.WORD.matcher(t); m.find(); ) {
      if (words.contains(Folding.fold(m.group()))) {
        first = m.start();
        break;
      }
    }
    int start = Math.max(0, Math.min(first - maxChars / 3, t.length() - maxChars));
    if (start > 0) {
      int space = t.indexOf(' ', start);
      start = space < 0 || space >= first ? start : space + 1;
    }
    int end = Math.min(t.length(), start + maxChars);
    if (end < t.length()) {
      int space = t.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    String cut = (start > 0 ? "…" : "") + t.substring(start, end) + (end < t.length() ? "…" : "");
    return mark(cut, words);
  }
}
