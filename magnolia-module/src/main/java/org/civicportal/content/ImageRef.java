package org.civicportal.content;

/** An image to show with an item: where it is served from and its alternative text. */
public final class ImageRef {
    private final String url;
    private final String alt;

    public ImageRef(String url, String alt) {
        this.url = url;
        this.alt = alt == null ? "" : alt;
    }

    public String getUrl() {
        return url;
    }

    public String getAlt() {
        return alt;
    }
}
