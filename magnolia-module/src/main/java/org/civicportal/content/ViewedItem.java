package org.civicportal.content;


/** An article or report with its page views over a period: one line of "most read". */
public final class ViewedItem {
    private final Article item;
    private final long views;

    public ViewedItem(Article item, long views) {
        this.item = item;
        this.views = views;
    }

    public Article getItem() {
        return item;
    }

    public long getViews() {
        return views;
    }
}
