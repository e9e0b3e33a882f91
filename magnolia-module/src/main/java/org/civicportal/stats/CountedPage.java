package org.civicportal.stats;

import org.civicportal.content.Item;

/**
 * A counted page path named: its type, its title (never null) and, for an article or report, the
 * item.
 */
public final class CountedPage {
  /** What kind of page a counted path is. */
  public enum Type {
    HOME,
    LISTING,
    ITEM,
    PAGE,
    UNKNOWN;

    /** The name used in JSON, CSV and message keys ({@code civic.stats.page.{key}}). */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Type type;
  private final String title;
  private final Item item;

  CountedPage(Type type, String title, Item item) {
    this.type = type;
    this.title = title;
    this.item = item;
  }

  public Type getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  /** The article or report, or null for other pages. */
  public Item getItem() {
    return item;
  }
}
