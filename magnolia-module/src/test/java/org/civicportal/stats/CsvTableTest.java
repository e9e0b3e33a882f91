package org.civicportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text; everything else as it is. */
class CsvTableTest {
  @Test
  void formulaStartsAreNeutralised() {
    for (String hostile :
        List.of(
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "=HYPERLINK(\"http://evil.example\",\"x\")")) {
      String cell = CsvCells.parse(CsvTable.cell(hostile) + "\r\n").get(0).get(0);
      assertThat(cell).as(hostile).isEqualTo("'" + hostile);
    }
  }

  @Test
  void plainCellsStayAsTheyAreAndQuotingIsRfc4180() {
    assertThat(CsvTable.cell("/reports/x")).isEqualTo("/reports/x");
    assertThat(CsvTable.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvTable.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvTable.cell(null)).isEmpty();
    String csv =
        new String(
            new CsvTable("a", "b").row("x", 1L).row(null, "=y").bytes(), StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo("a,b\r\nx,1\r\n,'=y\r\n");
  }
}
