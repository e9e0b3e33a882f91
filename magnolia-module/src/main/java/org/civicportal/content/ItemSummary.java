package org.civicportal.content;

import java.util.Date;

/** What a listing or a "related" block shows of an article or report. */
public class ItemSummary {
  private final String id;
  private final ContentKind kind;
  private final String name;
  private final String title;
  private final String lead;
  private final Date publishDate;
  private final String category;
  private final ImageRef image;

  public ItemSummary(
      String id,
      ContentKind kind,
      String name,
      String title,
      String lead,
      Date publishDate,
      String category,
      ImageRef image) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.title = title;
    this.lead = lead == null ? "" : lead;
    this.publishDate = publishDate;
    this.category = category == null ? "" : category;
    this.image = image;
  }

  /** The JCR identifier (a UUID): the key of ratings and the target of related-item links. */
  public String getId() {
    return id;
  }

  public ContentKind getKind() {
    return kind;
  }

  /** The node name, unique per kind: the last segment of the item's URL. */
  public String getName() {
    return name;
  }

  public String getTitle() {
    return title;
  }

  public String getLead() {
    return lead;
  }

  public Date getPublishDate() {
    return publishDate;
  }

  public String getCategory() {
    return category;
  }

  /** May be null. */
  public ImageRef getImage() {
    return image;
  }
}
