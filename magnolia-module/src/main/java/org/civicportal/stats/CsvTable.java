package org.civicportal.stats;

import java.nio.charset.StandardCharsets;

/**
 * A CSV file (RFC 4180, CRLF lines, UTF-8) whose every cell is safe to open in a spreadsheet: a
 * cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, so it is read as text and never run as a formula (CSV injection). Paths,
 * titles and referrers come from visitors and editors.
 */
final class CsvTable {
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private final StringBuilder out = new StringBuilder();

  CsvTable(String... header) {
    row((Object[]) header);
  }

  /** Adds a line; null cells are empty. */
  CsvTable row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells[i] == null ? null : cells[i].toString()));
    }
    out.append("\r\n");
    return this;
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One cell: neutralised if it could start a formula, quoted if it holds a comma, quote or line
   * break.
   */
  static String cell(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String v = FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
