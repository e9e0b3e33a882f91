package org.civicportal.visits;

import java.util.Locale;

/** The per-day breakdowns kept for the statistics (for the configured retention). */
public enum Dimension {
  /** Page paths, without query strings. */
  PAGES,
  /** Host names of other sites that sent visitors; "(direct)" when none. */
  REFERRERS,
  BROWSERS,
  OS,
  /** desktop, phone, tablet. */
  DEVICES,
  /** Robots' agent names: the excluded page views, for the dashboard. */
  ROBOTS;

  /**
   * The key under which a day's breakdown adds up the keys past its cap ({@link
   * VisitSettings#getTopKeysPerDay}).
   */
  public static final String OTHER = "(other)";

  /** The name used in URLs and in JCR property names. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The dimension named {@code key}, or null. */
  public static Dimension of(String key) {
    for (Dimension d : values()) {
      if (d.key().equals(key)) {
        return d;
      }
    }
    return null;
  }
}
