package org.civicportal.templating;

/**
 * How many items a page lists: the default and the most an editor may set. The one source for
 * Magnolia's page and component templates (through {@code civicfn.pageSize}) and the standalone's
 * pages, which always show the default.
 */
public enum PageSize {
  /** Items on a listing page: the listing page dialog's "pageSize". */
  LISTING(10, 50),
  /**
   * The newest items of each home page block ("latestCount") and of the latest-items component
   * ("count").
   */
  LATEST(5, 20),
  /** Related items under an article or report, and in the related-items component ("count"). */
  RELATED(5, 20),
  /** Hits on a search results page. */
  SEARCH(10, 50);

  private final int defaultSize;
  private final int max;

  PageSize(int defaultSize, int max) {
    this.defaultSize = defaultSize;
    this.max = max;
  }

  public int getDefault() {
    return defaultSize;
  }

  public int getMax() {
    return max;
  }

  /**
   * An editor's setting: a number, kept between 1 and {@link #getMax}; anything else (not set) is
   * the default.
   */
  public int of(Object configured) {
    if (!(configured instanceof Number number)) {
      return defaultSize;
    }
    return (int) Math.max(1, Math.min(number.longValue(), max));
  }
}
