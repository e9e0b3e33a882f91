package org.civicportal.content;

import java.util.List;

/**
 * An activity report (báo cáo kết quả hoạt động): an item plus period, unit, sections, figures and
 * plan.
 */
public final class Report extends Item {
  private final ReportingPeriod period;
  private final String organisationUnit;
  private final List<ReportSection> sections;
  private final List<KeyFigure> keyFigures;
  private final String nextPeriodPlanHtml;

  Report(Builder b) {
    super(b);
    this.period = b.period;
    this.organisationUnit = b.organisationUnit == null ? "" : b.organisationUnit;
    this.sections = List.copyOf(b.sections);
    this.keyFigures = List.copyOf(b.keyFigures);
    this.nextPeriodPlanHtml = b.nextPeriodPlanHtml == null ? "" : b.nextPeriodPlanHtml;
  }

  /** May be null when the editor has not set it. */
  public ReportingPeriod getPeriod() {
    return period;
  }

  public String getOrganisationUnit() {
    return organisationUnit;
  }

  public List<ReportSection> getSections() {
    return sections;
  }

  public List<KeyFigure> getKeyFigures() {
    return keyFigures;
  }

  /** Sanitised rich text; safe to print unescaped. */
  public String getNextPeriodPlanHtml() {
    return nextPeriodPlanHtml;
  }
}
