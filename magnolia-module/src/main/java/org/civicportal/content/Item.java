package org.civicportal.content;

import java.util.Date;
import java.util.List;

/**
 * An article or report in full, as its page shows it: an {@link Article} or a {@link Report}. Every
 * string is plain text except the *Html ones, which are sanitised.
 */
public abstract class Item extends ItemSummary {
  private final String bodyHtml;
  private final String author;
  private final String sourceName;
  private final String sourceUrl;
  private final List<String> tags;
  private final List<Attachment> attachments;
  private final List<String> relatedIds;
  private final boolean rateable;

  Item(Builder b) {
    super(b.id, b.kind, b.name, b.title, b.lead, b.publishDate, b.category, b.image);
    this.bodyHtml = b.bodyHtml == null ? "" : b.bodyHtml;
    this.author = b.author == null ? "" : b.author;
    this.sourceName = b.sourceName == null ? "" : b.sourceName;
    this.sourceUrl = b.sourceUrl == null ? "" : b.sourceUrl;
    this.tags = List.copyOf(b.tags);
    this.attachments = List.copyOf(b.attachments);
    this.relatedIds = List.copyOf(b.relatedIds);
    this.rateable = b.rateable;
  }

  public static Builder builder(String id, ContentKind kind, String name) {
    return new Builder(id, kind, name);
  }

  /** Rich text already passed through {@link RichText#sanitize}; safe to print unescaped. */
  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getAuthor() {
    return author;
  }

  public String getSourceName() {
    return sourceName;
  }

  /** An http(s) URL or empty; anything else was dropped when reading. */
  public String getSourceUrl() {
    return sourceUrl;
  }

  public List<String> getTags() {
    return tags;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  /** The editor's manual picks, in their order, as JCR identifiers. */
  public List<String> getRelatedIds() {
    return relatedIds;
  }

  public boolean isRateable() {
    return rateable;
  }

  /** Collects the fields of an article or report. */
  public static final class Builder {
    private final String id;
    private final ContentKind kind;
    private final String name;
    private String title = "";
    private String lead;
    private Date publishDate;
    private String category;
    private ImageRef image;
    private String bodyHtml;
    private String author;
    private String sourceName;
    private String sourceUrl;
    private List<String> tags = List.of();
    private List<Attachment> attachments = List.of();
    private List<String> relatedIds = List.of();
    private boolean rateable = true;
    // Report-only fields, read by Report.
    ReportingPeriod period;
    String organisationUnit;
    List<ReportSection> sections = List.of();
    List<KeyFigure> keyFigures = List.of();
    String nextPeriodPlanHtml;

    private Builder(String id, ContentKind kind, String name) {
      this.id = id;
      this.kind = kind;
      this.name = name;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder lead(String v) {
      lead = v;
      return this;
    }

    public Builder publishDate(Date v) {
      publishDate = v;
      return this;
    }

    public Builder category(String v) {
      category = v;
      return this;
    }

    public Builder image(ImageRef v) {
      image = v;
      return this;
    }

    public Builder bodyHtml(String v) {
      bodyHtml = v;
      return this;
    }

    public Builder author(String v) {
      author = v;
      return this;
    }

    public Builder sourceName(String v) {
      sourceName = v;
      return this;
    }

    public Builder sourceUrl(String v) {
      sourceUrl = v;
      return this;
    }

    public Builder tags(List<String> v) {
      tags = v;
      return this;
    }

    public Builder attachments(List<Attachment> v) {
      attachments = v;
      return this;
    }

    public Builder relatedIds(List<String> v) {
      relatedIds = v;
      return this;
    }

    public Builder rateable(boolean v) {
      rateable = v;
      return this;
    }

    public Builder period(ReportingPeriod v) {
      period = v;
      return this;
    }

    public Builder organisationUnit(String v) {
      organisationUnit = v;
      return this;
    }

    public Builder sections(List<ReportSection> v) {
      sections = v;
      return this;
    }

    public Builder keyFigures(List<KeyFigure> v) {
      keyFigures = v;
      return this;
    }

    public Builder nextPeriodPlanHtml(String v) {
      nextPeriodPlanHtml = v;
      return this;
    }

    /** An {@link Article}, or a {@link Report} when the kind is REPORT. */
    public Item build() {
      return kind == ContentKind.REPORT ? new Report(this) : new Article(this);
    }
  }
}
