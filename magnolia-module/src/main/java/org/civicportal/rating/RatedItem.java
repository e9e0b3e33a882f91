package org.civicportal.rating;

import org.civicportal.content.Item;

/** An existing article or report with its rating, for the statistics' top lists. */
public final class RatedItem {
  private final Item item;
  private final RatingSummary rating;

  public RatedItem(Item item, RatingSummary rating) {
    this.item = item;
    this.rating = rating;
  }

  public Item getItem() {
    return item;
  }

  public RatingSummary getRating() {
    return rating;
  }
}
