package org.civicportal.search;

import java.util.List;
import org.civicportal.content.ResultPage;

/**
 * What the search page shows: the query read back, one page of hits, and the years its year filter
 * offers.
 */
public final class SearchResults {
  private final SearchQuery query;
  private final ResultPage<SearchHit> hits;
  private final List<Integer> years;

  SearchResults(SearchQuery query, ResultPage<SearchHit> hits, List<Integer> years) {
    this.query = query;
    this.hits = hits;
    this.years = List.copyOf(years);
  }

  public SearchQuery getQuery() {
    return query;
  }

  /** One page of hits, best first; empty (total 0) for an empty query. */
  public ResultPage<SearchHit> getHits() {
    return hits;
  }

  /** Publish years of the site's items, newest first, for the year filter. */
  public List<Integer> getYears() {
    return years;
  }
}
