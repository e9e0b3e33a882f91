package org.civicportal.search;

/**
 * A piece of a hit's title or excerpt: plain text (templates escape it), marked when it is a
 * searched word.
 */
public final class Fragment {
  private final String text;
  private final boolean match;

  Fragment(String text, boolean match) {
    this.text = text;
    this.match = match;
  }

  public String getText() {
    return text;
  }

  /** Whether this piece is a searched word (shown in {@code <mark>}). */
  public boolean isMatch() {
    return match;
  }
}
