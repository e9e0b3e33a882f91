package org.civicportal.visits;

import java.time.LocalDate;

/**
 * The counter block's numbers: visits today, yesterday, this month, this year and ever, in the
 * site's time zone, and the visitors online now. A plain bean so that macros read it as {@code
 * summary.today}.
 */
public final class VisitSummary {
  private final long today;
  private final long yesterday;
  private final long thisMonth;
  private final long thisYear;
  private final long total;
  private final long online;
  private final LocalDate date;
  private final String timezone;

  public VisitSummary(
      long today,
      long yesterday,
      long thisMonth,
      long thisYear,
      long total,
      long online,
      LocalDate date,
      String timezone) {
    this.today = today;
    this.yesterday = yesterday;
    this.thisMonth = thisMonth;
    this.thisYear = thisYear;
    this.total = total;
    this.online = online;
    this.date = date;
    this.timezone = timezone;
  }

  public long getToday() {
    return today;
  }

  public long getYesterday() {
    return yesterday;
  }

  public long getThisMonth() {
    return thisMonth;
  }

  public long getThisYear() {
    return thisYear;
  }

  public long getTotal() {
    return total;
  }

  public long getOnline() {
    return online;
  }

  /** Today in the site's time zone, ISO (2026-11-29). */
  public String getDate() {
    return date.toString();
  }

  /** Today's month, 1 to 12: the "Tháng 11" label. */
  public int getMonth() {
    return date.getMonthValue();
  }

  /** The "Năm 2026" label. */
  public int getYear() {
    return date.getYear();
  }

  public String getTimezone() {
    return timezone;
  }
}
