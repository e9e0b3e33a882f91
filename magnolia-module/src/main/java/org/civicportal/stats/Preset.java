package org.civicportal.stats;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The dashboard's named periods, each a range of whole days ending no later than today. */
public enum Preset {
  TODAY("today"),
  YESTERDAY("yesterday"),
  LAST_7_DAYS("7d"),
  LAST_30_DAYS("30d"),
  THIS_MONTH("month"),
  LAST_MONTH("last-month"),
  THIS_QUARTER("quarter"),
  LAST_QUARTER("last-quarter"),
  THIS_YEAR("year");

  private final String key;

  Preset(String key) {
    this.key = key;
  }

  /** The name used in URLs and message keys ({@code civic.stats.preset.{key}}). */
  public String key() {
    return key;
  }

  /** The preset named {@code key}, or null. */
  public static Preset of(String key) {
    for (Preset p : values()) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    return null;
  }

  /** First day of the period when today is {@code today}. */
  public LocalDate from(LocalDate today) {
    return switch (this) {
      case TODAY -> today;
      case YESTERDAY -> today.minusDays(1);
      case LAST_7_DAYS -> today.minusDays(6);
      case LAST_30_DAYS -> today.minusDays(29);
      case THIS_MONTH -> today.withDayOfMonth(1);
      case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
      case THIS_QUARTER -> quarterStart(today);
      case LAST_QUARTER -> quarterStart(today).minusMonths(3);
      case THIS_YEAR -> today.withDayOfYear(1);
    };
  }

  /** Last day of the period (today for the periods still running). */
  public LocalDate to(LocalDate today) {
    return switch (this) {
      case YESTERDAY -> today.minusDays(1);
      case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
      case LAST_QUARTER -> quarterStart(today).minusDays(1);
      default -> today;
    };
  }

  private static LocalDate quarterStart(LocalDate day) {
    return day.with(IsoFields.DAY_OF_QUARTER, 1);
  }
}
