package org.civicportal.content;

/** An article (tin bài): an item with nothing beyond what every item has. */
public final class Article extends Item {
  Article(Builder b) {
    super(b);
  }
}
