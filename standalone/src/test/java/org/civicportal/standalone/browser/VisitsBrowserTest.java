package org.civicportal.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor's page view moves the counter block and the report's view count; an editor's browser
 * shows the dashboard's charts and tables. The browser says it is a desktop Chrome
 * (Chromium.start): a headless agent would be a robot's, counted for no visitor
 * (AutomationBrowserTest).
 */
class VisitsBrowserTest extends BrowserTest {
  private static final String REPORT = "/reports/ket-qua-hoat-dong-quy-iii-nam-2019";

  private static long today() {
    return Long.parseLong(
        browser
            .findElement(By.cssSelector("[data-civic-visits-field=today]"))
            .getText()
            .replace(".", ""));
  }

  @Test
  void aPageViewIncrementsTheCounterBlock() throws Exception {
    // A visitor of its own (the visitor cookie), whose first page view is a new visit whatever ran
    // before;
    // the cookie is set from a stylesheet, which sends no beacon.
    browser.get(site.base() + "/.resources/civic-portal/webresources/css/civic-visits.css");
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    browser
        .manage()
        .addCookie(
            new Cookie("civic_vid", Base64.getUrlEncoder().withoutPadding().encodeToString(id)));
    // Read before the page loads: its beacon may be counted and the block refreshed before the page
    // could be read.
    long before =
        new ObjectMapper()
            .readTree(site.get("/.civic/api/visits/summary").body())
            .get("today")
            .asLong();
    browser.get(site.base() + "/");
    // The beacon counts this page view; the block then refreshes from /visits/summary.
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> today() == before + 1);
    assertThat(browser.findElement(By.cssSelector("[data-civic-visits]")).getAttribute("class"))
        .contains("civic-visits-live");
  }

  /** The page is cacheable: its view count is refreshed once the page's own beacon is counted. */
  @Test
  void aReportPageShowsItsViewsIncludingThisOne() throws Exception {
    browser.get(site.base() + "/.resources/civic-portal/webresources/css/civic-visits.css");
    byte[] id = new byte[16];
    new SecureRandom().nextBytes(id);
    browser
        .manage()
        .addCookie(
            new Cookie("civic_vid", Base64.getUrlEncoder().withoutPadding().encodeToString(id)));
    String page = site.get(REPORT).body();
    String itemId = page.replaceAll("(?s).*data-civic-views=\"([0-9a-f-]{36})\".*", "$1");
    long before =
        new ObjectMapper()
            .readTree(site.get("/.civic/api/views/" + itemId).body())
            .get("views")
            .asLong();
    browser.get(site.base() + REPORT);
    WebElement views = browser.findElement(By.cssSelector("[data-civic-views]"));
    assertThat(views.getText()).startsWith("Lượt xem:");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                Long.parseLong(
                        views
                            .findElement(By.cssSelector("[data-civic-views-count]"))
                            .getText()
                            .replace(".", ""))
                    == before + 1);
    assertThat(views.getAttribute("class")).contains("civic-views-live");
  }

  @Test
  void theDashboardRendersItsChartAndTablesAfterSignIn() {
    browser.get(site.base() + "/articles");
    site.signInAsAdmin();
    try {
      browser.get(site.base() + "/.civic/stats/");
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(
              d ->
                  d.findElements(
                              By.cssSelector("[data-civic-chart][data-civic-rendered=true] canvas"))
                          .size()
                      == 1);
      assertThat(browser.findElement(By.cssSelector("h1")).getText())
          .isEqualTo("Thống kê truy cập");
      // The chart is an image named after what it shows, whose figures are the table's: captioned,
      // one column
      // header per series and the period, one row a day (folded until asked for).
      WebElement chart = browser.findElement(By.cssSelector("[data-civic-chart]"));
      assertThat(chart.getAttribute("role")).isEqualTo("img");
      assertThat(chart.getAttribute("aria-label")).endsWith("số liệu có trong bảng bên dưới.");
      assertThat(
              browser
                  .findElement(By.cssSelector("table[data-civic-table=series] caption"))
                  .getAttribute("textContent"))
          .startsWith("Khách và lượt xem trang (");
      assertThat(
              browser.findElements(
                  By.cssSelector("table[data-civic-table=series] thead th[scope=col]")))
          .hasSize(5);
      assertThat(
              browser.findElements(
                  By.cssSelector("table[data-civic-table=series] tbody th[scope=row]")))
          .hasSize(30);
      assertThat(
              browser.findElement(By.cssSelector("table[data-civic-table=series]")).isDisplayed())
          .isFalse();
      browser.findElement(By.cssSelector(".civic-stats-details summary")).click();
      assertThat(
              browser.findElement(By.cssSelector("table[data-civic-table=series]")).isDisplayed())
          .isTrue();
      // The legend shows the period's totals without hovering, in the table's words.
      assertThat(browser.findElements(By.cssSelector(".civic-stats-legend li")))
          .extracting(WebElement::getText)
          .satisfiesExactly(
              v -> assertThat(v).matches("Khách truy cập: [0-9.]+"),
              v -> assertThat(v).matches("Lượt xem trang: [0-9.]+"));
    } finally {
      browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }
  }
}
