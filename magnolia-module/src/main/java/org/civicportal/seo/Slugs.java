package org.civicportal.seo;

import org.civicportal.search.Folding;

/**
 * URL names of free-text values: a category "Báo chí - Xuất bản" has the feed name
 * "bao-chi-xuat-ban".
 */
public final class Slugs {
  private Slugs() {}

  /** The folded words of {@code text} joined by '-'; "" when it has none. */
  public static String of(String text) {
    return text == null ? "" : String.join("-", Folding.words(text));
  }
}
