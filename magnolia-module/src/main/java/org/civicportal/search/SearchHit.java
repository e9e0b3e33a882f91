package org.civicportal.search;

import java.util.List;
import org.civicportal.content.ItemSummary;

/**
 * One found article or report: the item, its relevance, and its title and excerpt with the searched
 * words marked.
 */
public final class SearchHit {
  private final ItemSummary item;
  private final double score;
  private final List<Fragment> title;
  private final List<Fragment> excerpt;

  SearchHit(ItemSummary item, double score, List<Fragment> title, List<Fragment> excerpt) {
    this.item = item;
    this.score = score;
    this.title = List.copyOf(title);
    this.excerpt = List.copyOf(excerpt);
  }

  public ItemSummary getItem() {
    return item;
  }

  /** The full-text index's relevance: higher is better; hits are shown best first. */
  public double getScore() {
    return score;
  }

  public List<Fragment> getTitle() {
    return title;
  }

  public List<Fragment> getExcerpt() {
    return excerpt;
  }
}
