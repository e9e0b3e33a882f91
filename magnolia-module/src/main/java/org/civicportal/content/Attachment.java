package org.civicportal.content;

/** A downloadable file attached to an item. */
public final class Attachment {
  private final String title;
  private final String url;

  public Attachment(String title, String url) {
    this.title = title;
    this.url = url;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }
}
