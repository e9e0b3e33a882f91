package org.civicportal.poll;

import java.util.Locale;

/** Where a poll stands in its schedule. */
public enum PollStatus {
  /** Before opensAt. */
  SCHEDULED,
  /** From opensAt (inclusive) to closesAt (exclusive). */
  OPEN,
  /** From closesAt on. */
  CLOSED;

  /** "scheduled", "open" or "closed": the API's and the templates' spelling. */
  public String getKey() {
    return name().toLowerCase(Locale.ROOT);
  }
}
