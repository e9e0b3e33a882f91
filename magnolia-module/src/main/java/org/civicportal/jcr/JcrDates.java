package org.civicportal.jcr;

import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/** Instants as the {@link Calendar} values JCR date properties and query bindings take. */
public final class JcrDates {
  private JcrDates() {}

  /** {@code t} in UTC. */
  public static Calendar utc(Instant t) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(t.toEpochMilli());
    return c;
  }
}
