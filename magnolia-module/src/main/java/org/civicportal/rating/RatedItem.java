package org.civicportal.rating;

import org.civicportal.content.Article;

/** An existing article or report with its rating, for the statistics' top lists. */
public final class RatedItem {
    private final Article item;
    private final RatingSummary rating;

    public RatedItem(Article item, RatingSummary rating) {
        this.item = item;
        this.rating = rating;
    }

    public Article getItem() {
        return item;
    }

    public RatingSummary getRating() {
        return rating;
    }
}
