package org.civicportal.content;

/**
 * An image to show with an item: where it is served from, its alternative text (empty: decorative),
 * its size in pixels when known (0 when not), and a {@code srcset} of smaller versions when there
 * are any ("" when not).
 */
public final class ImageRef {
  private final String url;
  private final String alt;
  private final int width;
  private final int height;
  private final String srcset;

  public ImageRef(String url, String alt) {
    this(url, alt, 0, 0, "");
  }

  public ImageRef(String url, String alt, int width, int height, String srcset) {
    this.url = url;
    this.alt = alt == null ? "" : alt.trim();
    boolean sized = width > 0 && height > 0;
    this.width = sized ? width : 0;
    this.height = sized ? height : 0;
    this.srcset = srcset == null ? "" : srcset;
  }

  public String getUrl() {
    return url;
  }

  /**
   * The editor's text alternative; empty when they gave none, which pages render as a decorative
   * image.
   */
  public String getAlt() {
    return alt;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  /** Whether width and height are known: pages then reserve the image's box before it loads. */
  public boolean isSized() {
    return width > 0;
  }

  public String getSrcset() {
    return srcset;
  }
}
