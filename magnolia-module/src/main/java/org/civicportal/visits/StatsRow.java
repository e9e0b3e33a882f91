package org.civicportal.visits;

/**
 * One period of a statistics series: its label ("2026-11-29", "2026-11" or "2026") and its counts.
 */
public final class StatsRow {
  private final String period;
  private final long pageViews;
  private final long visits;
  private final long visitors;
  private final long excluded;

  StatsRow(String period, PeriodCounts t) {
    this.period = period;
    this.pageViews = t.pageViews;
    this.visits = t.visits;
    this.visitors = t.visitorEstimate();
    this.excluded = t.excluded;
  }

  public String getPeriod() {
    return period;
  }

  public long getPageViews() {
    return pageViews;
  }

  public long getVisits() {
    return visits;
  }

  /** Distinct visitors of the period (a sketch's estimate: within about 2 %). */
  public long getVisitors() {
    return visitors;
  }

  /** Page views not counted: robots and over-active visitors. */
  public long getExcluded() {
    return excluded;
  }
}
