package org.civicportal.search;

/**
 * A search request that names nothing searchable: its page answers 400 with the message of {@link
 * #getReason} ({@code civic.search.invalid.<reason>} in the site's message bundles).
 */
public final class InvalidSearch extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Why: "tooLong" (the text), "type", "year" or "page" (a parameter that is none of the values
   * offered).
   */
  private final String reason;

  InvalidSearch(String reason) {
    super("invalid search: " + reason);
    this.reason = reason;
  }

  public String getReason() {
    return reason;
  }
}
