package org.civicportal.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.RepositoryException;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingSummary;
import org.civicportal.templating.Messages;
import org.civicportal.visits.TopEntry;

/**
 * The most viewed pages of a period, named: title, link (the path as visitors had it), page type,
 * views, and for articles and reports their rating (average and number of ratings, all time).
 */
final class TopContent {
  private final PageTitles titles;
  private final RatingService ratings;

  TopContent(PageTitles titles, RatingService ratings) {
    this.titles = titles;
    this.ratings = ratings;
  }

  /** The rows of the counted pages {@code pages}, in their order. */
  List<Row> rows(List<TopEntry> pages, String contextPath, Messages messages)
      throws RepositoryException {
    List<Row> rows = new ArrayList<>();
    for (TopEntry e : pages) {
      CountedPage page = titles.page(e.getKey(), contextPath, messages);
      RatingSummary rating = page.getItem() == null ? null : ratings.forPage(page.getItem());
      rows.add(new Row(e.getKey(), page, e.getCount(), rating));
    }
    return rows;
  }

  /** One page of the list. */
  public static final class Row {
    private final String path;
    private final CountedPage page;
    private final long views;
    private final RatingSummary rating;

    Row(String path, CountedPage page, long views, RatingSummary rating) {
      this.path = path;
      this.page = page;
      this.views = views;
      this.rating = rating;
    }

    /** The counted path, which is also the page's link (context path included). */
    public String getPath() {
      return path;
    }

    public String getTitle() {
      return page.getTitle();
    }

    /** "home", "listing", "item", "page" or "unknown". */
    public String getType() {
      return page.getType().key();
    }

    /** "article" or "report" for items, else null. */
    public String getKind() {
      return page.getItem() == null ? null : page.getItem().getKind().getKey();
    }

    public long getViews() {
      return views;
    }

    /**
     * The average rating to one decimal, or null when the page is not an item or has no ratings.
     */
    public BigDecimal getAverage() {
      return rating == null || rating.getCount() == 0 ? null : rating.getAverage();
    }

    /** Number of ratings; 0 for other pages. */
    public long getRatings() {
      return rating == null ? 0 : rating.getCount();
    }
  }
}
