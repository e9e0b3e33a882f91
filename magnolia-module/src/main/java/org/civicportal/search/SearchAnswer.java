package org.civicportal.search;

import java.util.List;

/**
 * The search page's answer to one request, for both sites: the hits of a valid query (status 200,
 * also when nothing was typed or nothing found), or the reason a parameter was refused (status
 * 400). The form is filled back with what the visitor sent, cut to the longest text searched.
 */
public final class SearchAnswer {
  private final String text;
  private final String type;
  private final String year;
  private final SearchResults results;
  private final String reason;
  private final List<Integer> years;

  private SearchAnswer(
      String text,
      String type,
      String year,
      SearchResults results,
      String reason,
      List<Integer> years) {
    this.text = text;
    this.type = type;
    this.year = year;
    this.results = results;
    this.reason = reason;
    this.years = List.copyOf(years);
  }

  static SearchAnswer of(SearchResults results) {
    SearchQuery q = results.getQuery();
    return new SearchAnswer(
        q.getText(), q.getType(), q.getYearText(), results, null, results.getYears());
  }

  static SearchAnswer refused(InvalidSearch refusal, String q, List<Integer> years) {
    String text = q == null ? "" : q.strip();
    return new SearchAnswer(
        text.length() > SearchQuery.MAX_LENGTH ? text.substring(0, SearchQuery.MAX_LENGTH) : text,
        "",
        "",
        null,
        refusal.getReason(),
        years);
  }

  /** 200, or 400 when a parameter was refused. */
  public int getStatus() {
    return reason == null ? 200 : 400;
  }

  public boolean isInvalid() {
    return reason != null;
  }

  /** Why the request was refused ({@link InvalidSearch#getReason}); null when it was not. */
  public String getReason() {
    return reason;
  }

  /** The query searched; null when the request was refused. */
  public SearchQuery getQuery() {
    return results == null ? null : results.getQuery();
  }

  /** The hits; null when the request was refused. */
  public SearchResults getResults() {
    return results;
  }

  /** The text for the search box. */
  public String getText() {
    return text;
  }

  /** The type for the type filter: "article", "report" or "". */
  public String getType() {
    return type;
  }

  /** The year for the year filter, "" for any. */
  public String getYear() {
    return year;
  }

  /** The years the year filter offers, newest first. */
  public List<Integer> getYears() {
    return years;
  }
}
