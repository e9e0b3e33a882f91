package org.civicportal.feedback;

/**
 * A visitor's request that the rating or poll service refuses, for a {@link Reason} and with a
 * message for the visitor; nothing was changed. The web layer turns each reason into its HTTP
 * status and error code in one place ({@code org.civicportal.web.ApiException#refused}).
 */
public final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Reason {
    /** No such item or poll, or an item that takes no votes (its editor switched rating off). */
    NOT_FOUND,
    /** A vote that cannot be counted as sent: unknown, repeated, too many or too few answers. */
    INVALID_REQUEST,
    /** This visitor has voted already; the earlier vote stands. */
    ALREADY_VOTED,
    /** The poll opens later. */
    POLL_NOT_OPEN,
    /** The poll has closed. */
    POLL_CLOSED
  }

  private final Reason reason;

  public Refusal(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason getReason() {
    return reason;
  }
}
