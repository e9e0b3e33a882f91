package org.civicportal.poll;

/** Why a poll request was refused; the web layer maps each reason to its HTTP status and error code. */
public final class PollRejection extends Exception {
    public enum Reason {
        NOT_FOUND("not_found"),
        INVALID_REQUEST("invalid_request"),
        ALREADY_VOTED("already_voted"),
        POLL_NOT_OPEN("poll_not_open"),
        POLL_CLOSED("poll_closed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The API's error code. */
        public String getCode() {
            return code;
        }
    }

    private final Reason reason;

    public PollRejection(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
