package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.civicportal.visits.VisitSummary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The counter block renders its numbers server-side, labelled and formatted as in the seed. */
class VisitsBlockTest {
  static final VisitSummary SUMMARY =
      new VisitSummary(
          1203,
          987,
          25_004,
          301_120,
          1_234_567,
          12,
          LocalDate.of(2026, 11, 29),
          "Asia/Ho_Chi_Minh");

  static Map<String, String> rows(Document doc) {
    Map<String, String> rows = new java.util.LinkedHashMap<>();
    for (Element row : doc.select("[data-civic-visits] .civic-visits-row")) {
      rows.put(row.selectFirst("dt").text(), row.selectFirst("dd").text());
    }
    return rows;
  }

  @Test
  void vietnameseLabelsAndNumberFormat() {
    Document doc =
        Render.page("visits-block.ftl", TestSiteContext.vi(), Map.of("summary", SUMMARY));
    assertThat(doc.selectFirst("[data-civic-visits] h2").text()).isEqualTo("Thống kê truy cập");
    assertThat(rows(doc))
        .containsExactly(
            Map.entry("Hôm nay", "1.203"),
            Map.entry("Hôm qua", "987"),
            Map.entry("Tháng 11", "25.004"),
            Map.entry("Năm 2026", "301.120"),
            Map.entry("Tổng cộng", "1.234.567"),
            Map.entry("Đang trực tuyến", "12"));
    Element block = doc.selectFirst("[data-civic-visits]");
    assertThat(block.attr("data-civic-api")).isEqualTo(TestSiteContext.vi().getApiBase());
    assertThat(block.select("[data-civic-visits-field]").eachAttr("data-civic-visits-field"))
        .containsExactly("today", "yesterday", "thisMonth", "thisYear", "total", "online");
    assertThat(doc.select("script:not([src])")).isEmpty();
  }

  @Test
  void englishLabelsAndNumberFormat() {
    Document doc =
        Render.page("visits-block.ftl", TestSiteContext.en(), Map.of("summary", SUMMARY));
    assertThat(rows(doc))
        .containsEntry("Today", "1,203")
        .containsEntry("Month 11", "25,004")
        .containsEntry("Year 2026", "301,120");
  }

  @Test
  void everyPageCarriesTheTrackerAndItsNoscriptPixel() {
    Document doc = Render.page("notfound-page.ftl", TestSiteContext.vi(), Map.of());
    assertThat(doc.select("script[src*=/js/civic-visits~]").attr("data-civic-api"))
        .isEqualTo(TestSiteContext.vi().getApiBase());
    assertThat(doc.select("noscript").html())
        .contains(TestSiteContext.vi().getApiBase() + "/visits/pixel.gif");
  }
}
