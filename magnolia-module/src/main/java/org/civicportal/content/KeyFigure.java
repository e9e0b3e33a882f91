package org.civicportal.content;

/** One row of a report's key-figures table: "Tin, bài trên Cổng thông tin | 987 | tin, bài". */
public final class KeyFigure {
  private final String label;
  private final String value;
  private final String unit;

  public KeyFigure(String label, String value, String unit) {
    this.label = label;
    this.value = value;
    this.unit = unit == null ? "" : unit;
  }

  public String getLabel() {
    return label;
  }

  /** As the editor typed it; a number is shown in the reader's number format by the templates. */
  public String getValue() {
    return value;
  }

  public String getUnit() {
    return unit;
  }
}
