package org.civicportal.content;

/** An article or report with its page views over a period: one line of "most read". */
public final class ViewedItem {
  private final Item item;
  private final long views;

  public ViewedItem(Item item, long views) {
    this.item = item;
    this.views = views;
  }

  public Item getItem() {
    return item;
  }

  public long getViews() {
    return views;
  }
}
