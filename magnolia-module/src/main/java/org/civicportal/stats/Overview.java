package org.civicportal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.civicportal.visits.StatsRow;

/**
 * The dashboard's headline figures for a period, each with its change against the period of the
 * same length just before: visitors (the sum of each day's distinct visitors, since visitor keys
 * change daily), visits, page views and views per visit; and the visitors online now. Built from
 * one daily series of each period.
 */
public final class Overview {
  private final Figure visitors;
  private final Figure visits;
  private final Figure pageViews;
  private final Figure viewsPerVisit;
  private final long online;
  private final List<StatsRow> days;

  /**
   * @param previousDays the daily rows of the period before
   * @param days the daily rows of the period
   * @param online visitors of the last minutes, as the counter block shows them
   */
  Overview(List<StatsRow> previousDays, List<StatsRow> days, long online) {
    Totals before = Totals.of(previousDays);
    Totals now = Totals.of(days);
    this.visitors =
        new Figure(BigDecimal.valueOf(now.visitors), BigDecimal.valueOf(before.visitors));
    this.visits = new Figure(BigDecimal.valueOf(now.visits), BigDecimal.valueOf(before.visits));
    this.pageViews =
        new Figure(BigDecimal.valueOf(now.pageViews), BigDecimal.valueOf(before.pageViews));
    this.viewsPerVisit = new Figure(now.viewsPerVisit(), before.viewsPerVisit());
    this.online = online;
    this.days = List.copyOf(days);
  }

  public Figure getVisitors() {
    return visitors;
  }

  public Figure getVisits() {
    return visits;
  }

  public Figure getPageViews() {
    return pageViews;
  }

  /** Page views per visit, to one decimal. */
  public Figure getViewsPerVisit() {
    return viewsPerVisit;
  }

  public long getOnline() {
    return online;
  }

  /** The period's own daily rows. */
  public List<StatsRow> getDays() {
    return days;
  }

  private record Totals(long visitors, long visits, long pageViews) {
    static Totals of(List<StatsRow> rows) {
      long visitors = 0;
      long visits = 0;
      long views = 0;
      for (StatsRow r : rows) {
        visitors += r.getVisitors();
        visits += r.getVisits();
        views += r.getPageViews();
      }
      return new Totals(visitors, visits, views);
    }

    BigDecimal viewsPerVisit() {
      return visits == 0
          ? BigDecimal.ZERO.setScale(1)
          : BigDecimal.valueOf(pageViews)
              .divide(BigDecimal.valueOf(visits), 1, RoundingMode.HALF_UP);
    }
  }

  /**
   * One figure of the period, the previous period's, and the change in whole percent (null from
   * zero).
   */
  public static final class Figure {
    private final BigDecimal value;
    private final BigDecimal previous;

    Figure(BigDecimal value, BigDecimal previous) {
      this.value = value;
      this.previous = previous;
    }

    public BigDecimal getValue() {
      return value;
    }

    public BigDecimal getPrevious() {
      return previous;
    }

    /**
     * Percent change against the previous period, rounded half up; null when the previous was zero.
     */
    public Integer getChange() {
      if (previous.signum() == 0) {
        return null;
      }
      return value
          .subtract(previous)
          .multiply(BigDecimal.valueOf(100))
          .divide(previous, 0, RoundingMode.HALF_UP)
          .intValueExact();
    }
  }
}
