package org.civicportal.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.civicportal.visits.StatsRange;

/**
 * The period a statistics request asks about: a preset or a custom range of days, and the period of
 * the same length just before it, which the overview's changes compare against.
 */
public final class Period {
  /** The key of a range given by its dates. */
  public static final String CUSTOM = "custom";

  private final String key;
  private final StatsRange range;
  private final StatsRange previous;

  private Period(String key, StatsRange range, LocalDate today) {
    this.key = key;
    this.range = range;
    this.previous = previous(range, today);
  }

  /**
   * The days just before the range, as many as it has; for a range near the ten-year limit, the
   * longest range that limit allows (leap days can make the same number of days one day too long).
   */
  private static StatsRange previous(StatsRange range, LocalDate today) {
    LocalDate end = range.getFrom().minusDays(1);
    LocalDate start = end.minusDays(days(range) - 1);
    LocalDate earliest = end.minusYears(StatsRange.MAX_YEARS);
    return StatsRange.parse(
        (start.isBefore(earliest) ? earliest : start).toString(), end.toString(), today);
  }

  /** The preset's period when today is {@code today}. */
  public static Period of(Preset preset, LocalDate today) {
    return new Period(preset.key(), range(preset.from(today), preset.to(today), today), today);
  }

  /** A custom range (already validated). */
  public static Period of(StatsRange range, LocalDate today) {
    return new Period(CUSTOM, range, today);
  }

  private static StatsRange range(LocalDate from, LocalDate to, LocalDate today) {
    return StatsRange.parse(from.toString(), to.toString(), today);
  }

  private static long days(StatsRange r) {
    return ChronoUnit.DAYS.between(r.getFrom(), r.getTo()) + 1;
  }

  /** A preset's key, or {@value #CUSTOM}. */
  public String getKey() {
    return key;
  }

  public StatsRange getRange() {
    return range;
  }

  /** The days just before the range, as many as it has (see {@link #previous}). */
  public StatsRange getPrevious() {
    return previous;
  }

  /** Days in the range. */
  public long getDays() {
    return days(range);
  }
}
