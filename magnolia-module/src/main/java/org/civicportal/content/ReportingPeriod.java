package org.civicportal.content;

/** The period a report covers: month 1..12, quarter 1..4, half-year 1..2 or the whole year. */
public final class ReportingPeriod {
  public enum Type {
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR
  }

  private final Type type;
  private final int number;
  private final int year;

  /** {@code number} is ignored (0) for {@link Type#YEAR}. */
  public ReportingPeriod(Type type, int number, int year) {
    int max =
        switch (type) {
          case MONTH -> 12;
          case QUARTER -> 4;
          case HALF_YEAR -> 2;
          case YEAR -> 0;
        };
    if (type != Type.YEAR && (number < 1 || number > max)) {
      throw new IllegalArgumentException(type + " number must be 1.." + max + ", was " + number);
    }
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    this.type = type;
    this.number = type == Type.YEAR ? 0 : number;
    this.year = year;
  }

  /** "MONTH", "QUARTER", "HALF_YEAR" or "YEAR", for templates to pick their wording. */
  public String getType() {
    return type.name();
  }

  public int getNumber() {
    return number;
  }

  public int getYear() {
    return year;
  }
}
