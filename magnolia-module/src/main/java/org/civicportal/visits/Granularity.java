package org.civicportal.visits;

import java.util.Locale;

/** The periods a statistics series is broken into. */
public enum Granularity {
  DAY,
  MONTH,
  YEAR;

  /** The granularity named {@code s} ("day", "month", "year"), or null. */
  public static Granularity of(String s) {
    for (Granularity g : values()) {
      if (g.name().toLowerCase(Locale.ROOT).equals(s)) {
        return g;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
