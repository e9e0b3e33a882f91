package org.civicportal.rating;

/** No published article or report with this id, or its editor switched rating off. */
public class NotRateableException extends Exception {
    public NotRateableException(String itemId) {
        super("Not a rateable item: " + itemId, null, false, false);
    }
}
