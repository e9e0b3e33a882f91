package org.civicportal.visits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A validated range of local dates for the statistics: both ends included, at most ten years. */
public final class StatsRange {
  public static final int MAX_YEARS = 10;

  private final LocalDate from;
  private final LocalDate to;

  private StatsRange(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The range from {@code from} to {@code to} (ISO dates); a missing end defaults to the last 30
   * days up to {@code today}.
   *
   * @throws IllegalArgumentException with a message for the user when a date is malformed, the
   *     range is reversed or longer than ten years
   */
  public static StatsRange parse(String from, String to, LocalDate today) {
    LocalDate end = to == null || to.isEmpty() ? today : date("to", to);
    LocalDate start = from == null || from.isEmpty() ? end.minusDays(29) : date("from", from);
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("'from' must not be after 'to'.");
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      throw new IllegalArgumentException("The range may span at most " + MAX_YEARS + " years.");
    }
    return new StatsRange(start, end);
  }

  private static LocalDate date(String name, String value) {
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("length", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' must be a date like 2026-11-29.");
    }
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }
}
