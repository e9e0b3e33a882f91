package org.civicportal.poll;

import java.util.Locale;

/** When visitors may see a poll's results. Editors always can, in the poll app. */
public enum ResultsVisibility {
  ALWAYS("always"),
  /** To those who voted, and to everyone once the poll has closed (no one can vote any more). */
  AFTER_VOTE("afterVote"),
  AFTER_CLOSE("afterClose"),
  NEVER("never");

  private final String configValue;

  ResultsVisibility(String configValue) {
    this.configValue = configValue;
  }

  /** The value stored by the poll dialog. */
  public String getConfigValue() {
    return configValue;
  }

  /**
   * Unknown or missing values fall back to {@link #AFTER_VOTE}, the usual choice of polling
   * widgets.
   */
  public static ResultsVisibility fromConfig(String value) {
    if (value != null) {
      for (ResultsVisibility v : values()) {
        if (v.configValue.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
          return v;
        }
      }
    }
    return AFTER_VOTE;
  }

  public boolean allows(PollStatus status, boolean hasVoted) {
    switch (this) {
      case ALWAYS:
        return true;
      case AFTER_VOTE:
        return hasVoted || status == PollStatus.CLOSED;
      case AFTER_CLOSE:
        return status == PollStatus.CLOSED;
      default:
        return false;
    }
  }
}
