package org.civicportal.visits;

import java.util.List;

/**
 * The choices of "most read" ("Tin đọc nhiều"): the periods its dialog offers, how many items it
 * may list, and how an editor's or a request's values map to them. One place for the component, the
 * templates and the API.
 */
public final class MostRead {
  /** The periods offered, in days: the last 7 and the last 30, today included. */
  public static final List<Integer> PERIODS = List.of(7, 30);

  public static final int DEFAULT_DAYS = 7;
  public static final int DEFAULT_ITEMS = 5;
  public static final int MAX_ITEMS = 10;

  /** Asked for beyond the items shown, for items deleted since they were read. */
  public static final int SPARE = 5;

  private MostRead() {}

  /**
   * A configured period: 7 or 30 (as a number or text, as a dialog stores it); anything else is the
   * default.
   */
  public static int days(Object configured) {
    String s = configured == null ? "" : configured.toString().trim();
    for (int p : PERIODS) {
      if (s.equals(Integer.toString(p))) {
        return p;
      }
    }
    return DEFAULT_DAYS;
  }

  /**
   * A configured number of items, kept from 1 to {@link #MAX_ITEMS}; anything else (not set) is the
   * default.
   */
  public static int count(Object configured) {
    if (configured instanceof Number n) {
      return (int) Math.max(1, Math.min(n.longValue(), MAX_ITEMS));
    }
    return DEFAULT_ITEMS;
  }
}
