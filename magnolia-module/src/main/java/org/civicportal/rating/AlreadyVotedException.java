package org.civicportal.rating;

/** The visitor has already rated this item; the earlier vote stands. */
public class AlreadyVotedException extends Exception {
    public AlreadyVotedException(String itemId) {
        super("Already voted on " + itemId, null, false, false);
    }
}
