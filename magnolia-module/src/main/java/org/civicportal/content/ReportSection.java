package org.civicportal.content;

/** One field of activity in a report, with its sanitised rich text. */
public final class ReportSection {
  private final String field;
  private final String bodyHtml;

  public ReportSection(String field, String bodyHtml) {
    this.field = field;
    this.bodyHtml = bodyHtml;
  }

  public String getField() {
    return field;
  }

  /** Rich text already passed through {@link RichText#sanitize}; safe to print unescaped. */
  public String getBodyHtml() {
    return bodyHtml;
  }
}
